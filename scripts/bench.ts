/**
 * `npm run bench [-- --sizes 1000,10000]`: builds synthetic help centers of each size
 * (scripts/generate-corpus.ts, deterministic) through KB_CONTENT_DIR and prints one table: build time
 * (rendering and indexing apart), pages per second, peak memory, output size in all and per page, index
 * size, and the search figures of scripts/bench-search.ts against Pagefind alone (first-search bytes,
 * keystroke → results). Targets (the scale issue; marked, not enforced: machines are noisy): 10k built,
 * checked and indexed ≤ 45 s with ≤ 1.5 GB; first search ≤ Pagefind's own + 25 KB; median keystroke →
 * results ≤ 1.25× Pagefind's own search + fragments. Then `astro dev` on the same content (scripts/lib/dev-server-bench.ts):
 * the first article page, warm article pages (10k ≤ 300 ms), an edit until its page shows it, the dev search index.
 * With 1,000 in the sizes, also the same 1,000 articles in three languages, a third translated into each
 * (issue 15): build time ≤ 1.5× the one-language build, output grown by the translated pages only, and
 * the first search on a Dutch page ≤ Pagefind's own on that page + 25 KB, with nothing of another language's index.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureDevServer, type DevServerFigures } from './lib/dev-server-bench.ts';
import { EXTRA_FIRST_SEARCH_BYTES, MAX_LATENCY_RATIO, type SearchComparison } from './lib/search-budget.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes!.split(',').map(Number);

interface Row {
	articles: number;
	/** `--translated` share given to the corpus generator (0: one language). */
	translated: number;
	buildSeconds: number;
	indexSeconds: number;
	/** From the pages being written to the end: link check, _headers and search index (Pagefind alongside the checks). */
	afterPagesSeconds: number;
	pages: number;
	peakBytes: number;
	outputBytes: number;
	indexBytes: number;
	search: { transferred: number; otherLanguageRequests: number; comparison: SearchComparison };
	/** The build again with one article changed, as a writer's next build (one-language sites only). */
	secondBuildSeconds: number;
	/** `astro dev` on the same content (one-language sites only). */
	dev?: DevServerFigures;
}

const rows: Row[] = [];
const builds = [
	...sizes.map((articles) => ({ articles, translated: 0 })),
	...(sizes.includes(1000) ? [{ articles: 1000, translated: 0.34 }] : []),
];
for (const { articles, translated } of builds) {
	const name = `${articles}${translated ? '-translated' : ''}`;
	const work = mkdtempSync(join(tmpdir(), `answerkit-bench-${name}-`));
	const content = join(work, 'content');
	const dist = join(root, `.test-builds/bench-${name}`);
	const memoryFile = join(work, 'peak-memory');
	run(['scripts/generate-corpus.ts', '--articles', String(articles), '--translated', String(translated), '--out', content]);
	// A cold build: nothing left in the output folder from before (Astro spends seconds emptying a 10k site's),
	// and a content cache of its own (astro.config.mjs names it after the content folder), removed afterwards.
	rmSync(dist, { recursive: true, force: true });
	const caches = join(root, 'node_modules/.astro');
	const cachesBefore = new Set(existsSync(caches) ? readdirSync(caches) : []);
	const started = performance.now();
	const log = run(
		['--import', './scripts/lib/report-peak-memory.mjs', join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
		{
			KB_CONTENT_DIR: content,
			KB_PEAK_MEMORY_FILE: memoryFile,
			ASTRO_TELEMETRY_DISABLED: '1',
		},
	);
	const buildSeconds = (performance.now() - started) / 1000;
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
		(file) => !file.startsWith('admin') && statSync(join(dist, file)).isFile(),
	);
	const size = (list: string[]) => list.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
	const language = translated ? ['--language', 'nl'] : [];
	const search = JSON.parse(
		run(['scripts/bench-search.ts', '--dist', dist, '--json', ...language])
			.trim()
			.split('\n')
			.at(-1)!,
	);
	rows.push({
		articles,
		translated,
		buildSeconds,
		indexSeconds: Number(/search-index\] indexed \d+ pages, ([\d.]+) s after/.exec(log)?.[1] ?? NaN),
		afterPagesSeconds: secondsAfterPages(log),
		pages: files.filter((file) => file.endsWith('.html')).length,
		peakBytes: Number(readFileSync(memoryFile, 'utf8')),
		outputBytes: size(files),
		indexBytes: size(files.filter((file) => file.startsWith('pagefind'))),
		search,
		dev: translated ? undefined : await measureDevServer(root, content),
		secondBuildSeconds: translated ? NaN : secondBuild(content, dist),
	});
	rmSync(work, { recursive: true, force: true });
	for (const cache of readdirSync(caches)) if (!cachesBefore.has(cache)) rmSync(join(caches, cache), { recursive: true, force: true });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const check = (ok: boolean) => (ok ? '✓' : '✗ OVER BUDGET');
