/**
 * `npm run bench [-- --sizes 1000,10000]`: builds synthetic help centers of each size
 * (scripts/generate-corpus.ts, deterministic) through KB_CONTENT_DIR and prints one table: build time
 * (rendering and indexing apart), pages per second, peak memory, output size in all and per page, index
 * size, and the search figures of scripts/bench-search.ts (first-query bytes, keystroke → results).
 * Targets (issue 6, not enforced: machines are noisy): 10k built and indexed ≤ 90 s, ≤ 4 GB, 10k/1k ≤ 11.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes!.split(',').map(Number);

interface Row {
	articles: number;
	buildSeconds: number;
	indexSeconds: number;
	/** From the pages being written to the end: link check, _headers and search index (Pagefind alongside the checks). */
	afterPagesSeconds: number;
	pages: number;
	peakBytes: number;
	outputBytes: number;
	indexBytes: number;
	search: { transferred: number; median: number; p95: number };
}

const rows: Row[] = [];
for (const articles of sizes) {
	const work = mkdtempSync(join(tmpdir(), `answerkit-bench-${articles}-`));
	const content = join(work, 'content');
	const dist = join(root, `.test-builds/bench-${articles}`);
	const memoryFile = join(work, 'peak-memory');
	run(['scripts/generate-corpus.ts', '--articles', String(articles), '--out', content]);
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
	const search = JSON.parse(run(['scripts/bench-search.ts', '--dist', dist, '--json']).trim().split('\n').at(-1)!);
	rows.push({
		articles,
		buildSeconds,
		indexSeconds: Number(/search-index\] indexed \d+ pages, ([\d.]+) s after/.exec(log)?.[1] ?? NaN),
		afterPagesSeconds: secondsAfterPages(log),
		pages: files.filter((file) => file.endsWith('.html')).length,
		peakBytes: Number(readFileSync(memoryFile, 'utf8')),
		outputBytes: size(files),
		indexBytes: size(files.filter((file) => file.startsWith('pagefind'))),
		search,
	});
	rmSync(work, { recursive: true, force: true });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table: [string, ...string[]][] = [
	['articles', ...rows.map((r) => String(r.articles))],
	['build, total', ...rows.map((r) => `${r.buildSeconds.toFixed(1)} s`)],
	['  rendering (content, bundling, pages)', ...rows.map((r) => `${(r.buildSeconds - r.afterPagesSeconds).toFixed(1)} s`)],
	['  then link check and search index', ...rows.map((r) => `${r.afterPagesSeconds.toFixed(0)} s`)],
	['    search index done (articles indexed while rendering)', ...rows.map((r) => `${r.indexSeconds.toFixed(1)} s after the pages`)],
	['pages per second', ...rows.map((r) => (r.pages / r.buildSeconds).toFixed(0))],
	['peak memory (build process)', ...rows.map((r) => mb(r.peakBytes))],
	['output (without /admin/)', ...rows.map((r) => `${mb(r.outputBytes)}, ${kb(r.outputBytes / r.pages)} per page`)],
	['search index', ...rows.map((r) => mb(r.indexBytes))],
	['first search transfers', ...rows.map((r) => kb(r.search.transferred))],
	['keystroke → results (median, p95)', ...rows.map((r) => `${r.search.median.toFixed(0)} ms, ${r.search.p95.toFixed(0)} ms`)],
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.version}`);
for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
const [small, large] = [rows.find((r) => r.articles === 1000), rows.find((r) => r.articles === 10000)];
if (small && large) console.log(`\n10k/1k build time ratio: ${(large.buildSeconds / small.buildSeconds).toFixed(1)} (target ≤ 11)`);

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
