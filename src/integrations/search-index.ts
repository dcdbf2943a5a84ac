import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search/index-page';
import { onPageRendered, type PageListener } from '../lib/search/pages-rendered';
import { countWords, type Vocabulary } from '../lib/search/vocabulary';
import { toSitePath, type BuiltPages } from './built-pages';
import { languageOfPath } from '../lib/urls';

/** Where the typo-correction vocabulary shards of the default language are served from (another language's under its path). */
export const VOCABULARY_PATH = '/search/vocabulary/';
/** Where Pagefind's bundle is served from. */
export const PAGEFIND_PATH = '/pagefind/';

/** Files of Pagefind's bundle this site never loads (its prebuilt UIs). */
const UNUSED_BUNDLE_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
];

/** How many pages are handed to Pagefind at once. */
const INDEX_BATCH = 64;
/** How many files are read or written at once. */
const WRITE_BATCH = 128;

/** The dev server's search index: Pagefind's bundle in a folder, and the vocabulary shards by site path. */
interface DevIndex {
	bundle: string;
	vocabulary: Map<string, Uint8Array>;
}

/**
 * Search for the whole site. In `astro build`, indexes the articles and FAQ pages (their
 * `data-pagefind-body`) into dist/. In `astro dev`, indexes the pages the dev server renders, serves
 * the index from memory and rebuilds it when anything in the content folder changes.
 *
 * In a build, Pagefind reads the articles from disk in batches while Astro renders the rest (a middleware
 * reports each rendered page), so little indexing is left when the pages are done. Two integrations:
 * `indexing` finishes the index when the build is done and `written` waits for it; the integrations placed
 * between them (the link check, `_headers`) run meanwhile.
 */