const milliseconds = (side: { median: number; p95: number }) => `${side.median.toFixed(0)} ms, ${side.p95.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const oneLanguage = rows.filter((r) => !r.translated);
const table: [string, ...string[]][] = [
	['articles', ...oneLanguage.map((r) => String(r.articles))],
	[
		'build, total (10k ≤ 45 s)',
		...oneLanguage.map((r) => `${r.buildSeconds.toFixed(1)} s${r.articles === 10000 ? ` ${check(r.buildSeconds <= 45)}` : ''}`),
	],
	[
		'  second build, one article changed (≤ 50 % of the first)',
		...oneLanguage.map(
			(r) =>
				`${r.secondBuildSeconds.toFixed(1)} s, ${((100 * r.secondBuildSeconds) / r.buildSeconds).toFixed(0)} % ${check(r.secondBuildSeconds <= r.buildSeconds / 2)}`,
		),
	],
	['  rendering (content, bundling, pages)', ...oneLanguage.map((r) => `${(r.buildSeconds - r.afterPagesSeconds).toFixed(1)} s`)],
	['  then link check and search index', ...oneLanguage.map((r) => `${r.afterPagesSeconds.toFixed(0)} s`)],
	['    search index done (articles indexed while rendering)', ...oneLanguage.map((r) => `${r.indexSeconds.toFixed(1)} s after the pages`)],
	['pages per second', ...oneLanguage.map((r) => (r.pages / r.buildSeconds).toFixed(0))],
	[
		'peak memory, build process (10k ≤ 1.5 GB)',
		...oneLanguage.map((r) => `${mb(r.peakBytes)}${r.articles === 10000 ? ` ${check(r.peakBytes <= 1.5 * 1024 ** 3)}` : ''}`),
	],
	['output (without /admin/)', ...oneLanguage.map((r) => `${mb(r.outputBytes)}, ${kb(r.outputBytes / r.pages)} per page`)],
	['search index', ...oneLanguage.map((r) => mb(r.indexBytes))],
	['first search transfers', ...oneLanguage.map((r) => kb(r.search.transferred))],
	['  Pagefind alone, same search', ...oneLanguage.map((r) => kb(r.search.comparison.pagefind.firstSearchBytes))],
	[
		`  ours − Pagefind alone (≤ ${kb(EXTRA_FIRST_SEARCH_BYTES)})`,
		...oneLanguage.map((r) => `${kb(r.search.comparison.extraBytes)} ${check(r.search.comparison.bytesWithinBudget)}`),
	],
	['keystroke → results (median, p95)', ...oneLanguage.map((r) => milliseconds(r.search.comparison.ours))],
	['  Pagefind alone: search + fragments', ...oneLanguage.map((r) => milliseconds(r.search.comparison.pagefind))],
	[
		`  ours / Pagefind alone, medians (≤ ${MAX_LATENCY_RATIO}×)`,
		...oneLanguage.map((r) => `${r.search.comparison.latencyRatio.toFixed(2)}× ${check(r.search.comparison.latencyWithinBudget)}`),
	],
	['dev server: first article page (knowledge base loaded)', ...oneLanguage.map((r) => `${r.dev!.firstPage.toFixed(0)} ms`)],
	[
		'  article page, warm (median, slowest; 10k ≤ 300 ms)',
		...oneLanguage.map(
			(r) =>
				`${r.dev!.warm.median.toFixed(0)} ms, ${r.dev!.warm.max.toFixed(0)} ms${r.articles === 10000 ? ` ${check(r.dev!.warm.median <= 300)}` : ''}`,
		),
	],
	['  an article edited: saved → shown on its page', ...oneLanguage.map((r) => `${r.dev!.editShown.toFixed(0)} ms`)],
	[
		'  search index: at start; after the edit',
		...oneLanguage.map(
			(r) =>
				`${r.dev!.indexSeconds.start.toFixed(1)} s; ${r.dev!.indexSeconds.afterEdit.toFixed(1)} s (${r.dev!.indexSeconds.renderedAgain} page rendered again)`,
		),
	],
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.version}`);
for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
const [small, large] = [oneLanguage.find((r) => r.articles === 1000), oneLanguage.find((r) => r.articles === 10000)];
if (small && large) console.log(`\n10k/1k build time ratio: ${(large.buildSeconds / small.buildSeconds).toFixed(1)} (target ≤ 11)`);
const languages = rows.find((r) => r.translated);
if (small && languages) {
	// Each translated article is one page per other language (2 languages × a third of the articles).
	const translatedPages = 2 * Math.floor(languages.articles / Math.round(1 / languages.translated));
	const ratio = languages.buildSeconds / small.buildSeconds;
	const grown = languages.outputBytes - small.outputBytes;
	console.log(`\n1,000 articles in 3 languages, a third translated into Dutch and into German (${translatedPages} translations):`);
	console.log(
		`  build ${languages.buildSeconds.toFixed(1)} s, ${ratio.toFixed(2)}× the one-language build (≤ 1.5×) ${check(ratio <= 1.5)}`,
	);
	console.log(
		`  output +${mb(grown)} (${languages.pages - small.pages} more pages): ${kb(grown / translatedPages)} per translation, ` +
			`against ${kb(small.outputBytes / small.pages)} per page of the one-language build`,
	);
	console.log(
		`  first search on a Dutch page ${kb(languages.search.transferred)}, Pagefind alone ${kb(languages.search.comparison.pagefind.firstSearchBytes)} ` +
			`(ours ≤ Pagefind + ${kb(EXTRA_FIRST_SEARCH_BYTES)}) ${check(languages.search.comparison.bytesWithinBudget)}, ` +
			`${languages.search.otherLanguageRequests} requests for another language's index ${check(languages.search.otherLanguageRequests === 0)}`,
	);
}

