/**
 * `/api/articles.json`: every published article for helpdesk macros and integrations. The schema is the
 * contract (docs/agents.md, "Articles feed"); tests validate the built file against it.
 */
import { z } from 'astro/zod';
import { STAGES } from '../schemas';
import { absoluteUrl, shortArticleUrl } from './urls';

/** One article in the feed. */
export const feedArticleSchema = z.strictObject({
	id: z.string(),
	title: z.string(),
	description: z.string(),
	url: z.url(),
	shortUrl: z.url(),
	stage: z.enum(STAGES),
	category: z.string(),
	categoryTitle: z.string(),
	keywords: z.array(z.string()),
	updated: z.iso.date(),
	/** The language the article is written in (the help center's default language). */
	language: z.string(),
	/** Its translations into the help center's other languages. */
	translations: z.array(
		z.strictObject({
			language: z.string(),
			title: z.string(),
			description: z.string(),
			url: z.url(),
			shortUrl: z.url(),
			updated: z.iso.date(),
		}),
	),
});

/** The whole feed. */
export const articlesFeedSchema = z.strictObject({
	version: z.literal(1),
	site: z.url(),
	articles: z.array(feedArticleSchema),
});

export type ArticlesFeed = z.infer<typeof articlesFeedSchema>;

/** An article in one language, as the feed needs it. */
interface FeedVersion {
	id: string;
	slug: string;
	title: string;
	description: string;
	language: string;
	/** Its page, site-relative. */
	url: string;
	updated: Date;
}

interface FeedSource extends FeedVersion {
	stage: (typeof STAGES)[number];
	category: string;
	keywords: string[];
	/** Its translations, with the path of each one's language (`nl`) for its short link. */
	translations: (FeedVersion & { path: string })[];
}

/** Builds the feed from the published articles (sorted by slug, so diffs between builds stay small). */
export function articlesFeed(site: string, articles: readonly FeedSource[], categoryTitle: (id: string) => string): ArticlesFeed {
	return {
		version: 1,
		site,
		articles: [...articles]
			.sort((a, b) => (a.slug < b.slug ? -1 : 1))
			.map((article) => ({
				id: article.id,
				title: article.title,
				description: article.description,
				url: absoluteUrl(article.url, site),
				shortUrl: absoluteUrl(shortArticleUrl(article.id), site),
				stage: article.stage,
				category: article.category,
				categoryTitle: categoryTitle(article.category),
				keywords: article.keywords,
				updated: article.updated.toISOString().slice(0, 10),
				language: article.language,
				translations: article.translations.map((translation) => ({
					language: translation.language,
					title: translation.title,
					description: translation.description,
					url: absoluteUrl(translation.url, site),
					shortUrl: absoluteUrl(shortArticleUrl(translation.id, translation.path), site),
					updated: translation.updated.toISOString().slice(0, 10),
				})),
			})),
	};
}