export function searchIndex(options: { languages: readonly IndexLanguage[]; contentDir: string; pages: BuiltPages }): {
	indexing: AstroIntegration;
	written: AstroIntegration;
} {
	let devIndex: DevIndex | undefined;
	let outDir = '';
	let dataStore = '';
	let session: SearchIndexSession | undefined;
	let articles: ReturnType<typeof articlesInBatches> | undefined;
	let building: Promise<void> | undefined;
	const indexing: AstroIntegration = {
		name: 'answerkit:search-index',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware }) => {
				if (command !== 'build') return;
				addMiddleware({ entrypoint: new URL('./search-index-middleware.ts', import.meta.url), order: 'pre' });
				// Pagefind reads the articles itself; the vocabulary takes their words when the built pages are read.
				options.pages.onPage((url, html) => {
					if (ARTICLE_PATH.test(url)) session!.add({ url, html, onDisk: true });
				});
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				dataStore = fileURLToPath(new URL('.astro/data-store.json', config.root));
			},
			'astro:build:start': async () => {
				session = await startSearchIndex(options.languages);
				articles = articlesInBatches(session, outDir, ARTICLE_BATCH);
				onPageRendered(articles);
			},
			'astro:build:done': ({ dir, logger }) => {
				onPageRendered(undefined);
				articles!.flush();
				building = writeSearchIndex(session!, fileURLToPath(dir), options.pages, logger);
				// Awaited by `written`; if a check in between fails the build, this must not crash the process too.
				building.catch(() => {});
			},
			'astro:server:setup': ({ server, logger }) => {
				// Pagefind reads the pages from this folder and writes its bundle beside it, in its own process: sending
				// every page through its API and receiving the bundle back kept the dev server busy for 30 s per edit at 10,000 articles.
				const work = mkdtempSync(join(tmpdir(), 'answerkit-dev-search-'));
				const pagesFolder = join(work, 'pages');
				const removeWork = () => rmSync(work, { recursive: true, force: true });
				process.once('exit', removeWork);
				server.httpServer?.once('close', removeWork);
				server.middlewares.use(async (request, response, next) => {
					const path = decodeURIComponent((request.url ?? '').split('?')[0]);
					const index = devIndex;
					let file: Uint8Array | undefined;
					if (index && path.startsWith(PAGEFIND_PATH)) {
						const onDisk = join(index.bundle, path.slice(PAGEFIND_PATH.length));
						if (onDisk.startsWith(index.bundle + sep)) file = await readFile(onDisk).catch(() => undefined);
					} else if (path.includes(VOCABULARY_PATH)) file = index?.vocabulary.get(path);
					if (!file) return next();
					response.setHeader(
						'Content-Type',
						path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : 'application/octet-stream',
					);
					response.setHeader('Cache-Control', 'no-store');
					response.end(file);
				});
				let origin: string | undefined;
				let timer: ReturnType<typeof setTimeout> | undefined;
				let running = Promise.resolve();
				// Each searchable page's text as last rendered (undefined: nothing to index), so an edit renders again only
				// the pages it can change: at 10,000 articles, rendering them all took two minutes of the writer's machine per edit.
				const rendered = new Map<string, string | undefined>();
				// Pages whose files changed since the data store was last saved (`pending`), and since the last
				// rebuild with the data store saved after them (`changed`): only those render the new content.
				let pending: Set<string> | 'all' = new Set();
				let changed: Set<string> | 'all' = 'all';
				let generation = 0;
				const rebuild = () => {
					if (!origin) return;
					const from = origin;
					running = running.then(async () => {
						const started = performance.now();
						const stale = changed;
						// The data store saved with no content file changed (Astro saves it once more after starting).
						if (devIndex && stale !== 'all' && stale.size === 0) return;
						changed = new Set();
						try {
							const dev = await startSearchIndex(options.languages);
							let fresh = 0;
							const urls = await devPageUrls(options.contentDir, options.languages);
							const listed = new Set(urls);
							for (const url of rendered.keys()) {
								if (listed.has(url)) continue;
								rendered.delete(url);
								await rm(pageFile(pagesFolder, url), { force: true });
							}
							for (const [i, url] of urls.entries()) {
								if (stale === 'all' || stale.has(url) || !rendered.has(url)) {
									fresh++;
									const response = await fetch(`${from}${url}`);
									const page = response.ok ? prepareForIndex(await response.text()) : undefined;
									rendered.set(url, page?.text);
									const file = pageFile(pagesFolder, url);
									if (page) await mkdir(dirname(file), { recursive: true }).then(() => writeFile(file, page.html));
									else await rm(file, { force: true });
								}
								const text = rendered.get(url);
								if (text !== undefined) dev.addWords(url, text);
								// Counting 10,000 pages' words takes seconds: let the writer's page requests in between.
								if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
							}
							dev.addFromDisk(pagesFolder, '**/index.html', 'the pages of astro dev');
							const bundle = join(work, `bundle-${++generation}`);
							await dev.bundle(bundle);
							const previous = devIndex;
							devIndex = { bundle, vocabulary: dev.vocabularyFiles() };
							// A search may still be reading the previous bundle.
							if (previous) setTimeout(() => rm(previous.bundle, { recursive: true, force: true }), 30_000).unref();
							logger.info(`search index: ${dev.pages()} pages in ${seconds(started)} s, ${fresh} of them rendered again`);
						} catch (error) {
							changed = 'all';
							logger.warn(`search index not rebuilt: ${(error as Error).message}`);
						}
					});
				};
				server.httpServer?.once('listening', () => {
					const address = server.httpServer?.address();
					if (address && typeof address === 'object')
						origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
					rebuild();
				});
				// Pages render the content from Astro's data store, which the dev server saves (and reloads) about
				// 500 ms after a content file changes: reindexing on the file's own change would read the old pages.
				server.watcher.on('all', (_event, path) => {
					const file = relative(options.contentDir, path);
					if (!file.startsWith('..') && !isAbsolute(file) && pending !== 'all') {
						// Anything but an article or FAQ file (settings, snippets, categories…) can change every page.
						const urls = pagesOfFile(file, options.languages);
						if (urls) for (const url of urls) pending.add(url);
						else pending = 'all';
					}
					if (path !== dataStore) return;
					if (pending === 'all' || changed === 'all') changed = 'all';
					else for (const url of pending) changed.add(url);
					pending = new Set();
					clearTimeout(timer);
					timer = setTimeout(rebuild, 300);
				});
			},
		},
	};
	const written: AstroIntegration = {
		name: 'answerkit:search-index-written',
		hooks: { 'astro:build:done': () => building },
	};
	return { indexing, written };
}

