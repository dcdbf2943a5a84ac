import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentFolder } from './loaders/content-folder';
import { uploadsFolder } from './loaders/uploads-folder';
import { contentDir } from './lib/content-dir';
import { readLanguageCodes } from './lib/site-languages';
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
	uploadSchema,
} from './schemas';

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

export const collections = {
	articles: collection(`articles/${defaultLanguage}`, '.mdx', articleSchema),
	categories: collection(`categories/${defaultLanguage}`, '.yaml', categorySchema),
	faq: collection(`faq/${defaultLanguage}`, '.yaml', faqGroupSchema),
	snippets: collection(`snippets/${defaultLanguage}`, '.mdx', snippetSchema),
	settings: collection('settings', '.yaml', siteSettingsSchema, { only: 'site.yaml' }),
	search: collection('search', '.yaml', synonymsSchema, { only: 'synonyms.yaml' }),
	// Entries `<language>/<file name>` of every other configured language.
	articleTranslations: collection('articles', '.mdx', articleTranslationSchema, { languages: translations }),
	categoryTranslations: collection('categories', '.yaml', categoryTranslationSchema, { languages: translations }),
	faqTranslations: collection('faq', '.yaml', faqGroupTranslationSchema, { languages: translations }),
	snippetTranslations: collection('snippets', '.mdx', snippetTranslationSchema, { languages: translations }),
	settingsTranslations: collection('settings', '.yaml', siteSettingsTranslationSchema, { only: 'site.yaml', languages: translations }),
	/** Each other language's own synonyms (`search/<language>/synonyms.yaml`). */
	searchTranslations: collection('search', '.yaml', synonymsSchema, { only: 'synonyms.yaml', languages: translations }),
	uploads: defineCollection({ loader: uploadsFolder(root), schema: uploadSchema }),
};
