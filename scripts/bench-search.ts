/**
 * `npm run bench:search -- --articles 10000`: measures search on a synthetic help center.
 * Generates the content (scripts/generate-corpus.ts), builds it through KB_CONTENT_DIR, then in
 * headless Chromium on loopback measures what the first query transfers and the time from the last
 * keystroke to rendered results over a fixed list of queries. `--dist <folder>` reuses a build;
 * `--language nl` searches from a page in that language and counts requests for another language's index.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveSite } from './lib/chromium.ts';

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
/** Budgets from the search issue. */
const BUDGET = { firstQueryBytes: 150 * 1024, renderMs: 150, indexSeconds: 40 };

let dist = values.dist;
let indexSeconds: number | undefined;
let buildSeconds: number | undefined;
if (!dist) {
	const content = `/tmp/answerkit-bench-${values.articles}`;
	dist = join(root, `.test-builds/bench-${values.articles}`);
	run(['scripts/generate-corpus.ts', '--articles', values.articles!, '--out', content]);
	const started = performance.now();
	const build = run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
		KB_CONTENT_DIR: content,
		ASTRO_TELEMETRY_DISABLED: '1',
	});
	buildSeconds = (performance.now() - started) / 1000;
	indexSeconds = Number(/search-index\] indexed .* in ([\d.]+) s/.exec(build)?.[1]);
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
await browser.close();
await site.close();

timings.sort((a, b) => a - b);
const median = timings[Math.floor(timings.length / 2)];
const p95 = timings[Math.min(timings.length - 1, Math.ceil(timings.length * 0.95) - 1)];
const rows: [string, string, string, boolean][] = [
	['Articles', values.dist ? '(existing build)' : values.articles!, '', true],
	['Build (total)', buildSeconds ? `${buildSeconds.toFixed(1)} s` : 'n/a', '', true],
	[
		'Indexing (part of the build)',
		indexSeconds ? `${indexSeconds.toFixed(1)} s` : 'n/a',
		`≤ ${BUDGET.indexSeconds} s`,
		!indexSeconds || indexSeconds <= BUDGET.indexSeconds,
	],
	['Focus: search code + index metadata', `${(onFocus / 1024).toFixed(1)} KB in ${onFocusRequests} requests`, '', true],
	['First query: index chunks + results', `${(firstQuery / 1024).toFixed(1)} KB in ${firstQueryPaths.length} requests`, '', true],
	[
		'First search, all of it (focus + query)',
		`${(transferred / 1024).toFixed(1)} KB in ${firstQueryRequests} requests`,
		`≤ ${BUDGET.firstQueryBytes / 1024} KB`,
		transferred <= BUDGET.firstQueryBytes,
	],
	["Requests for another language's index", String(otherLanguageRequests), '0', otherLanguageRequests === 0],
	[
		`Keystroke → results, ${values.typing ? 'typing' : 'pasted'} (median of ${timings.length})`,
		`${median.toFixed(0)} ms (p95 ${p95.toFixed(0)} ms)`,
		`≤ ${BUDGET.renderMs} ms`,
		median <= BUDGET.renderMs,
	],
];
if (values.json) {
	// For `npm run bench`, which prints one table for all sizes.
	console.log(
		JSON.stringify({
			onFocus,
			firstQuery,
			transferred,
			requests: firstQueryRequests,
			otherLanguageRequests,
			median,
			p95,
			queries: timings.length,
		}),
	);
} else {
	for (const [name, value, limit, ok] of rows)
		console.log(`${name.padEnd(40)} ${value.padEnd(34)} ${limit} ${limit ? (ok ? '✓' : '✗ OVER BUDGET') : ''}`);
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
