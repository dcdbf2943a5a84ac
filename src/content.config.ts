import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentFolder } from './loaders/content-folder';
import { uploadsFolder } from './loaders/uploads-folder';
import { contentDir } from './lib/content-dir';
import { articleSchema, categorySchema, faqGroupSchema, siteSettingsSchema, snippetSchema, synonymsSchema, uploadSchema } from './schemas';

const root = contentDir();

/** One collection per flat folder on purpose: the file name is the id, so two entries can never share one. */
const collection = <S extends z.ZodType>(name: string, extension: '.mdx' | '.yaml', schema: S, only?: string) =>
	defineCollection({ loader: contentFolder(root, name, extension, schema, only), schema });

export const collections = {
	articles: collection('articles', '.mdx', articleSchema),
	categories: collection('categories', '.yaml', categorySchema),
	faq: collection('faq', '.yaml', faqGroupSchema),
	snippets: collection('snippets', '.mdx', snippetSchema),
	settings: collection('settings', '.yaml', siteSettingsSchema, 'site.yaml'),
	search: collection('search', '.yaml', synonymsSchema, 'synonyms.yaml'),
	uploads: defineCollection({ loader: uploadsFolder(root), schema: uploadSchema }),
};
