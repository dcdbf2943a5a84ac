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

/** A collection from the default language's folder (or its one file). */
const source = <S extends z.ZodType>({ folder, extension, schema, only }: ContentCollection & { schema: S }) =>
	collection(only ? folder : `${folder}/${defaultLanguage}`, extension, schema, only ? { only } : undefined);
/** A collection's translations, from each other language's folder. */
const translationsOf = <T extends z.ZodType>({
	folder,
	extension,
	only,
	translations: translated,
}: ContentCollection & { translations: { schema: T } }) =>
	collection(folder, extension, translated.schema, { only, languages: translations });
const { articles, categories, faq, snippets, settings, search } = CONTENT_COLLECTIONS;

export const collections = {
	articles: source(articles),
	categories: source(categories),
	faq: source(faq),
	snippets: source(snippets),
	settings: source(settings),
	search: source(search),
	// Entries `<language>/<file name>` of every other configured language.
	articleTranslations: translationsOf(articles),
	categoryTranslations: translationsOf(categories),
	faqTranslations: translationsOf(faq),
	snippetTranslations: translationsOf(snippets),
	settingsTranslations: translationsOf(settings),
	/** Each other language's own synonyms (`search/<language>/synonyms.yaml`). */
	searchTranslations: translationsOf(search),
	uploads: defineCollection({ loader: uploadsFolder(root), schema: uploadSchema }),
};
