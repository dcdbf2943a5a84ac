/**
 * The search of a built help center, run in Node exactly as its pages run it: the site's own Pagefind bundle
 * (pagefind.js and its WebAssembly) and the query pipeline of src/lib/search/ with the site's synonyms, typo
 * vocabulary and language rules, read from a build output folder or from the site's address.
 * Used by `npm run mcp` and by the tests that check what customers find.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { search, type PagefindApi, type SearchFilters, type SearchOutcome } from '../../src/lib/search/engine.ts';
import { loadQueryLanguage } from '../../src/lib/search/languages/index.ts';
import { EXCERPT_WORDS } from '../../src/lib/search/limits.ts';
import type { SearchData } from '../../src/lib/search/search-data.ts';
import type { Vocabulary } from '../../src/lib/search/vocabulary.ts';

/** Reads a file of the site by its path (`/search/data.json`; `/nl/` is the page's index.html). */
export type SiteReader = (path: string) => Promise<Response>;

/**
 * The files of a build output folder, or of the site served at an http(s) address (a running dev server, a
 * preview or the published site). A missing file answers 404, as a server does.
 */
export function siteReader(source: string): SiteReader {
	if (/^https?:\/\//.test(source)) {
		const origin = new URL(source).origin;
		return (path) => fetch(`${origin}${path}`);
	}
	return async (path) => {
		// Parsed as a URL so that `..` cannot climb out of the folder.
		const pathname = decodeURIComponent(new URL(path, 'http://site.invalid').pathname);
		try {
			return new Response(await readFile(join(source, pathname.endsWith('/') ? `${pathname}index.html` : pathname)));
		} catch {
			return new Response(null, { status: 404 });
		}
	};
}

/** The search of one language of a site. */
export interface SiteSearch {
	/** The language's `<html lang>` (`nl`), which picks its Pagefind index and query rules. */
	lang: string;
	/** The language's `search/data.json`: synonyms, stages, categories, UI strings. */
	data: SearchData;
	/** Runs a query as the site's search field does; results' URLs are site-relative (`/articles/…/`). */
	run(query: string, filters?: SearchFilters): Promise<SearchOutcome>;
}

/**
 * Loads the search of the language under `languagePath` (empty for the default language, `nl` for the
 * pages under /nl/): its Pagefind index, `search/data.json` and vocabulary shards, and the query rules of
 * the language its pages declare.
 */
export async function loadSiteSearch(read: SiteReader, languagePath = ''): Promise<SiteSearch> {
	const prefix = languagePath ? `/${languagePath}` : '';
	const home = await read(`${prefix}/`);
	// The query pipeline speaks the page's language, as the browser takes it from <html lang>.
	const lang = (home.ok && /<html lang="([^"]+)"/.exec(await home.text())?.[1]) || 'en';
	const [pagefind, data, language] = await Promise.all([
		loadPagefind(read, lang),
		read(`${prefix}/search/data.json`).then((response) => response.json() as Promise<SearchData>),
		loadQueryLanguage(lang),
	]);
	const shards = new Map<string, Promise<Vocabulary | undefined>>();
	const loadShard = (key: string) => {
		if (!shards.has(key))
			shards.set(
				key,
				read(`${prefix}/search/vocabulary/${key}.json`).then((response) =>
					response.ok ? (response.json() as Promise<Vocabulary>) : undefined,
				),
			);
		return shards.get(key)!;
	};
	// Pagefind gives every search the same result object for a page and rewrites it on each `data()` call:
	// searches take turns, as in the browser (src/client/search/backend.ts).
	let turn: Promise<unknown> = Promise.resolve();
	const run = (query: string, filters?: SearchFilters) => {
		const outcome = turn.then(() => search(pagefind, query, { synonyms: data.synonyms, loadShard, language, filters }));
		turn = outcome.catch(() => undefined);
		return outcome;
	};
	return { lang, data, run };
}

/** Pagefind's module, as far as it is used here. */
type PagefindModule = { createInstance(options: object): PagefindApi & { init(): Promise<void> } };

let temporaryFolder: string | undefined;
let loaded = 0;

/**
 * A Pagefind of its own for one language of a site. Pagefind keeps its WebAssembly in module state, so each
 * language gets a fresh copy of the module (written to a temporary file: Node imports neither over http nor
 * one file twice). It fetches its index from an address of its own that `read` answers.
 */
async function loadPagefind(read: SiteReader, lang: string): Promise<PagefindApi> {
	temporaryFolder ??= mkdtempSync(join(tmpdir(), 'answerkit-pagefind-'));
	const script = join(temporaryFolder, `pagefind-${++loaded}.js`);
	writeFileSync(script, await (await read('/pagefind/pagefind.js')).text());
	let pagefind: PagefindModule;
	try {
		pagefind = (await import(pathToFileURL(script).href)) as PagefindModule;
	} finally {
		rmSync(script);
	}
	const origin = routeToSite(read);
	// Pagefind picks the index of the page's <html lang>: Node has no page, so it is given one while it looks.
	Object.assign(globalThis, { document: { querySelector: () => ({ getAttribute: () => lang }) } });
	const instance = pagefind.createInstance({ basePath: `${origin}/pagefind/`, baseUrl: '/', excerptLength: EXCERPT_WORDS });
	Reflect.deleteProperty(globalThis, 'document');
	await instance.init();
	return instance;
}

const sites = new Map<string, SiteReader>();

/**
 * An address of its own for a site (`http://site-1.invalid`), whose requests `read` answers: Pagefind
 * fetches its files with `fetch`, which cannot read a folder.
 */
function routeToSite(read: SiteReader): string {
	if (sites.size === 0) {
		const realFetch = globalThis.fetch;
		globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
			const url = new URL(input instanceof Request ? input.url : input);
			const site = sites.get(url.origin);
			return site ? site(url.pathname) : realFetch(input, init);
		}) as typeof fetch;
	}
	const origin = `http://site-${sites.size + 1}.invalid`;
	sites.set(origin, read);
	return origin;
}
