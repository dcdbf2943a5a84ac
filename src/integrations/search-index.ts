import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search/index-page';
import { countWords, type Vocabulary } from '../lib/search/vocabulary';

/** Where the typo-correction vocabulary shards are served from. */
export const VOCABULARY_PATH = '/search/vocabulary/';
/** Where Pagefind's bundle is served from. */
export const PAGEFIND_PATH = '/pagefind/';

/** Files of Pagefind's bundle this site never loads (its prebuilt UIs). */
const UNUSED_BUNDLE_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css'];

/** How many pages are handed to Pagefind at once. */
const INDEX_BATCH = 64;
/** How many files are read or written at once. */
const WRITE_BATCH = 128;

/** A built search index: every file to serve, by site path. */
export interface SearchIndexFiles {
	files: Map<string, Uint8Array>;
	pages: number;
}

/**
 * Search for the whole site. In `astro build`, indexes the finished pages (articles and FAQ: their
 * `data-pagefind-body`) into dist/. In `astro dev`, indexes the pages the dev server renders, serves
 * the index from memory and rebuilds it when anything in the content folder changes.
 *
 * Two integrations: `indexing` starts indexing when the build is done and `written` waits for it. Other
 * integrations placed between them (the link check, `_headers`) run while Pagefind indexes in its own
 * process, which saves a 10,000-article build several seconds.
 */
