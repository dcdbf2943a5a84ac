/**
 * Content health from the content alone: what is due for review, what customers cannot reach but by search,
 * what search cannot find by customers' words. The build prints its summary line; `npm run report` lists it.
 * Pure: the knowledge base hands it what it loaded.
 */

/** How many months an article stays fresh after it was reviewed, unless its category or itself says otherwise. */
export const DEFAULT_REVIEW_MONTHS = 6;

/** What the checks need to know about one article (in the default language). */
export interface HealthArticle {
	slug: string;
	title: string;
	url: string;
	/** Its file, relative to the content folder. */
	file: string;
	category: string;
	keywords: readonly string[];
	updated: Date;
	reviewed?: Date;
	/** Its own review interval in months, overriding its category's and the site's. */
	reviewEvery?: number;
	draft?: boolean;
}

export interface HealthInput {
	articles: readonly HealthArticle[];
	categories: readonly { id: string; title: string; file: string; reviewEvery?: number }[];
	faqQuestions: readonly { id: string; question: string; url: string; file: string; links: readonly string[] }[];
	/** Where writers' links point: the article pages (by path) any page other than the article itself links to. */
	linkedArticles: ReadonlySet<string>;
	/** The site's review interval in months (settings `reviewEvery`). */
	reviewEvery?: number;
	today: Date;
}

/** An article in a health list. */
export interface HealthEntry {
	slug: string;
	title: string;
	url: string;
	file: string;
}

/** An article past its review date. */
export interface DueEntry extends HealthEntry {
	/** When it was last reviewed (or, never reviewed, last updated): YYYY-MM-DD. */
	checked: string;
	/** Whether `checked` is a review date (false: it was never reviewed, and `checked` is its updated date). */
	reviewed: boolean;
	/** When it was due: YYYY-MM-DD. */
	due: string;
}

