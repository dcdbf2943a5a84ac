/**
 * `/api/articles.json`: every published article for helpdesk macros and integrations. The schema is the
 * contract (docs/agents.md, "Articles feed"); tests validate the built file against it.
 */
import { z } from 'astro/zod';
import { STAGES } from '../schemas';
import { absoluteUrl, articleUrl, shortArticleUrl } from './urls';

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
});

/** The whole feed. */
export const articlesFeedSchema = z.strictObject({
	version: z.literal(1),
	site: z.url(),
	articles: z.array(feedArticleSchema),
});

export type ArticlesFeed = z.infer<typeof articlesFeedSchema>;

interface FeedSource {
	id: string;
	slug: string;
	title: string;
	description: string;
	stage: (typeof STAGES)[number];
	category: string;
	updated: Date;
	keywords: string[];
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
				url: absoluteUrl(articleUrl(article.slug), site),
				shortUrl: absoluteUrl(shortArticleUrl(article.id), site),
				stage: article.stage,
				category: article.category,
				categoryTitle: categoryTitle(article.category),
				keywords: article.keywords,
				updated: article.updated.toISOString().slice(0, 10),
			})),
	};
}
