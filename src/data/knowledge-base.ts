/**
 * The whole content set, loaded once per build, checked, and indexed for the pages.
 * Pages call `loadKnowledgeBase()` instead of `getCollection()`, so the collections are walked once
 * (not once per page) and every listing is a map lookup.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir, contentLabel } from '../lib/content-dir';
import { checkContent, ContentError, formatProblems, type ContentSnapshot } from '../lib/integrity';
import { STAGES, type Stage } from '../schemas';
import { derivedShortId } from '../lib/short-id';
import {
	fetchPublishedArticles,
	mergePublishedUrls,
	parsePublishedUrls,
	planPagePermanence,
	planPermanence,
	PUBLISHED_URLS_FILE,
	serializePublishedUrls,
	type ArticleRedirect,
	type PageRedirect,
	type PublishedPages,
} from '../lib/published-urls';
import { paginate } from '../lib/paginate';
import { categoryUrl, faqGroupUrl, faqIndexUrl, stageUrl } from '../lib/urls';

export type ArticleEntry = CollectionEntry<'articles'>;
export type CategoryEntry = CollectionEntry<'categories'>;
export type FaqEntry = CollectionEntry<'faq'>;
export type SnippetEntry = CollectionEntry<'snippets'>;

/** An article with the fields pages use most, flattened for convenience. */
export interface ArticleSummary {
	slug: string;
	/** Permanent short-link id: `/a/<id>/`. */
	id: string;
	title: string;
	description: string;
	category: string;
	stage: Stage;
	updated: Date;
	related: string[];
	entry: ArticleEntry;
}

/** Everything the pages need, indexed once. */
export interface KnowledgeBase {
	settings: CollectionEntry<'settings'>['data'];
	synonyms: Record<string, string[]>;
	articles: ArticleSummary[];
	articlesBySlug: Map<string, ArticleSummary>;
	/** Each category's articles, sorted by title. */
	articlesByCategory: Map<string, ArticleSummary[]>;
	categories: CategoryEntry[];
	categoriesById: Map<string, CategoryEntry>;
	/** Each stage's categories, in their `order`. */
	categoriesByStage: Map<Stage, CategoryEntry[]>;
	faqGroups: FaqEntry[];
	faqGroupsByCategory: Map<string, FaqEntry[]>;
	snippets: Map<string, SnippetEntry>;
	/** Old addresses of renamed and removed articles, and where they lead now. */
	articleRedirects: ArticleRedirect[];
	/** Category and FAQ pages the site published once and no longer has, and where they lead now. */
	pageRedirects: PageRedirect[];
}

type Collections = Awaited<ReturnType<typeof loadCollections>>;

let cached: { key: string; knowledgeBase: Promise<KnowledgeBase> } | undefined;

/**
 * Loads, checks and indexes the content. Throws one error listing every problem a writer must fix.
 * Pages and components get it from `Astro.locals.kb` (src/middleware.ts); only `getStaticPaths`, which runs
 * outside a request, calls this directly. A build computes it once; `astro dev` once per content change.
 */
export async function loadKnowledgeBase(): Promise<KnowledgeBase> {
	if (!import.meta.env.DEV) return (cached ??= { key: '', knowledgeBase: loadCollections().then(build) }).knowledgeBase;
	const collections = await loadCollections();
	// The loaders give every entry a digest of its file: the same digests mean the same content.
	const key = Object.values(collections)
		.flatMap((entries) => entries.map((entry) => `${entry.collection}/${entry.id}:${entry.digest ?? ''}`))
		.join('\n');
	if (cached?.key !== key) cached = { key, knowledgeBase: build(collections) };
	return cached.knowledgeBase;
}

async function loadCollections() {
	const [articles, categories, faq, snippets, settings, search, uploads] = await Promise.all([
		getCollection('articles'),
		getCollection('categories'),
		getCollection('faq'),
		getCollection('snippets'),
		getCollection('settings'),
		getCollection('search'),
		getCollection('uploads'),
	]);
	return { articles, categories, faq, snippets, settings, search, uploads };
}