/** How many rendered articles Pagefind reads from disk at a time (about half a second of its work each). */
const ARTICLE_BATCH = 500;

/** Site path of an article page in any language (`/articles/<slug>/`, `/nl/articles/<slug>/`), with its folder. */
const ARTICLE_PATH = /^\/((?:[a-z]{2}(?:-[a-z]{2})?\/)?articles\/[^/]+)\/$/;

/**
 * A listener for rendered pages that has Pagefind read the articles from disk, a batch at a time. Astro
 * renders `build.concurrency` pages at once, so an article reported here may not be written yet: a batch
 * takes only the articles whose file is complete, and `flush()` (once the build wrote every page) the rest.
 */
export function articlesInBatches(
	session: SearchIndexSession,
	outDir: string,
	batchSize: number,
	isWritten: (file: string) => boolean = endsWithHtml,
): PageListener & { flush(): void } {
	let rendered: string[] = [];
	// A glob naming up to ARTICLE_BATCH folders: too long for an error message, which names the first and last.
	const send = (folders: string[]) =>
		session.addFromDisk(outDir, `{${folders.join(',')}}/index.html`, `the articles ${folders[0]} to ${folders.at(-1)}`);
	const flush = () => {
		// In batches too: Pagefind refuses a glob naming thousands of folders.
		for (let start = 0; start < rendered.length; start += batchSize) send(rendered.slice(start, start + batchSize));
		rendered = [];
	};
	const listener = (path: string) => {
		const folder = ARTICLE_PATH.exec(path)?.[1];
		if (folder) rendered.push(folder);
		if (rendered.length < batchSize) return;
		const written = rendered.filter((candidate) => isWritten(join(outDir, candidate, 'index.html')));
		if (written.length === 0) return;
		send(written);
		const sent = new Set(written);
		rendered = rendered.filter((candidate) => !sent.has(candidate));
	};
	return Object.assign(listener, { flush });
}

/** Whether a built page is completely on disk: every page Astro writes ends with `</html>`. */
function endsWithHtml(file: string): boolean {
	const end = Buffer.alloc(7);
	let handle: number | undefined;
	try {
		handle = openSync(file, 'r');
		const size = fstatSync(handle).size;
		return size >= end.length && readSync(handle, end, 0, end.length, size - end.length) === end.length && end.toString() === '</html>';
	} catch {
		return false;
	} finally {
		if (handle !== undefined) closeSync(handle);
	}
}

/** Finishes the build's index and writes the bundle and the vocabulary into `outDir`. */
async function writeSearchIndex(
	session: SearchIndexSession,
	outDir: string,
	pages: BuiltPages,
	logger: AstroIntegrationLogger,
): Promise<void> {
	const started = performance.now();
	// FAQ pages are rewritten for the index (see prepareForIndex), so they are sent rather than read from disk.
	// They are read here, not in the shared reading below, so that Pagefind can start its bundle first.
	for await (const page of readPages(outDir, await faqPaths(outDir, session.languages))) await session.add(page);
	// Pagefind writes its bundle while this process reads the built pages (the articles' words go into the vocabulary).
	const bundle = session.bundle(join(outDir, PAGEFIND_PATH));
	await pages.read(outDir);
	const files = [...session.vocabularyFiles()].map(([path, content]) => [join(outDir, path), content] as const);
	for (const folder of new Set(files.map(([file]) => dirname(file)))) await mkdir(folder, { recursive: true });
	// Thousands of small files: write a batch at a time (all at once runs out of file handles).
	for (let start = 0; start < files.length; start += WRITE_BATCH) {
		await Promise.all(files.slice(start, start + WRITE_BATCH).map(([file, content]) => writeFile(file, content)));
	}
	await bundle;
	// Pagefind also writes its ready-made UIs; this site has its own, so they would only be dead weight.
	await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(outDir, PAGEFIND_PATH, name), { force: true })));
	await pagefind.close();
	logger.info(`indexed ${session.pages()} pages, ${seconds(started)} s after the last page`);
}

