import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentFolder } from './loaders/content-folder';
import { uploadsFolder } from './loaders/uploads-folder';
import { contentDir } from './lib/content-dir';
import { readLanguageCodes } from './lib/site-languages';
import { uploadSchema } from './schemas';
import { CONTENT_COLLECTIONS, type ContentCollection } from './data/content-collections';

const root = contentDir();
const { defaultLanguage, translations } = readLanguageCodes(root);

/**
 * One collection per flat folder on purpose: the file name is the id, so two entries can never share one.
 * Articles, categories, FAQ groups and snippets sit in a folder per language (`articles/en/`); settings and
 * synonyms are one file, with each other language's in its folder beside it (`settings/nl/site.yaml`).
 */
const collection = <S extends z.ZodType>(
	folder: string,
	extension: '.mdx' | '.yaml',
	schema: S,
	options?: { only?: string; languages?: readonly string[] },
) => defineCollection({ loader: contentFolder(root, folder, extension, schema, options), schema });

/** A collection in the default language's folder, and its translations from each other language's. */
const inLanguages = <S extends z.ZodType, T extends z.ZodType>({
	folder,
	extension,
	schema,
	only,
	translations: translated,
}: ContentCollection & { schema: S; translations: { schema: T } }) => ({
	source: collection(only ? folder : `${folder}/${defaultLanguage}`, extension, schema, only ? { only } : undefined),
	translations: collection(folder, extension, translated.schema, { only, languages: translations }),
});
const { articles, categories, faq, snippets, settings, search } = CONTENT_COLLECTIONS;

export const collections = {
	articles: inLanguages(articles).source,
	categories: inLanguages(categories).source,
	faq: inLanguages(faq).source,
	snippets: inLanguages(snippets).source,
	settings: inLanguages(settings).source,
	search: inLanguages(search).source,
	// Entries `<language>/<file name>` of every other configured language.
	articleTranslations: inLanguages(articles).translations,
	categoryTranslations: inLanguages(categories).translations,
	faqTranslations: inLanguages(faq).translations,
	snippetTranslations: inLanguages(snippets).translations,
	settingsTranslations: inLanguages(settings).translations,
	/** Each other language's own synonyms (`search/<language>/synonyms.yaml`). */
	searchTranslations: inLanguages(search).translations,
	uploads: defineCollection({ loader: uploadsFolder(root), schema: uploadSchema }),
};