async function build(collections: Collections): Promise<KnowledgeBase> {
	const production = !import.meta.env.KB_SHOW_DRAFTS;
	const {
		articles: articleEntries,
		categories,
		faq: faqGroups,
		snippets: snippetEntries,
		settings: settingsEntries,
		search: searchEntries,
		uploads: uploadEntries,
	} = collections;
	const root = contentDir();
	const settingsEntry = settingsEntries[0];
	if (!settingsEntry)
		throw new ContentError(`${contentLabel(root)}/settings/site.yaml is missing: the help center needs its settings file.`);

	const file = (entry: { filePath?: string; id: string }, folder: string, extension: string) =>
		entry.filePath ? relative(root, join(process.cwd(), entry.filePath)).replaceAll('\\', '/') : `${folder}/${entry.id}${extension}`;
	const source = (entry: { filePath?: string }) => (entry.filePath ? readFileSync(join(process.cwd(), entry.filePath), 'utf8') : '');

	const snapshot: ContentSnapshot = {
		articles: articleEntries.map((entry) => ({
			slug: entry.id,
			id: articleId(entry),
			file: file(entry, 'articles', '.mdx'),
			category: entry.data.category,
			related: entry.data.related,
			draft: entry.data.draft,
			source: source(entry),
		})),
		categories: categories.map((entry) => ({ id: entry.id, file: file(entry, 'categories', '.yaml') })),
		faqGroups: faqGroups.map((entry) => ({
			id: entry.id,
			file: file(entry, 'faq', '.yaml'),
			category: entry.data.category,
			questions: entry.data.questions,
			source: source(entry),
		})),
		snippets: snippetEntries.map((entry) => ({ id: entry.id, file: file(entry, 'snippets', '.mdx'), source: source(entry) })),
		settings: {
			file: file(settingsEntry, 'settings', '.yaml'),
			featured: settingsEntry.data.featured,
			removedArticles: settingsEntry.data.removedArticles,
			policies: settingsEntry.data.policies,
			brandColor: settingsEntry.data.brandColor,
			locale: settingsEntry.data.locale,
		},
		uploads: uploadEntries.map((entry) => entry.id),
		folders: [
			{ folder: 'articles', extension: '.mdx', files: listFolder(root, 'articles') },
			{ folder: 'categories', extension: '.yaml', files: listFolder(root, 'categories') },
			{ folder: 'faq', extension: '.yaml', files: listFolder(root, 'faq') },
			{ folder: 'snippets', extension: '.mdx', files: listFolder(root, 'snippets') },
		],
		production,
	};
	const problems = checkContent(snapshot);
	if (problems.length > 0) throw new ContentError(formatProblems(problems, contentLabel(root)));

	const articles: ArticleSummary[] = articleEntries
		.filter((entry) => !(production && entry.data.draft))
		.map((entry) => ({
			slug: entry.id,
			id: articleId(entry),
			title: entry.data.title,
			description: entry.data.description,
			category: entry.data.category,
			stage: entry.data.stage,
			updated: entry.data.updated,
			related: entry.data.related,
			entry,
		}))
		.sort((a, b) => a.title.localeCompare(b.title));

	const articlesByCategory = groupBy(articles, (article) => article.category);
	// Every category and FAQ page the build publishes, with where it should lead should it disappear.
	const currentPages: PublishedPages = Object.fromEntries([
		...categories.flatMap((category) =>
			paginate(articlesByCategory.get(category.id) ?? []).map((page) => [
				categoryUrl(category.id, page.number),
				page.number > 1 ? categoryUrl(category.id) : stageUrl(category.data.stage),
			]),
		),
		...faqGroups.map((group) => [faqGroupUrl(group.id), faqIndexUrl()]),
	]);
	const permanence = production
		? await keepPublishedUrls(root, articles, settingsEntry.data.removedArticles, currentPages)
		: { redirects: [], pageRedirects: [] };

	const sortedCategories = [...categories].sort(
		(a, b) =>
			STAGES.indexOf(a.data.stage) - STAGES.indexOf(b.data.stage) ||
			a.data.order - b.data.order ||
			a.data.title.localeCompare(b.data.title),
	);
	return {
		settings: settingsEntry.data,
		synonyms: searchEntries[0]?.data.synonyms ?? {},
		articles,
		articlesBySlug: new Map(articles.map((article) => [article.slug, article])),
		articlesByCategory,
		categories: sortedCategories,
		categoriesById: new Map(sortedCategories.map((category) => [category.id, category])),
		categoriesByStage: new Map(STAGES.map((stage) => [stage, sortedCategories.filter((c) => c.data.stage === stage)])),
		faqGroups: [...faqGroups].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
		faqGroupsByCategory: groupBy(faqGroups, (group) => group.data.category),
		snippets: new Map(snippetEntries.map((entry) => [entry.id, entry])),
		articleRedirects: permanence.redirects,
		pageRedirects: permanence.pageRedirects,
	};
}

/**
 * Checks that every address ever published still leads somewhere, and records the current ones
 * (see src/lib/published-urls.ts). Production builds only: drafts are never published.
 */
async function keepPublishedUrls(
	root: string,
	articles: readonly ArticleSummary[],
	removed: { slug: string; replacedBy: string }[],
	currentPages: PublishedPages,
) {
	const path = join(root, PUBLISHED_URLS_FILE);
	const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	const recorded = parsePublishedUrls(before);
	// The live site knows what was published since the record was last committed (see docs/agents.md).
	const live = process.env.KB_PUBLISHED_SITE ? await fetchPublishedArticles(process.env.KB_PUBLISHED_SITE) : {};
	const plan = planPermanence(mergePublishedUrls(recorded.articles, live), articles, removed);
	if (plan.broken.length > 0) {
		throw new ContentError(
			formatProblems(
				plan.broken.map(({ slug, message }) => ({ file: `articles/${slug}.mdx`, message })),
				contentLabel(root),
			),
		);
	}
	const alwaysThere = new Set([...STAGES.map(stageUrl), faqIndexUrl()]);
	const pages = planPagePermanence(recorded.pages, currentPages, alwaysThere);
	const after = serializePublishedUrls(plan.ledger, pages.pages);
	if (after !== before) writeFileSync(path, after);
	return { redirects: plan.redirects, pageRedirects: pages.redirects };
}

/** The article's permanent id: from its frontmatter, or derived from its file name. */
const articleId = (entry: ArticleEntry) => entry.data.id ?? derivedShortId(entry.id);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const group = groups.get(key(item));
		if (group) group.push(item);
		else groups.set(key(item), [item]);
	}
	return groups;
}

function listFolder(root: string, folder: string): string[] {
	try {
		return readdirSync(join(root, folder));
	} catch {
		return [];
	}
}