/** A page to index; `onDisk` when Pagefind reads it from disk itself (addFromDisk). */
interface PageToIndex {
	url: string;
	html: string;
	onDisk?: boolean;
}

/** A search index being filled: Pagefind's bundle plus the typo-correction vocabulary. */
export interface SearchIndexSession {
	/** Adds a page (none without `data-pagefind-body`) to the vocabulary, and to Pagefind unless it is `onDisk`. */
	add(page: PageToIndex): Promise<void>;
	/** Adds the searchable text of a page Pagefind reads from disk to the vocabulary. */
	addWords(url: string, text: string): void;
	/** Has Pagefind read the pages matching `glob` in `path` (much faster than sending them); `what` names them in errors. */
	addFromDisk(path: string, glob: string, what: string): void;
	/** Has Pagefind write its bundle into `outputPath`, once every page is in. */
	bundle(outputPath: string): Promise<void>;
	/** The vocabulary shards, by site path. */
	vocabularyFiles(): Map<string, Uint8Array>;
	/** How many pages were added. */
	pages(): number;
	languages: readonly IndexLanguage[];
}

/** A language of the site: its code, and the path its pages are under (empty for the default language). */
export interface IndexLanguage {
	code: string;
	path: string;
}

/**
 * Starts a search index for pages in `languages` (the default first); Pagefind indexes in its own process.
 * Pagefind keeps an index per language, from each page's `<html lang>`, and the browser loads only the one
 * of the page it is on; each language also has its own typo vocabulary, under its search page.
 */
