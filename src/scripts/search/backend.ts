/**
 * Loads, once per page and only on first use, everything a search needs in the browser:
 * Pagefind (from /pagefind/), the site's search data, and vocabulary shards on demand.
 */
import { EXCERPT_WORDS, search, type PagefindApi, type SearchFilters, type SearchOutcome } from '../../lib/search/engine';
import type { SearchData } from '../../lib/search/search-data';
import type { Vocabulary } from '../../lib/search/vocabulary';

/** A ready search: run queries, and the site data for filters, suggestions and strings. */
export interface SearchBackend {
	data: SearchData;
	run(query: string, filters: SearchFilters): Promise<SearchOutcome>;
}

let backend: Promise<SearchBackend> | undefined;

/** The page's search backend, created on the first call. */
export function loadBackend(): Promise<SearchBackend> {
	return (backend ??= create());
}

async function create(): Promise<SearchBackend> {
	// Pagefind is written by the build into /pagefind/, outside the bundle: a runtime URL, not a bundled import.
	const pagefindUrl = '/pagefind/pagefind.js';
	const [pagefind, data] = await Promise.all([
		import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi & { options(options: object): Promise<void>; init(): Promise<void> }>,
		fetch('/search/data.json').then((response) => response.json() as Promise<SearchData>),
	]);
	// noWorker: a search takes milliseconds on the main thread, and the worker would be one more download.
	await pagefind.options({ highlightParam: 'highlight', excerptLength: EXCERPT_WORDS, noWorker: true });
	pagefind.init();
	const shards = new Map<string, Promise<Vocabulary | undefined>>();
	const loadShard = (key: string) => {
		if (!shards.has(key)) shards.set(key, fetch(`/search/vocabulary/${key}.json`).then((r) => (r.ok ? r.json() : undefined)).catch(() => undefined));
		return shards.get(key)!;
	};
	return { data, run: (query, filters) => search(pagefind, query, { synonyms: data.synonyms, loadShard, filters }) };
}
