import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir } from './lib/content-dir';
import {
	articleSchema,
	categorySchema,
	faqGroupSchema,
	siteSettingsSchema,
	snippetSchema,
	synonymsSchema,
} from './schemas';

const root = contentDir();
/** Flat folders on purpose: the file name is the id, so two entries can never share one. */
const folder = (name: string, pattern: string) => glob({ base: join(root, name), pattern });

export const collections = {
	articles: defineCollection({ loader: folder('articles', '*.mdx'), schema: articleSchema }),
	categories: defineCollection({ loader: folder('categories', '*.yaml'), schema: categorySchema }),
	faq: defineCollection({ loader: folder('faq', '*.yaml'), schema: faqGroupSchema }),
	snippets: defineCollection({ loader: folder('snippets', '*.mdx'), schema: snippetSchema }),
	settings: defineCollection({ loader: folder('settings', 'site.yaml'), schema: siteSettingsSchema }),
	search: defineCollection({ loader: folder('search', 'synonyms.yaml'), schema: synonymsSchema }),
};
