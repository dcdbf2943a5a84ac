/**
 * `npm run budget`: builds the help center (or KB_CONTENT_DIR) twice and reports the budgets: build time
 * (the first build, with images encoded unless Astro's cache already has them), the time the second build
 * spends on unchanged images, article page weight (HTML + CSS + JS, gzipped), JS before interaction,
 * third-party requests, and output size per article. Exits non-zero when a budget is exceeded.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, sep } from 'node:path';
import { ARTICLE_BUDGET } from './lib/page-weight.ts';
import { projectRoot } from '../src/lib/content-dir.ts';
import { buildOrExit, builtPageWeight, DIST as dist } from './lib/built-site.ts';

const BUILD_BUDGET_SECONDS = 20;
/** What the help widget may load on a shop's page before the customer presses its button (issue 18). */
const WIDGET_LAUNCHER_BUDGET = 6 * 1024;
const REBUILD_IMAGES_BUDGET_SECONDS = 1;

// Cold for images: Astro keeps encoded images under node_modules/.astro/<content cache>/assets.
const astroCache = join(projectRoot, 'node_modules/.astro');
for (const cache of (existsSync(astroCache) ? readdirSync(astroCache, { withFileTypes: true }) : []).filter((entry) =>
	entry.isDirectory(),
)) {
	rmSync(join(astroCache, cache.name, 'assets'), { recursive: true, force: true });
}
const { seconds: buildSeconds, imageSeconds: firstImageSeconds } = buildOrExit();
const { imageSeconds: rebuildImageSeconds } = buildOrExit();

const articles = readdirSync(join(dist, 'articles'));
const weights = articles.map((slug) => ({ slug, ...builtPageWeight(dist, join('articles', slug, 'index.html')) }));
const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
const heaviestJs = weights.reduce((a, b) => (b.js > a.js ? b : a));
const median = [...weights].sort((a, b) => a.total - b.total)[Math.floor(weights.length / 2)];
const thirdParty = weights.flatMap((weight) => weight.thirdParty);
// The CMS bundle under /admin/ is a fixed cost that no reader downloads; it is reported on its own line.
const allFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(dist, file)).isFile());
const isAdmin = (file: string) => file.startsWith(`admin${sep}`);
const files = allFiles.filter((file) => !isAdmin(file)).map((file) => join(dist, file));
const adminBytes = allFiles.filter(isAdmin).reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
const outputBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);

const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
const launcherBytes = gzipped('widget.js');
// The panel and what it needs before a search: the panel module, its shared chunks and the widget data.
const panelFiles = [
	'widget/panel.js',
	'widget/data.json',
	...readdirSync(join(dist, 'widget'))
		.filter((name) => name.startsWith('chunk-'))
		.map((name) => `widget/${name}`),
];
const panelBytes = panelFiles.reduce((sum, file) => sum + gzipped(file), 0);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: [string, string, string, boolean][] = [
	[
		'Build time (npm run build)',
		`${buildSeconds.toFixed(1)} s (images ${firstImageSeconds.toFixed(1)} s)`,
		`≤ ${BUILD_BUDGET_SECONDS} s`,
		buildSeconds <= BUILD_BUDGET_SECONDS,
	],
	[
		'Images on a rebuild with unchanged images',
		`${rebuildImageSeconds.toFixed(2)} s`,
		`≤ ${REBUILD_IMAGES_BUDGET_SECONDS} s`,
		rebuildImageSeconds <= REBUILD_IMAGES_BUDGET_SECONDS,
	],
	[
		`Heaviest article page (${heaviest.slug}), gzipped`,
		`${kb(heaviest.total)} (HTML ${kb(heaviest.html)}, CSS ${kb(heaviest.css)}, JS ${kb(heaviest.js)})`,
		`≤ ${kb(ARTICLE_BUDGET.total)}`,
		heaviest.total <= ARTICLE_BUDGET.total,
	],
	['Median article page, gzipped', kb(median.total), `≤ ${kb(ARTICLE_BUDGET.total)}`, median.total <= ARTICLE_BUDGET.total],
	['Most JS on an article before interaction', kb(heaviestJs.js), `≤ ${kb(ARTICLE_BUDGET.js)}`, heaviestJs.js <= ARTICLE_BUDGET.js],
	[
		'Help widget before its button is pressed (widget.js), gzipped',
		kb(launcherBytes),
		`≤ ${kb(WIDGET_LAUNCHER_BUDGET)}`,
		launcherBytes <= WIDGET_LAUNCHER_BUDGET,
	],
	['Help widget panel on first press (panel, chunks, data), gzipped', kb(panelBytes), 'reported', true],
	['Requests to other origins (all article pages)', String(thirdParty.length), '0', thirdParty.length === 0],
	[
		'Output (without /admin/)',
		`${files.length} files, ${kb(outputBytes)} for ${articles.length} articles (${kb(outputBytes / articles.length)} per article)`,
		'linear',
		true,
	],
	['CMS at /admin/ (Decap bundle, loaded by writers only)', kb(adminBytes), 'fixed', true],
];
const width = Math.max(...rows.map((row) => row[0].length));
console.log(`\n${'Budget'.padEnd(width)}  Measured → Limit`);
for (const [name, value, limit, ok] of rows) console.log(`${name.padEnd(width)}  ${value} → ${limit} ${ok ? '✓' : '✗ OVER BUDGET'}`);
if (rows.some((row) => !row[3])) process.exit(1);
