/**
 * The audit fails for each kind of problem it exists to catch: a small site with unreadable text, a
 * missing page and #anchor, an image from another origin, an inline script its CSP forbids, an article
 * carrying too much JS and one with a heavy image without a size. (A check that passed on this site would
 * pass on anything.)
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveSite, type StaticSite } from '../../scripts/lib/chromium.ts';
import { auditFailures, runAudit, type AuditFailure } from '../../scripts/lib/audit/run.ts';

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><meta name="description" content="A page the audit should fail.">
<link rel="canonical" href="https://help.example.test/"><link rel="stylesheet" href="/site.css"></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

/** Deterministic, incompressible text: gzip can't shrink it below the JS budget. */
function noise(bytes: number) {
	let state = 42;
	let text = '';
	while (text.length < bytes) {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		text += state.toString(36);
	}
	return text;
}

let dir: string;
let site: StaticSite;
let failures: AuditFailure[];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'answerkit-bad-site-'));
	mkdirSync(join(dir, 'articles/heavy'), { recursive: true });
	writeFileSync(join(dir, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'\n");
	writeFileSync(join(dir, 'site.css'), '.faint { color: #c8c8c8; }');
	writeFileSync(join(dir, '404.html'), page('Not found', '<p>Nothing here.</p>'));
	writeFileSync(
		join(dir, 'index.html'),
		page(
			'Help',
			`<p class="faint">Barely readable text.</p>
			<p><a href="/articles/missing/">A missing article</a> and <a href="/articles/heavy/#no-such-section">a missing section</a>.</p>
			<img src="http://tracker.invalid/pixel.png" alt="">
			<script>document.title = 'Help';</script>`,
		),
	);
	writeFileSync(join(dir, 'articles/heavy/bundle.js'), `window.noise = '${noise(40_000)}';`);
	writeFileSync(
		join(dir, 'articles/heavy/index.html'),
		page('Heavy article', '<p>Short text.</p><script src="/articles/heavy/bundle.js"></script>'),
	);
	// A photo-sized image of noise (PNG cannot shrink it), without width and height, above the text.
	mkdirSync(join(dir, 'articles/pictures'), { recursive: true });
	const pixels = Buffer.from(noise(600 * 400 * 3).slice(0, 600 * 400 * 3), 'latin1');
	await sharp(pixels, { raw: { width: 600, height: 400, channels: 3 } })
		.png()
		.toFile(join(dir, 'articles/pictures/photo.png'));
	// …and a banner pushed in above the text after loading, as late content does.
	writeFileSync(
		join(dir, 'articles/pictures/late.js'),
		"setTimeout(() => document.querySelector('h1').insertAdjacentHTML('afterend', '<p>Late<br>news<br>pushes<br>the<br>page</p>'), 1000);",
	);
	writeFileSync(
		join(dir, 'articles/pictures/index.html'),
		page(
			'Pictures',
			'<img src="/articles/pictures/photo.png" alt="Noise"><p>Text that moves.</p><script src="/articles/pictures/late.js"></script>',
		),
	);
	site = await serveSite(dir, { withHeaders: true });
	const report = await runAudit(
		dir,
		site.origin,
		{
			// One page is enough to prove a low Lighthouse score fails; the article's JS is weighed from the built page.
			lighthouse: [{ name: 'home', path: '/' }],
			axeOnly: [],
			article: '/articles/heavy/',
			imageArticle: '/articles/pictures/',
		},
		// Only failing matters here, and it runs beside other tests: no waiting for a quiet machine, no second runs.
		{ timed: false },
	);
	failures = auditFailures(report);
}, 600_000);
afterAll(async () => {
	await site?.close();
	rmSync(dir, { recursive: true, force: true });
});

const messages = (check: AuditFailure['check']) =>
	failures
		.filter((failure) => failure.check === check)
		.map((failure) => failure.message)
		.join('\n');

it('fails a page whose Lighthouse accessibility score is below 100', () => {
	expect(messages('lighthouse')).toMatch(/^\/ \(light\): .*accessibility \d+ < 100.*Background and foreground colors/m);
});

it('fails on axe violations', () => {
	expect(messages('axe')).toMatch(/\/ \(home, dark\): color-contrast/);
});

it('fails on a broken link and a missing #anchor', () => {
	expect(messages('links')).toContain('/articles/missing/: HTTP 404 (linked from /)');
	expect(messages('links')).toContain('/articles/heavy/#no-such-section: no such id (linked from /)');
});

it('fails on a request to another origin, seen in Chromium and in the built page', () => {
	expect(messages('third-party')).toContain('http://tracker.invalid/pixel.png (on /)');
	expect(messages('third-party')).toContain('http://tracker.invalid/pixel.png (in index.html)');
});

it('fails on a Content-Security-Policy violation', () => {
	expect(messages('csp')).toMatch(/script-src.*\(on \/, light\)/);
});

it('fails an article whose images are heavy on a phone, unsized and shift the layout', () => {
	expect(messages('images')).toMatch(/\/articles\/pictures\/ loads [\d.]+ KB of images before scrolling \(≤ 60.0 KB\)/);
	expect(messages('images')).toMatch(/\/articles\/pictures\/ transfers [\d.]+ KB once scrolled to the end \(≤ 200.0 KB\)/);
	expect(messages('images')).toMatch(/\/articles\/pictures\/ shifts its layout by 0\.\d+ \(must be 0\)/);
	expect(messages('images')).toContain('/articles/pictures/ has 1 of 1 images without width and height');
});

it('fails an article page over its JS budget', () => {
	expect(messages('article')).toMatch(/\/articles\/heavy\/ has [\d.]+ KB of JS before interaction \(≤ 5.0 KB\)/);
});