export async function startSearchIndex(languages: readonly IndexLanguage[]): Promise<SearchIndexSession> {
	// One language: Pagefind is told it, so pages are never split by a stray `lang`.
	const { index, errors } = await pagefind.createIndex(languages.length === 1 ? { forceLanguage: languages[0]!.code.split('-')[0] } : {});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const vocabularies = new Map<string, Record<string, Vocabulary>>(languages.map((language) => [language.path, {}]));
	const languagePaths = languages.map((language) => language.path);
	let count = 0;
	// Pagefind's service indexes concurrently: a batch of pages stays in flight instead of one at a time.
	const inFlight: Promise<void>[] = [];
	const fromDisk: Promise<void>[] = [];
	const check = (what: string) => (added: { errors: string[] }) => {
		if (added.errors.length) throw new Error(`Pagefind could not index ${what}: ${added.errors.join('; ')}`);
	};
	const addWords = (url: string, text: string) => {
		count++;
		countWords(text, vocabularies.get(languageOfPath(url, languagePaths))!);
	};
	return {
		addWords,
		async add({ url, html, onDisk }) {
			const page = prepareForIndex(html);
			if (!page) return;
			addWords(url, page.text);
			if (onDisk) return;
			inFlight.push(index.addHTMLFile({ url, content: page.html }).then(check(url)));
			if (inFlight.length >= INDEX_BATCH) await Promise.all(inFlight.splice(0));
		},
		addFromDisk(path, glob, what) {
			const added = index.addDirectory({ path, glob }).then(check(what));
			// Awaited by bundle(); until then a failure must not crash the process.
			added.catch(() => {});
			fromDisk.push(added);
		},
		async bundle(outputPath) {
			await Promise.all([...inFlight.splice(0), ...fromDisk.splice(0)]);
			const written = await index.writeFiles({ outputPath });
			if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
			await index.deleteIndex();
		},
		vocabularyFiles() {
			// Words in order, so the same content always gives the same files, whatever order pages came in.
			const sorted = (shard: Vocabulary) => Object.fromEntries(Object.entries(shard).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
			return new Map(
				[...vocabularies].flatMap(([path, vocabulary]) =>
					Object.entries(vocabulary).map(([key, shard]) => [
						`${path ? `/${path}` : ''}${VOCABULARY_PATH}${key}.json`,
						new TextEncoder().encode(JSON.stringify(sorted(shard))),
					]),
				),
			);
		},
		pages: () => count,
		languages,
	};
}

/** Where a page of the dev index is written for Pagefind: `/nl/faq/x/` → `<folder>/nl/faq/x/index.html`. */
function pageFile(folder: string, url: string): string {
	const file = join(folder, url, 'index.html');
	if (!file.startsWith(folder + sep)) throw new Error(`${url} is not a page address`);
	return file;
}

/** Site paths of the FAQ pages of a build output folder, in every language. */
async function faqPaths(outDir: string, languages: readonly IndexLanguage[]): Promise<string[]> {
	const paths: string[] = [];
	for (const language of languages) {
		const folder = join(outDir, language.path, 'faq');
		for (const entry of await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []))
			if (entry.isFile() && entry.name === 'index.html') paths.push(toSitePath(outDir, join(entry.parentPath, entry.name)));
	}
	return paths;
}

/** The pages at these site paths of a build output folder, read a batch at a time. */
async function* readPages(outDir: string, paths: string[]): AsyncIterable<PageToIndex> {
	for (let start = 0; start < paths.length; start += WRITE_BATCH) {
		const batch = paths.slice(start, start + WRITE_BATCH);
		const htmls = await Promise.all(batch.map((path) => readFile(join(outDir, path, 'index.html'), 'utf8')));
		for (const [i, url] of batch.entries()) yield { url, html: htmls[i] };
	}
}

/** The searchable pages of `astro dev`: one per article and FAQ group file, in every language. */
async function devPageUrls(contentDir: string, languages: readonly IndexLanguage[]): Promise<string[]> {
	const urls: string[] = [];
	for (const { code, path } of languages) {
		const prefix = path ? `/${path}` : '';
		urls.push(...(await list(join(contentDir, 'articles', code), '.mdx')).map((slug) => `${prefix}/articles/${slug}/`));
		urls.push(...(await list(join(contentDir, 'faq', code), '.yaml')).map((id) => `${prefix}/faq/${id}/`));
	}
	return urls;
}

/**
 * The searchable pages an article or FAQ group file shows in (`articles/nl/x.mdx` → `/nl/articles/x/`);
 * a default-language file in every language, as translations take their category and stage from it.
 * Undefined for any other file.
 */
export function pagesOfFile(file: string, languages: readonly IndexLanguage[]): string[] | undefined {
	const match = /^(articles|faq)\/([^/]+)\/([^/]+)\.(mdx|yaml)$/.exec(file.split(sep).join('/'));
	const language = languages.find((candidate) => candidate.code === match?.[2]);
	if (!match || !language || (match[1] === 'articles') !== (match[4] === 'mdx')) return undefined;
	return (language.path ? [language] : languages).map(({ path }) => `${path ? `/${path}` : ''}/${match[1]}/${match[3]}/`);
}

async function list(folder: string, extension: string): Promise<string[]> {
	try {
		return (await readdir(folder)).filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length));
	} catch {
		return [];
	}
}

function seconds(started: number): string {
	return ((performance.now() - started) / 1000).toFixed(1);
}
