/**
 * Where each content collection's files live and the schema each is checked against: one table for the
 * collections (src/content.config.ts) and for checking a file the CMS is about to save (src/cms/save-check.ts).
 */
import type { z } from 'astro/zod';
import {
	articleSchema,
	articleTranslationSchema,
	categorySchema,
	categoryTranslationSchema,
	faqGroupSchema,
	faqGroupTranslationSchema,
	siteSettingsSchema,
	siteSettingsTranslationSchema,
	snippetSchema,
	snippetTranslationSchema,
	synonymsSchema,
} from '../schemas';

/** A collection of content files, and the collection its translations form. */
export interface ContentCollection {
	folder: string;
	extension: '.mdx' | '.yaml';
	schema: z.ZodType;
	/** The one file of a collection of one (`site.yaml`); otherwise every file, in a folder per language. */
	only?: string;
	translations: { name: string; schema: z.ZodType };
}

export const CONTENT_COLLECTIONS = {
	articles: {
		folder: 'articles',
		extension: '.mdx',
		schema: articleSchema,
		translations: { name: 'articleTranslations', schema: articleTranslationSchema },
	},
	categories: {
		folder: 'categories',
		extension: '.yaml',
		schema: categorySchema,
		translations: { name: 'categoryTranslations', schema: categoryTranslationSchema },
	},
	faq: {
		folder: 'faq',
		extension: '.yaml',
		schema: faqGroupSchema,
		translations: { name: 'faqTranslations', schema: faqGroupTranslationSchema },
	},
	snippets: {
		folder: 'snippets',
		extension: '.mdx',
		schema: snippetSchema,
		translations: { name: 'snippetTranslations', schema: snippetTranslationSchema },
	},
	settings: {
		folder: 'settings',
		extension: '.yaml',
		schema: siteSettingsSchema,
		only: 'site.yaml',
		translations: { name: 'settingsTranslations', schema: siteSettingsTranslationSchema },
	},
	search: {
		folder: 'search',
		extension: '.yaml',
		schema: synonymsSchema,
		only: 'synonyms.yaml',
		translations: { name: 'searchTranslations', schema: synonymsSchema },
	},
} satisfies Record<string, ContentCollection>;

/** The collection entry a content file is (`faq/en/orders.yaml` → `faq`, `orders`), or undefined for any other path. */
export function entryOfFile(
	path: string,
	defaultLanguage: string,
	translations: readonly string[],
): { collection: string; id: string; extension: '.mdx' | '.yaml'; schema: z.ZodType } | undefined {
	const parts = path.split('/');
	for (const [name, collection] of Object.entries(CONTENT_COLLECTIONS) as [string, ContentCollection][]) {
		if (parts[0] !== collection.folder) continue;
		const file = parts.at(-1)!;
		if (!file.endsWith(collection.extension) || (collection.only && file !== collection.only)) return undefined;
		const fileName = file.slice(0, -collection.extension.length);
		// Single files: `settings/site.yaml`, a translation `settings/nl/site.yaml`; others `articles/<language>/<file>`.
		const language = collection.only ? (parts.length === 3 ? parts[1]! : defaultLanguage) : parts.length === 3 ? parts[1]! : undefined;
		if (language === undefined || parts.length > 3) return undefined;
		if (language === defaultLanguage && !(collection.only && parts.length === 3))
			return { collection: name, id: fileName, extension: collection.extension, schema: collection.schema };
		if (!translations.includes(language)) return undefined;
		return {
			collection: collection.translations.name,
			id: `${language}/${fileName}`,
			extension: collection.extension,
			schema: collection.translations.schema,
		};
	}
	return undefined;
}
