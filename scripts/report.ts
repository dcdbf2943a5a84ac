/**
 * `npm run report [-- --events FILE… --out DIR]`: what customers searched for and did not find, which
 * answers failed them, and the content's health, as a static HTML page and a Markdown summary for an
 * issue or pull request. Reads the exports of the analytics tool the shop runs (see docs/analytics.md)
 * and the content, through a build of the site. Without an export it reports content health only.
 * Nothing is written unless the whole report could be made.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { healthSummary } from '../src/lib/content-health.ts';
import { contentDir, projectRoot } from '../src/lib/content-dir.ts';
import { parse } from 'yaml';
import { buildOrExit } from './lib/built-site.ts';
import { analyze } from './lib/report/analyze.ts';
import { ExportError, mergeTally, readExport, tallyEvents, ALL_PAGES, type ReadExport } from './lib/report/exports.ts';
import { renderHtml } from './lib/report/html.ts';
import { renderMarkdown } from './lib/report/markdown.ts';
import { emptyTally, type ReportContent } from './lib/report/model.ts';

const { values, positionals } = parseArgs({
	options: { events: { type: 'string', multiple: true }, out: { type: 'string' } },
	allowPositionals: true,
});
// `--events a.csv b.zip`: the files after the first are positionals.
const eventFiles = [...(values.events ?? []), ...positionals];
const out = resolve(values.out ?? join(projectRoot, 'reports'));

function fail(message: string): never {
	console.error(message);
	console.error('No report was written.');
	process.exit(1);
}

// Exports first: a wrong file is reported before the build's wait.
const exports: { file: string; read: ReadExport }[] = [];
for (const file of eventFiles) {
	try {
		exports.push({ file, read: readExport(file) });
	} catch (error) {
		if (error instanceof ExportError) fail(error.message);
		throw error;
	}
}

// Another site's export is refused before the build's wait too, where the export names its host.
const siteUrl = String(parse(readFileSync(join(contentDir(), 'settings/site.yaml'), 'utf8'))?.url ?? '');
for (const { file, read } of exports) checkHost(file, read, siteUrl);

console.log('Reading the content (a build of the site)…');
// Astro wants the output inside the project (see tests/helpers/build.ts); it is removed right after.
const work = join(projectRoot, '.report-builds', String(process.pid));
let content: ReportContent;
try {
	const data = join(work, 'content.json');
	mkdirSync(work, { recursive: true });
	buildOrExit({ outDir: join(work, 'site'), env: { KB_REPORT_DATA: data } });
	content = JSON.parse(readFileSync(data, 'utf8'));
} finally {
	rmSync(work, { recursive: true, force: true });
}

const tally = emptyTally();
for (const { file, read } of exports) {
	checkPages(file, read, content);
	const counted = tallyEvents(read.events, read.tally);
	const size = read.rows === undefined ? `${read.events.length} events` : `${read.rows} rows of counts`;
	counted.sources.push(`${file}: ${read.format}, ${size}`);
	mergeTally(tally, counted);
}

const findings = analyze(content, tally, exports.length > 0);
const staging = `${out}.writing-${process.pid}`;
try {
	mkdirSync(staging, { recursive: true });
	writeFileSync(join(staging, 'index.html'), renderHtml(findings));
	writeFileSync(join(staging, 'summary.md'), renderMarkdown(findings));
	mkdirSync(out, { recursive: true });
	for (const name of ['index.html', 'summary.md']) renameSync(join(staging, name), join(out, name));
} finally {
	rmSync(staging, { recursive: true, force: true });
}

console.log(`Content health: ${healthSummary(content.health)}.`);
if (exports.length === 0) console.log('No analytics export given (--events FILE): the report shows content health only.');
else
	console.log(
		`${counted(findings.noResultSearches.length, 'search', 'searches')} without results, ${counted(findings.searchesWithoutClick.length, 'search', 'searches')} nobody opened a result of, ${counted(findings.helpfulness.length, 'page', 'pages')} with votes.`,
	);
console.log(`Report: ${join(out, 'index.html')}\nSummary for an issue or pull request: ${join(out, 'summary.md')}`);

/** Refuses an export that names only other sites' host names (Umami, Matomo, Plausible's file name). */
function checkHost(file: string, read: ReadExport, siteUrl: string) {
	const host = URL.canParse(siteUrl) ? new URL(siteUrl).hostname : undefined;
	if (host && read.hosts.length > 0 && !read.hosts.includes(host))
		fail(`${file}: is an export of ${read.hosts.join(', ')}, not of this help center (${host}, the url in settings/site.yaml).`);
}

/** Refuses an export whose article and FAQ pages are none of this help center's. */
function checkPages(file: string, read: ReadExport, content: ReportContent) {
	const known = new Set([
		...content.articles.flatMap((article) => [article.url, article.shortUrl]),
		...content.faqQuestions.map((question) => question.url.replace(/#.*$/, '')),
	]);
	const contentPages = read.pages.filter((page) => page !== ALL_PAGES && /\/(articles|faq|a)\//.test(page));
	if (contentPages.length > 0 && !contentPages.some((page) => known.has(page.replace(/[?#].*$/, ''))))
		fail(
			`${file}: none of its ${contentPages.length} article and FAQ pages (e.g. ${contentPages[0]}) is a page of this help center: is it an export of another site?`,
		);
}

/** "1 search", "2 searches". */
function counted(count: number, one: string, other: string): string {
	return `${count} ${count === 1 ? one : other}`;
}
