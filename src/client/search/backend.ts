/**
 * Loads, once per page and only on first use, everything a search needs in the browser:
 * Pagefind (from /pagefind/), the site's search data, and vocabulary shards on demand.
 */
import { search, type PagefindApi, type SearchFilters, type SearchOutcome } from '../../lib/search/engine';
import { EXCERPT_WORDS } from '../../lib/search/limits';
import { loadQueryLanguage } from '../../lib/search/languages';
import type { SearchData } from '../../lib/search/search-data';
import type { Vocabulary } from '../../lib/search/vocabulary';

/** A ready search: run queries, and the site data for filters, suggestions and strings. */
export interface SearchBackend {
	data: SearchData;
	/**
	 * Runs a query once the searches before it are done; resolves undefined without searching when
	 * `stillWanted` says by then that a newer query replaced it.
	 */
	run(query: string, filters: SearchFilters, stillWanted?: () => boolean): Promise<SearchOutcome | undefined>;
}

let backend: Promise<SearchBackend> | undefined;

/**
 * The page's search backend, created on the first call. `searchPage` is the search page of the page's
 * language (`/nl/search/`): its data and typo vocabulary sit beside it, so a Dutch page never loads English words.
 */
export function loadBackend(searchPage: string): Promise<SearchBackend> {
	return (backend ??= create(searchPage));
}

async function create(searchPage: string): Promise<SearchBackend> {
	// Pagefind is written by the build into /pagefind/, outside the bundle: a runtime URL, not a bundled import.
	const pagefindUrl = '/pagefind/pagefind.js';
	const [pagefind, data, language] = await Promise.all([
		import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi & { options(options: object): Promise<void>; init(): Promise<void> }>,
		fetch(`${searchPage}data.json`).then((response) => response.json() as Promise<SearchData>),
		loadQueryLanguage(document.documentElement.lang),
	]);
	// Pagefind searches in its worker (12 KB gzipped more on first use): on the main thread, decoding the index
	// and fragments blocked a slow phone for 300–400 ms (Lighthouse's total blocking time on /search/?q=refund).
	await pagefind.options({ highlightParam: 'highlight', excerptLength: EXCERPT_WORDS });
	pagefind.init();
	const shards = new Map<string, Promise<Vocabulary | undefined>>();
	const loadShard = (key: string) => {
		if (!shards.has(key))
			shards.set(
				key,
				fetch(`${searchPage}vocabulary/${key}.json`)
					.then((r) => (r.ok ? r.json() : undefined))
					.catch(() => undefined),
			);
		return shards.get(key)!;
	};
	// Pagefind gives every search the same result object for a page and rewrites it on each `data()` call, so
	// two searches at once could swap each other's sub-results and highlight links: searches take turns.
	let turn: Promise<unknown> = Promise.resolve();
	const run: SearchBackend['run'] = (query, filters, stillWanted = () => true) => {
		const outcome = turn.then(() =>
			stillWanted() ? search(pagefind, query, { synonyms: data.synonyms, loadShard, language, filters }) : undefined,
		);
		turn = outcome.catch(() => undefined);
		return outcome;
	};
	return { data, run };
}
