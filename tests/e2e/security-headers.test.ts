/**
 * The production headers in `_headers`: every page works under its Content-Security-Policy (search with
 * Pagefind's WebAssembly, copy buttons, theme switch, highlights, redirects), and hashed assets cache long.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, serveSite, type StaticSite } from '../../scripts/lib/chromium.ts';

let browser: Browser;
let site: StaticSite;
beforeAll(async () => {
	[browser, site] = await Promise.all([launchChromium(), serveSite(inject('sampleDist'), { withHeaders: true })]);
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/**
 * Waits for the page's work rather than a fixed time: no request for 500 ms, then one idle period and a task,
 * so violation events queued by what the page did have been dispatched.
 */
async function settle(page: import('playwright-core').Page) {
	// Bounded, as the idle wait below: on a loaded machine one page's network once stayed busy past Playwright's 30 s
	// (the video page, after its player loaded). Violations are events, reported whenever they happen, so the
	// check goes on with what the page reported by then.
	await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
	// Bounded: a busy page (or a loaded CI machine) may not go idle for a long while.
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 0), { timeout: 2_000 })));
}

/** Opens a page, runs `use`, and returns every CSP violation and blocked request the page reported. */
async function violationsOn(path: string, use: (page: import('playwright-core').Page) => Promise<void> = async () => {}) {
	const context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
	const page = await context.newPage();
	const problems: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { reportViolation: (t: string) => void }).reportViolation(
				`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`,
			),
		),
	);
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
	});
	// The video player is answered here: tests never reach other hosts.
	await page.route('https://www.youtube-nocookie.com/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Player</title><p>Player</p>' }),
	);
	const response = await page.goto(`${site.origin}${path}`);
	await use(page);
	await settle(page);
	await context.close();
	return { problems, csp: response?.headers()['content-security-policy'] };
}

describe('<Video> embeds', () => {
	it('request nothing from the video host until the poster is clicked, then load only its privacy-friendly player', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const otherOrigins: string[] = [];
		await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
			otherOrigins.push(route.request().url());
			return route.fulfill({ contentType: 'text/html', body: '<p>Player</p>' });
		});
		await page.goto(`${site.origin}/articles/set-up-your-gps-watch/`);
		await page.waitForLoadState('networkidle');
		const poster = page.getByRole('link', { name: /^Play video: Pairing the Trail watch/ });
		await poster.scrollIntoViewIfNeeded();
		await poster.hover();
		expect(otherOrigins).toEqual([]);
		await poster.click();
		const player = page.locator('kb-video iframe');
		await expect.poll(() => player.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
		await expect.poll(() => otherOrigins).toEqual(['https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1']);
		expect(await player.getAttribute('title')).toBe('Pairing the Trail watch with the app, step by step');
		await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
		await context.close();
	});

	it('leave article pages without a video free of the player script', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.origin}/articles/start-a-return/`);
		expect(await page.evaluate(() => customElements.get('kb-video'))).toBeUndefined();
		await context.close();
	});
});

describe('production headers', () => {
	it('give pages a policy that allows nothing from other origins and inline code only by hash', () => {
		const file = readFileSync(join(inject('sampleDist'), '_headers'), 'utf8');
		const csp = /^\/articles\/\*\n {2}Content-Security-Policy: (.*)$/m.exec(file)![1];
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("'wasm-unsafe-eval'");
		expect(csp).toContain("worker-src 'self' blob:");
		expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		// Other origins only as frames of the video players the sample's settings allow (embeds: youtube).
		expect(csp.replace("frame-src 'self' https://www.youtube-nocookie.com", '')).not.toMatch(/https?:/);
		expect(file).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
		expect(file).toMatch(/^\/articles\/\*\n(?: {2}.*\n)* {2}Cache-Control: public, max-age=0, must-revalidate$/m);
		// The CMS keeps what Decap needs: no site policy is stacked on it.
		expect(file).not.toMatch(/^\/(\*|admin\/\*)\n {2}Content-Security-Policy/m);
	});

	it.each([
		[
			'/',
			async (page: import('playwright-core').Page) => {
				await page.locator('#home-search').fill('refund');
				await page.locator('#home-search-results .search-result').first().waitFor();
				await page.locator('.theme-toggle').first().click();
			},
		],
		[
			'/articles/start-a-return/?highlight=return',
			async (page: import('playwright-core').Page) => {
				await page.locator('mark.kb-highlight').first().waitFor({ timeout: 20_000 });
				await page.getByRole('group', { name: 'Share this answer' }).getByRole('button', { name: 'Copy reply' }).click();
				await page.locator('#header-search').fill('parcel');
				await page.locator('#header-search-results .search-result').first().waitFor();
			},
		],
		[
			'/faq/accounts/#account-change-email-address',
			async (page: import('playwright-core').Page) => {
				await expect(
					page.locator('details:has(#account-change-email-address)').evaluate((d) => (d as HTMLDetailsElement).open),
				).resolves.toBe(true);
			},
		],
		[
			'/search/?q=money%20back',
			async (page: import('playwright-core').Page) => {
				await page.locator('.search-result').first().waitFor();
			},
		],
		[
			'/contact/',
			async (page: import('playwright-core').Page) => {
				await page.getByRole('searchbox').first().fill('where is my parcel');
				await page.locator('.search-result').first().waitFor();
			},
		],
		[
			'/agents/?q=return',
			async (page: import('playwright-core').Page) => {
				await page.locator('.search-result .share').first().waitFor();
			},
		],
		[
			'/a/qytarm/',
			async (page: import('playwright-core').Page) => {
				await page.waitForURL('**/articles/start-a-return/');
			},
		],
		[
			'/articles/set-up-your-gps-watch/',
			async (page: import('playwright-core').Page) => {
				const poster = page.getByRole('link', { name: /^Play video: Pairing the Trail watch/ });
				await poster.click();
				await page.frameLocator('iframe.video__player').locator('body').waitFor();
			},
		],
	])('%s works with no policy violation', async (path, use) => {
		const { problems, csp } = await violationsOn(path, use);
		expect(csp).toContain("default-src 'self'");
		expect(problems).toEqual([]);
	});
});
