/**
 * `npm run bench:search -- --articles 10000`: measures search on a synthetic help center against Pagefind
 * alone. Generates the content (scripts/generate-corpus.ts), builds it through KB_CONTENT_DIR, then in
 * headless Chromium on loopback measures what the first search transfers and the time from the last
 * keystroke to rendered results over a fixed list of queries, and the same for a plain `pagefind.search()`
 * with its result fragments on the same index; prints both and the budgets' ratios
 * (scripts/lib/search-budget.ts). `--dist <folder>` reuses a build; `--language nl` searches from a page in
 * that language and counts requests for another language's index.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveSite } from './lib/chromium.ts';
import { compareWithPagefind, EXTRA_FIRST_SEARCH_BYTES, MAX_LATENCY_RATIO } from './lib/search-budget.ts';
import { RESULT_LIMIT } from '../src/lib/search/limits.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '10000' },
		dist: { type: 'string' },
		typing: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		language: { type: 'string', default: '' },
	},
});
const languagePath = values.language ? `/${values.language}` : '';
const QUERIES = [
	'refund',
	'where is my parcel',
	'pasword',
	'return tent',
	'gift card',
	'delivery time',
	'warranty',
	'exchange size',
	'battery',
	'cancel order',
	'invoice',
	'sleeping bag',
	'discount code',
	'how do I return my backpack',
	'tracking',
	'store pickup',
	'repair',
	'headlamp',
	'customs',
	'subscription',
];

let dist = values.dist;
let buildSeconds: number | undefined;
if (!dist) {
	const content = `/tmp/answerkit-bench-${values.articles}`;
	dist = join(root, `.test-builds/bench-${values.articles}`);
	run(['scripts/generate-corpus.ts', '--articles', values.articles!, '--out', content]);
	const started = performance.now();
	run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
		KB_CONTENT_DIR: content,
		ASTRO_TELEMETRY_DISABLED: '1',
	});
	buildSeconds = (performance.now() - started) / 1000;
}

const site = await serveSite(dist);
const browser = await launchChromium();
const page = await browser.newPage();
const article = new RegExp(`<loc>[^<]*?(${languagePath}/articles/[^<]+)</loc>`).exec(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'))![1];
await page.goto(`${site.origin}${article}`);
await page.waitForLoadState('networkidle');

// Bytes: what focusing the search field loads (search code, Pagefind and its metadata), then what the
// first query adds (index chunks, result fragments, vocabulary), gzip-sized for text types
// (Pagefind's own files are compressed already).
const fetched: string[] = [];
page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
const bytesOf = (paths: string[]) =>
	paths.reduce((sum, path) => {
		const file = join(dist!, path.endsWith('/') ? `${path}index.html` : path);
		try {
			const bytes = readFileSync(file);
			return sum + (/\.(js|json|css|html)$/.test(file) ? gzipSync(bytes).length : statSync(file).size);
		} catch {
			return sum;
		}
	}, 0);
await page.evaluate(() => {
	const input = document.querySelector<HTMLInputElement>('#header-search')!;
	const w = window as unknown as { lastInput: number; timings: number[] };
	w.timings = [];
	input.addEventListener('input', () => (w.lastInput = performance.now()));
	document.addEventListener('kb-search-rendered', () => w.timings.push(performance.now() - w.lastInput));
});
await page.locator('#header-search').focus();
await page.waitForLoadState('networkidle');
await page.waitForTimeout(500);
const onFocus = bytesOf(fetched);
const onFocusRequests = fetched.length;
await page.locator('#header-search').fill(QUERIES[0]);
await page.waitForFunction(() => (window as unknown as { timings: number[] }).timings.length > 0);
await page.waitForLoadState('networkidle');
const firstQueryPaths = fetched.slice(onFocusRequests);
const firstQuery = bytesOf(firstQueryPaths);
const transferred = onFocus + firstQuery;
const firstQueryRequests = fetched.length;
// Pagefind's files of another language's index (`pagefind.<lang>_….pf_meta`, `index/<lang>_….pf_index`), and
// typo vocabulary from another language's search page.
const language = values.language || (/<html lang="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? 'en');
const otherLanguageRequests = fetched.filter(
	(path) =>
		(/\/pagefind\/(index\/|pagefind\.)[a-z-]+_/.test(path) && !new RegExp(`/pagefind/(index/|pagefind\\.)${language}_`).test(path)) ||
		(path.includes('/search/') && !path.startsWith(`${languagePath}/search/`) && !path.startsWith('/pagefind/')),
).length;

// Keystroke → rendered results. By default each query arrives as one input event (as if pasted), so
// nothing of it was fetched while typing: stricter than typing. `--typing` types letter by letter
// (a keystroke every 120 ms) and times the last keystroke.
const timings: number[] = [];
for (const query of QUERIES.slice(1)) {
	await page.locator('#header-search').fill('');
	await page.evaluate(() => ((window as unknown as { timings: number[] }).timings = []));
	if (values.typing) await page.locator('#header-search').pressSequentially(query, { delay: 120 });
	else await page.locator('#header-search').fill(query);
	await page.waitForFunction(
		(q) =>
			document.querySelector<HTMLInputElement>('#header-search')!.value === q &&
			(window as unknown as { timings: number[] }).timings.length > 0,
		query,
	);
	await page.waitForTimeout(values.typing ? 500 : 0);
	timings.push(await page.evaluate(() => (window as unknown as { timings: number[] }).timings.at(-1)!));
}
await page.context().close();

// Pagefind alone, in a fresh context on the same page: a plain `pagefind.search()` of the same queries and the
// fragments of as many results as ours shows, what any Pagefind site pays. The budgets are relative to it.
const alone = await (await browser.newContext()).newPage();
await alone.goto(`${site.origin}${article}`);
await alone.waitForLoadState('networkidle');
const aloneFetched: string[] = [];
alone.on('request', (request) => aloneFetched.push(new URL(request.url()).pathname));
type Timed = { search(query: string): Promise<number> };
await alone.evaluate(
	async ({ url, limit }) => {
		const pagefind = await import(url);
		await pagefind.init();
		(window as unknown as { timed: Timed }).timed = {
			async search(query: string) {
				const started = performance.now();
				const found = await pagefind.search(query);
				await Promise.all(found.results.slice(0, limit).map((result: { data(): Promise<unknown> }) => result.data()));
				return performance.now() - started;
			},
		};
	},
	{ url: '/pagefind/pagefind.js', limit: RESULT_LIMIT },
);
await alone.evaluate((query) => (window as unknown as { timed: Timed }).timed.search(query), QUERIES[0]);
await alone.waitForLoadState('networkidle');
const pagefindFirstSearch = bytesOf(aloneFetched);
const pagefindTimings: number[] = [];
for (const query of QUERIES.slice(1))
	pagefindTimings.push(await alone.evaluate((q) => (window as unknown as { timed: Timed }).timed.search(q), query));
await browser.close();
await site.close();

const comparison = compareWithPagefind(
	{ firstSearchBytes: transferred, timings },
	{ firstSearchBytes: pagefindFirstSearch, timings: pagefindTimings },
);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (side: { median: number; p95: number }) => `${side.median.toFixed(0)} ms (p95 ${side.p95.toFixed(0)} ms)`;
const rows: [string, string, string, boolean][] = [
	['Articles', values.dist ? '(existing build)' : values.articles!, '', true],
	['Build (total)', buildSeconds ? `${buildSeconds.toFixed(1)} s` : 'n/a', '', true],
	['Focus: search code + index metadata', `${kb(onFocus)} in ${onFocusRequests} requests`, '', true],
	['First query: index chunks + results', `${kb(firstQuery)} in ${firstQueryPaths.length} requests`, '', true],
	['First search, all of it (focus + query)', `${kb(transferred)} in ${firstQueryRequests} requests`, '', true],
	['  Pagefind alone, same query', kb(pagefindFirstSearch), '', true],
	['  ours − Pagefind alone', kb(comparison.extraBytes), `≤ ${kb(EXTRA_FIRST_SEARCH_BYTES)}`, comparison.bytesWithinBudget],
	["Requests for another language's index", String(otherLanguageRequests), '0', otherLanguageRequests === 0],
	[`Keystroke → results, ${values.typing ? 'typing' : 'pasted'} (median of ${timings.length})`, ms(comparison.ours), '', true],
	['  Pagefind alone: search + fragments', ms(comparison.pagefind), '', true],
	[
		'  ours / Pagefind alone (medians)',
		`${comparison.latencyRatio.toFixed(2)}×`,
		`≤ ${MAX_LATENCY_RATIO}×`,
		comparison.latencyWithinBudget,
	],
];
if (values.json) {
	// For `npm run bench`, which prints one table for all sizes.
	console.log(JSON.stringify({ onFocus, firstQuery, transferred, requests: firstQueryRequests, otherLanguageRequests, comparison }));
} else {
	for (const [name, value, limit, ok] of rows)
		console.log(`${name.padEnd(42)} ${value.padEnd(34)} ${limit} ${limit ? (ok ? '✓' : '✗ OVER BUDGET') : ''}`);
	if (rows.some((row) => !row[3])) process.exitCode = 1;
}

function run(args: string[], env: Record<string, string> = {}): string {
	const result = spawnSync(process.execPath, args, {
		cwd: root,
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
	return `${result.stdout}${result.stderr}`;
}