export function searchIndex(options: { locale: string; contentDir: string }): { indexing: AstroIntegration; written: AstroIntegration } {
	let devIndex: SearchIndexFiles | undefined;
	let building: Promise<void> | undefined;
	const indexing: AstroIntegration = {
		name: 'answerkit:search-index',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				building = writeSearchIndex(fileURLToPath(dir), options.locale, logger);
				// Awaited by `written`; if a check in between fails the build, this must not crash the process too.
				building.catch(() => {});
			},
			'astro:server:setup': ({ server, logger }) => {
				server.middlewares.use((request, response, next) => {
					const path = decodeURIComponent((request.url ?? '').split('?')[0]);
					const file = devIndex?.files.get(path);
					if (!file || !(path.startsWith(PAGEFIND_PATH) || path.startsWith(VOCABULARY_PATH))) return next();
					response.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
					response.setHeader('Cache-Control', 'no-store');
					response.end(file);
				});
				let origin: string | undefined;
				let timer: ReturnType<typeof setTimeout> | undefined;
				let running = Promise.resolve();
				const rebuild = () => {
					if (!origin) return;
					const from = origin;
					running = running.then(async () => {
						const started = performance.now();
						try {
							devIndex = await buildSearchIndex(devPages(from, options.contentDir), options.locale);
							logger.info(`search index: ${devIndex.pages} pages in ${seconds(started)} s`);
						} catch (error) {
							logger.warn(`search index not rebuilt: ${(error as Error).message}`);
						}
					});
				};
				server.httpServer?.once('listening', () => {
					const address = server.httpServer?.address();
					if (address && typeof address === 'object') origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
					rebuild();
				});
				server.watcher.on('all', (_event, path) => {
					if (!path.startsWith(options.contentDir)) return;
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

/** Indexes a finished build in `outDir` and writes the bundle and the vocabulary into it. */
async function writeSearchIndex(outDir: string, locale: string, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	// Articles need no rewriting, so Pagefind reads them from disk itself (much faster than sending them),
	// and writes its bundle itself too; only the vocabulary comes back to be written here.
	const index = await buildSearchIndex(builtPages(outDir), locale, { read: { path: outDir, glob: ARTICLE_GLOB }, write: join(outDir, PAGEFIND_PATH) });
	const files = [...index.files].map(([path, content]) => [join(outDir, path), content] as const);
	for (const folder of new Set(files.map(([file]) => dirname(file)))) await mkdir(folder, { recursive: true });
	// Thousands of small fragment files: write a batch at a time (all at once runs out of file handles).
	for (let start = 0; start < files.length; start += WRITE_BATCH) {
		await Promise.all(files.slice(start, start + WRITE_BATCH).map(([file, content]) => writeFile(file, content)));
	}
	// Pagefind also writes its ready-made UIs; this site has its own, so they would only be dead weight.
	await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(outDir, PAGEFIND_PATH, name), { force: true })));
	await pagefind.close();
	logger.info(`indexed ${index.pages} pages in ${seconds(started)} s`);
}

/** A page to index; `onDisk` when Pagefind already read it from the directory passed to buildSearchIndex. */
interface PageToIndex {
	url: string;
	html: string;
	onDisk?: boolean;
}

/**
 * Indexes pages into Pagefind's bundle plus the vocabulary shards. Pages in `disk.read` (matching its
 * glob) are read by Pagefind from disk; they still pass through here for the vocabulary.
 * With `disk.write`, Pagefind writes its bundle there and `files` holds only the vocabulary;
 * otherwise everything stays in memory (for the dev server).
 */
export async function buildSearchIndex(pages: AsyncIterable<PageToIndex>, locale: string, disk: { read?: { path: string; glob: string }; write?: string } = {}): Promise<SearchIndexFiles> {
	const directory = disk.read;
	const language = locale.split('-')[0];
	const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	// Pagefind indexes the directory in its own process while this one reads the pages for the vocabulary.
	const directoryAdded = directory && index.addDirectory(directory);
	const vocabulary: Record<string, Vocabulary> = {};
	let count = 0;
	const addPage = async ({ url, html, onDisk }: PageToIndex) => {
		const page = prepareForIndex(html);
		if (!page) return;
		if (!onDisk) {
			const added = await index.addHTMLFile({ url, content: page.html });
			if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
		}
		count++;
		countWords(page.text, vocabulary);
	};
	// Pagefind's service indexes concurrently: keep a batch of pages in flight instead of one at a time.
	let batch: Promise<void>[] = [];
	for await (const page of pages) {
		batch.push(addPage(page));
		if (batch.length >= INDEX_BATCH) await Promise.all(batch.splice(0));
	}
	await Promise.all(batch);
	if (directoryAdded) {
		const added = await directoryAdded;
		if (added.errors.length) throw new Error(`Pagefind could not index ${directory.path}: ${added.errors.join('; ')}`);
	}
	const files = new Map<string, Uint8Array>();
	const bundle = disk.write ? index.writeFiles({ outputPath: disk.write }) : index.getFiles();
	// Serialised while Pagefind writes its bundle.
	for (const [key, shard] of Object.entries(vocabulary)) {
		files.set(`${VOCABULARY_PATH}${key}.json`, new TextEncoder().encode(JSON.stringify(shard)));
	}
	const written = await bundle;
	if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	if ('files' in written) for (const file of written.files) files.set(`${PAGEFIND_PATH}${file.path.replaceAll('\\', '/')}`, file.content);
	await index.deleteIndex();
	return { files, pages: count };
}

/** Article pages, which Pagefind reads from disk. */
const ARTICLE_GLOB = 'articles/**/*.html';

/** Folders of the output that hold searchable pages (as in devPages): articles and FAQ groups. */
const SEARCHABLE = /^(articles|faq)\//;

/** The searchable pages of a build output folder, with their site URLs, read a batch at a time. */
async function* builtPages(outDir: string): AsyncIterable<PageToIndex> {
	const paths = (await readdir(outDir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((path) => SEARCHABLE.test(path));
	for (let start = 0; start < paths.length; start += WRITE_BATCH) {
		const batch = paths.slice(start, start + WRITE_BATCH);
		const htmls = await Promise.all(batch.map((path) => readFile(join(outDir, path), 'utf8')));
		for (const [i, path] of batch.entries()) yield { url: `/${path}`.replace(/index\.html$/, ''), html: htmls[i], onDisk: path.startsWith('articles/') };
	}
}

/** The searchable pages as the dev server renders them: one per article and FAQ group file. */
async function* devPages(origin: string, contentDir: string): AsyncIterable<{ url: string; html: string }> {
	const urls = [
		...(await list(join(contentDir, 'articles'), '.mdx')).map((slug) => `/articles/${slug}/`),
		...(await list(join(contentDir, 'faq'), '.yaml')).map((id) => `/faq/${id}/`),
	];
	for (const url of urls) {
		const response = await fetch(`${origin}${url}`);
		if (response.ok) yield { url, html: await response.text() };
	}
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
