import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
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

/**
 * MDX files as entries with a frontmatter and a body, like `folder`, but not as one Vite module each:
 * @astrojs/mdx reads the frontmatter and src/lib/mdx-html.ts renders the body with the page. A module
 * per article made bundling most of a 10,000-article build's time and memory (README, Performance).
 */
function mdxFolder(name: string): Loader {
	const loader = folder(name, '*.mdx');
	return {
		name: 'mdx-source',
		load: (context) => {
			// Astro hands every loader the entry types by extension (untyped; astro is pinned). glob() stores a
			// file as a module when its type has modules, and as plain data (frontmatter, body) when it has not.
			const { entryTypes } = context as typeof context & { entryTypes: Map<string, { extensions?: string[]; getEntryInfo: unknown }> };
			const mdx = entryTypes.get('.mdx');
			if (!mdx) throw new Error('@astrojs/mdx is not in astro.config.mjs: it reads the frontmatter of .mdx files.');
			const asData = new Map(entryTypes).set('.mdx', { extensions: ['.mdx'], getEntryInfo: mdx.getEntryInfo });
			return loader.load({ ...context, entryTypes: asData } as typeof context);
		},
	};
}

export const collections = {
	articles: defineCollection({ loader: mdxFolder('articles'), schema: articleSchema }),
	categories: defineCollection({ loader: folder('categories', '*.yaml'), schema: categorySchema }),
	faq: defineCollection({ loader: folder('faq', '*.yaml'), schema: faqGroupSchema }),
	snippets: defineCollection({ loader: mdxFolder('snippets'), schema: snippetSchema }),
	settings: defineCollection({ loader: folder('settings', 'site.yaml'), schema: siteSettingsSchema }),
	search: defineCollection({ loader: folder('search', 'synonyms.yaml'), schema: synonymsSchema }),
};
