/**
 * Searching the built index: the query pipeline, Pagefind, and results shaped for display
 * (excerpts that never show an article's hidden keywords). Used by the search UI in the browser and by tests in Node;
 * both hand it their own Pagefind module and shard loader.
 */
import type { QueryLanguage } from './languages/index.ts';
import { prepareQuery, type PreparedQuery, type ShardLoader, type Synonyms } from './query.ts';
import { excerptAfterKeywords } from './keywords.ts';
import { words } from './vocabulary.ts';
import { EXCERPT_WORDS, RESULT_LIMIT } from './limits.ts';

/** The part of Pagefind's JS API (pagefind.js) the engine uses. */
export interface PagefindApi {
	search(
		term: string,
		options?: { filters?: Record<string, string[]> },
	): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/** What Pagefind returns for one result. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's searchable text, words separated by single spaces. */
	content: string;
	/** Positions (in `content` words) of the matched words. */
	locations: number[];
	meta: Record<string, string | undefined>;
	sub_results?: { url: string; title: string; excerpt: string }[];
}

/** Narrowing the search to a stage and/or category (their ids). */
export interface SearchFilters {
	stage?: string;
	category?: string;
}

/** A section or FAQ question of a result page that matches the query. */
export interface SubResult {
	url: string;
	title: string;
	/** HTML from Pagefind: escaped text with <mark> around matched words. */
	excerpt: string;
}

/** One page in the results. */
export interface SearchResult {
	url: string;
	title: string;
	description: string;
	/** Escaped text with <mark> around matches, or empty when only the page's (hidden) keywords matched. */
	excerpt: string;
	/** Labels of the page's stage and category, for display. */
	stage: string;
	category: string;
	subResults: SubResult[];
}

/** Results of one search. */
export interface SearchOutcome {
	query: PreparedQuery;
	results: SearchResult[];
}

const SUB_RESULT_LIMIT = 3;

/** With this many results for all words together, no word needs to be searched on its own. */
const ENOUGH_RESULTS = 5;
/** Reciprocal-rank-fusion constant: how quickly lower ranks stop counting. */
const RANK_DAMPING = 10;

type Hit = { id: string; data(): Promise<PagefindResultData> };

/**
 * Pagefind only returns pages that contain every word. Customers' sentences often hold a word no
 * article uses, so when all words together find little, each word is also searched alone and the
 * lists are fused by rank (reciprocal rank fusion): pages matching all words come first, then pages
 * matching the telling words well.
 */
async function findHits(pagefind: PagefindApi, query: PreparedQuery, filters: Record<string, string[]>): Promise<Hit[]> {
	const all = (await pagefind.search(query.searchText, { filters }))?.results ?? [];
	const terms = [...words(query.searchText), ...query.alternativeTerms];
	if (all.length >= ENOUGH_RESULTS || terms.length < 2) return all;
	const scores = new Map<string, { hit: Hit; score: number }>();
	const add = (hits: Hit[], weight: number) =>
		hits.forEach((hit, rank) => {
			const entry = scores.get(hit.id) ?? { hit, score: 0 };
			entry.score += weight / (RANK_DAMPING + rank);
			scores.set(hit.id, entry);
		});
	add(all, terms.length);
	const perTerm = await Promise.all(terms.map((term) => pagefind.search(term, { filters })));
	// A word found on few pages says more about what the customer wants than one found on many.
	for (const response of perTerm) {
		const hits = response?.results ?? [];
		add(hits, 1 / Math.log2(hits.length + 1));
	}
	return [...scores.values()].sort((a, b) => b.score - a.score).map((entry) => entry.hit);
}

/** Runs a customer's query against the index. */
export async function search(
	pagefind: PagefindApi,
	raw: string,
	options: { synonyms: Synonyms; loadShard: ShardLoader; language: QueryLanguage; filters?: SearchFilters; limit?: number },
): Promise<SearchOutcome> {
	const filters = Object.fromEntries(
		Object.entries(options.filters ?? {})
			.filter(([, value]) => value)
			.map(([key, value]) => [key, [value!]]),
	);
	const query = await prepareQuery(raw, options);
	if (!query.searchText) return { query, results: [] };
	const hits = await findHits(pagefind, query, filters);
	const limit = options.limit ?? RESULT_LIMIT;
	const loaded = await Promise.all(hits.slice(0, limit).map((hit) => hit.data()));
	return { query, results: loaded.map(toResult) };
}

function toResult(data: PagefindResultData): SearchResult {
	return {
		url: data.url,
		title: data.meta.title ?? data.url,
		description: data.meta.description ?? '',
		excerpt: excerptAfterKeywords(data.content, data.locations, EXCERPT_WORDS, data.excerpt),
		stage: data.meta.stage ?? '',
		category: data.meta.category ?? '',
		subResults: (data.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, SUB_RESULT_LIMIT),
	};
}
