/**
 * The real Pagefind index of a built site, queried in Node exactly as the browser does: pagefind.js
 * and its WebAssembly, with `fetch` reading the index files from disk.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { search, type PagefindApi, type SearchFilters } from '../../src/lib/search/engine';
import { EXCERPT_WORDS } from '../../src/lib/search/limits';
import { loadQueryLanguage } from '../../src/lib/search/languages';
import type { Synonyms } from '../../src/lib/search/query';
import type { Vocabulary } from '../../src/lib/search/vocabulary';

const FAKE_ORIGIN = 'http://search.test';

/**
 * Loads the index of a build output folder, or of a running dev server (an http:// origin), and
 * returns a search function bound to it and to the content's synonyms. `languagePath` (`nl`) searches as
 * a page in that language does: its Pagefind index, typo vocabulary and query rules.
 */
export async function loadSearch(source: string, synonymsFile: string, languagePath = '') {
	const prefix = languagePath ? `/${languagePath}` : '';
	const realFetch = globalThis.fetch;
	const fromServer = source.startsWith('http');
	globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = String(input instanceof Request ? input.url : input);
		if (!url.startsWith(FAKE_ORIGIN)) return realFetch(input, init);
		const path = new URL(url).pathname;
		if (fromServer) return realFetch(`${source}${path}`);
		try {
			return new Response(await readFile(join(source, path)));
		} catch {
			return new Response(null, { status: 404 });
		}
	}) as typeof fetch;
	let script = join(source, 'pagefind/pagefind.js');
	if (fromServer) {
		// Node cannot import over http: keep a copy of the served pagefind.js to import.
		script = join(mkdtempSync(join(tmpdir(), 'answerkit-pagefind-')), 'pagefind.js');
		writeFileSync(script, await (await realFetch(`${source}/pagefind/pagefind.js`)).text());
	}
	const pagefind = (await import(pathToFileURL(script).href)) as PagefindApi & {
		options(options: object): Promise<void>;
		init(): Promise<void>;
	};
	// The query pipeline speaks the page's language, as the browser takes it from <html lang>.
	const home = fromServer
		? await (await realFetch(`${source}${prefix}/`)).text()
		: await readFile(join(source, prefix, 'index.html'), 'utf8');
	const lang = /<html lang="([^"]+)"/.exec(home)?.[1] ?? 'en';
	// Pagefind picks the index of the page's <html lang>: Node has no page, so it is given one for the start.
	Object.assign(globalThis, { document: { querySelector: () => ({ getAttribute: () => lang }) } });
	await pagefind.options({ basePath: `${FAKE_ORIGIN}/pagefind/`, baseUrl: '/', excerptLength: EXCERPT_WORDS });
	await pagefind.init();
	Reflect.deleteProperty(globalThis, 'document');
	const synonyms = ((parse(await readFile(synonymsFile, 'utf8')) ?? {}).synonyms ?? {}) as Synonyms;
	const loadShard = async (key: string) => {
		const response = await fetch(`${FAKE_ORIGIN}${prefix}/search/vocabulary/${key}.json`);
		return response.ok ? ((await response.json()) as Vocabulary) : undefined;
	};
	const language = await loadQueryLanguage(lang);
	return (query: string, filters?: SearchFilters) => search(pagefind, query, { synonyms, loadShard, language, filters });
}
