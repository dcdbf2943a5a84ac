/**
 * Searching the built index: the query pipeline, Pagefind, and the merging of keyword records and
 * sub-results into one result per page. Used by the search UI in the browser and by tests in Node;
 * both hand it their own Pagefind module and shard loader.
 */
import { prepareQuery, type PreparedQuery, type ShardLoader, type Synonyms } from './query';
import { words } from './vocabulary';

/** The part of Pagefind's JS API (pagefind.js) the engine uses. */
export interface PagefindApi {
	search(term: string, options?: { filters?: Record<string, string[]> }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/** What Pagefind returns for one result. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
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
	/** HTML from Pagefind (escaped text with <mark>), or empty when only the page's keywords matched. */
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

/** How many results a search shows; more are rarely read and cost a fragment request each. */
export const RESULT_LIMIT = 8;
const SUB_RESULT_LIMIT = 3;

/** Below this many results for all words together, results for fewer of the words are added. */
const ENOUGH_RESULTS = 5;
/** Reciprocal-rank-fusion constant: how quickly lower ranks stop counting. */
const RANK_DAMPING = 10;

type Hit = { id: string; data(): Promise<PagefindResultData> };

/**
 * Pagefind only returns pages that contain every word. Customers' sentences often hold a word no
 * article uses, so when all words together find little, each word is also searched alone and the
 * lists are fused by rank: pages matching more of the words, and matching them better, come first.
 */
async function findHits(pagefind: PagefindApi, text: string, filters: Record<string, string[]>): Promise<Hit[]> {
	const all = (await pagefind.search(text, { filters }))?.results ?? [];
	const terms = words(text);
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
	for (const response of perTerm) add(response?.results ?? [], 1);
	return [...scores.values()].sort((a, b) => b.score - a.score).map((entry) => entry.hit);
}

/** Runs a customer's query against the index. */
export async function search(
	pagefind: PagefindApi,
	raw: string,
	options: { synonyms: Synonyms; loadShard: ShardLoader; filters?: SearchFilters; limit?: number },
): Promise<SearchOutcome> {
	const filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, value]) => value).map(([key, value]) => [key, [value!]]));
	const query = await prepareQuery(raw, { synonyms: options.synonyms, loadShard: options.loadShard });
	if (!query.searchText) return { query, results: [] };
	const hits = await findHits(pagefind, query.searchText, filters);
	const limit = options.limit ?? RESULT_LIMIT;
	const merged = new Map<string, SearchResult>();
	// Keyword records stand for their page; load a few extra so merging still leaves `limit` pages.
	const loaded = await Promise.all(hits.slice(0, limit * 2).map((hit) => hit.data()));
	for (const data of loaded) {
		const url = data.url.replace(/[?#].*$/, '');
		const result = toResult(data);
		const existing = merged.get(url);
		if (!existing) merged.set(url, result);
		else if (!existing.excerpt && result.excerpt) merged.set(url, result);
	}
	return { query, results: [...merged.values()].slice(0, limit) };
}

function toResult(data: PagefindResultData): SearchResult {
	const isKeywords = data.meta.kind === 'keywords';
	return {
		// A keywords record stands for its page (see integrations/search-index.ts).
		url: isKeywords ? data.url.replace(/\?keywords$/, '') : data.url,
		title: data.meta.title ?? data.url,
		description: data.meta.description ?? '',
		excerpt: isKeywords ? '' : data.excerpt,
		stage: data.meta.stage ?? '',
		category: data.meta.category ?? '',
		subResults: isKeywords
			? []
			: (data.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, SUB_RESULT_LIMIT),
	};
}