export interface ContentHealth {
	/** The day it was computed: YYYY-MM-DD. */
	today: string;
	/** Articles whose last review (or last update, when never reviewed) is longer ago than their interval. */
	dueForReview: DueEntry[];
	/** Articles with no `reviewed` date at all. */
	neverReviewed: HealthEntry[];
	/** Articles no other article, snippet, FAQ answer or setting links to: found only through lists and search. */
	unlinked: HealthEntry[];
	/** Articles without keywords: search finds them by the writer's words only. */
	withoutKeywords: HealthEntry[];
	categoriesWithoutArticles: { id: string; title: string; file: string }[];
	/** FAQ answers without a link: customers who need more have nowhere to go. */
	faqAnswersWithoutLinks: { id: string; question: string; url: string; file: string }[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The date `months` calendar months after `date` (the last day of the month when it has fewer days). */
export function addMonths(date: Date, months: number): Date {
	const result = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
	const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
	result.setUTCDate(Math.min(date.getUTCDate(), lastDay));
	return result;
}

/** When an article is due for review: its last review (or update) plus its interval. */
export function reviewDue(
	article: Pick<HealthArticle, 'reviewed' | 'updated' | 'reviewEvery'>,
	categoryEvery: number | undefined,
	siteEvery = DEFAULT_REVIEW_MONTHS,
): Date {
	return addMonths(article.reviewed ?? article.updated, article.reviewEvery ?? categoryEvery ?? siteEvery);
}

/** Runs every health check; drafts are left out (they are not published yet). */
export function contentHealth(input: HealthInput): ContentHealth {
	const articles = input.articles.filter((article) => !article.draft);
	const categoryEvery = new Map(input.categories.map((category) => [category.id, category.reviewEvery]));
	const entry = ({ slug, title, url, file }: HealthArticle): HealthEntry => ({ slug, title, url, file });
	const dueForReview = articles
		.map((article) => ({ article, due: reviewDue(article, categoryEvery.get(article.category), input.reviewEvery) }))
		.filter(({ due }) => due < input.today)
		.sort((a, b) => a.due.valueOf() - b.due.valueOf() || a.article.slug.localeCompare(b.article.slug))
		.map(({ article, due }) => ({
			...entry(article),
			checked: day(article.reviewed ?? article.updated),
			reviewed: article.reviewed !== undefined,
			due: day(due),
		}));
	const used = new Set(articles.map((article) => article.category));
	return {
		today: day(input.today),
		dueForReview,
		neverReviewed: articles.filter((article) => !article.reviewed).map(entry),
		unlinked: articles.filter((article) => !input.linkedArticles.has(article.url)).map(entry),
		withoutKeywords: articles.filter((article) => article.keywords.length === 0).map(entry),
		categoriesWithoutArticles: input.categories
			.filter((category) => !used.has(category.id))
			.map(({ id, title, file }) => ({ id, title, file })),
		faqAnswersWithoutLinks: input.faqQuestions
			.filter((question) => question.links.length === 0)
			.map(({ id, question, url, file }) => ({ id, question, url, file })),
	};
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One line for the build's output, e.g. "3 articles due for review, 2 articles no page links to". Never-reviewed
 * articles are in the report, not here: a new help center would start with every article in that list.
 */
export function healthSummary(health: ContentHealth): string {
	const parts = [
		health.dueForReview.length && count(health.dueForReview.length, 'article due for review', 'articles due for review'),
		health.unlinked.length && count(health.unlinked.length, 'article no page links to', 'articles no page links to'),
		health.withoutKeywords.length && count(health.withoutKeywords.length, 'article without keywords', 'articles without keywords'),
		health.categoriesWithoutArticles.length &&
			count(health.categoriesWithoutArticles.length, 'category without articles', 'categories without articles'),
		health.faqAnswersWithoutLinks.length &&
			count(health.faqAnswersWithoutLinks.length, 'FAQ answer that links nowhere', 'FAQ answers that link nowhere'),
	].filter(Boolean);
	return parts.length === 0 ? 'nothing due for review, every article linked and with keywords' : parts.join(', ');
}

/** What `linkedArticles` reads: where writers' links are, and the lists that link to articles by name. */
export interface LinkSources {
	/** Each body's links, with the address of the page it is shown on (to resolve relative links). */
	bodies: readonly { page: string; links: readonly string[] }[];
	articles: readonly { slug: string; id: string; url: string; related: readonly string[] }[];
	/** The home page's featured articles (settings). */
	featured: readonly string[];
	/** The site's public address: a full link to it counts like a path. */
	siteUrl: string;
}

/**
 * The article pages some other page links to: writers' links (short links `/a/<id>/` included), other
 * articles' `related` lists and the home page's featured list. Category pages and search are left out:
 * they list every article, so an article only they reach is one customers find only by browsing or search.
 */
export function linkedArticles({ bodies, articles, featured, siteUrl }: LinkSources): Set<string> {
	const site = new URL(siteUrl);
	const byId = new Map(articles.map((article) => [article.id, article.url]));
	const bySlug = new Map(articles.map((article) => [article.slug, article.url]));
	const articleUrls = new Set(bySlug.values());
	const linked = new Set<string>();
	for (const { page, links } of bodies) {
		for (const href of links) {
			let url: URL;
			try {
				url = new URL(href, new URL(page, site));
			} catch {
				continue;
			}
			if (url.origin !== site.origin) continue;
			const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
			const target = byId.get(/^\/a\/([^/]+)\/$/.exec(path)?.[1] ?? '') ?? path;
			if (target !== page && articleUrls.has(target)) linked.add(target);
		}
	}
	for (const article of articles)
		for (const slug of article.related) if (slug !== article.slug && bySlug.has(slug)) linked.add(bySlug.get(slug)!);
	for (const slug of featured) if (bySlug.has(slug)) linked.add(bySlug.get(slug)!);
	return linked;
}