/** Changes one article and builds again into the same folder, with the content cache of the first build. */
function secondBuild(content: string, dist: string): number {
	const folder = join(content, 'articles', 'en');
	const file = join(
		folder,
		readdirSync(folder).find((name) => name.endsWith('.mdx'))!,
	);
	writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nOne more sentence for the second build.\n`);
	const started = performance.now();
	run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
		KB_CONTENT_DIR: content,
		ASTRO_TELEMETRY_DISABLED: '1',
	});
	return (performance.now() - started) / 1000;
}

/** Seconds between Astro's "[build] ✓ Completed" (every page written) and "Complete!", from the log's clock. */
function secondsAfterPages(log: string): number {
	const clock = (line: string | undefined) => {
		const [h, m, s] = (/^(\d\d):(\d\d):(\d\d)/.exec(line ?? '') ?? []).slice(1).map(Number);
		return h * 3600 + m * 60 + s;
	};
	const lines = log.split('\n');
	const pagesDone = lines.filter((line) => /\[build\] ✓ Completed in/.test(line)).at(-1);
	const done = lines.find((line) => /\[build\] Complete!/.test(line));
	return clock(done) - clock(pagesDone);
}

function run(args: string[], env: Record<string, string> = {}): string {
	const result = spawnSync(process.execPath, args, {
		cwd: root,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024,
	});
	if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
	return `${result.stdout}${result.stderr}`;
}
