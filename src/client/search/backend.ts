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
 * `origin` is the help center's, when the search runs on another site (the help widget on a shop's page):
 * everything then loads from there, and every address in results and data points there.
 */
export function loadBackend(searchPage: string, origin = ''): Promise<SearchBackend> {
	return (backend ??= create(searchPage, origin));
}

async function create(searchPage: string, origin: string): Promise<SearchBackend> {
	// Pagefind is written by the build into /pagefind/, outside the bundle: a runtime URL, not a bundled import.
	const pagefindUrl = `${origin}/pagefind/pagefind.js`;
	const [pagefind, data, language] = await Promise.all([
		import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi & { options(options: object): Promise<void>; init(): Promise<void> }>,
		fetch(`${origin}${searchPage}data.json`).then((response) => response.json() as Promise<SearchData>),
		loadQueryLanguage(document.documentElement.lang),
	]);
	if (origin) absoluteAddresses(data, origin);
	// Pagefind searches in its worker (12 KB gzipped more on first use): on the main thread, decoding the index
	// and fragments blocked a slow phone for 300–400 ms (Lighthouse's total blocking time on /search/?q=refund).
	// On another site the browser refuses a worker from the help center's origin and Pagefind searches on the main thread.
	await pagefind.options({ highlightParam: 'highlight', excerptLength: EXCERPT_WORDS, ...(origin && { baseUrl: `${origin}/` }) });
	pagefind.init();
	const shards = new Map<string, Promise<Vocabulary | undefined>>();
	const loadShard = (key: string) => {
		if (!shards.has(key))
			shards.set(
				key,
				fetch(`${origin}${searchPage}vocabulary/${key}.json`)
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

/** Points the data's site paths at the help center, for a search running on another site. */
function absoluteAddresses(data: SearchData, origin: string) {
	const absolute = (path: string) => new URL(path, origin).href;
	for (const item of [...data.categories, ...data.popular]) item.url = absolute(item.url);
	data.contact.url = absolute(data.contact.url);
	if (data.defaultLanguageSearch) data.defaultLanguageSearch.url = absolute(data.defaultLanguageSearch.url);
}
