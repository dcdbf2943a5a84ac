/**
 * The help widget on a shop's page, in Chromium: the help center (the sample build with its production
 * `_headers`) and the shop (a second local server, so another origin, with the Content-Security-Policy the README
 * tells shops to add) run side by side. Before the click only /widget.js loads; the panel opens, suggests the
 * page's stage, searches the help center's index with its synonyms and typo correction, shows an answer, keeps
 * focus inside and closes with Escape. A hostile `data-stage` or a shop CSP that keeps the help center out never
 * breaks the page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, serveSite, type StaticSite } from '../helpers/browser';
import { AXE_TAGS } from '../../scripts/lib/audit/axe.ts';

let browser: Browser;
let help: StaticSite;
let smallHelp: StaticSite;
let shop: { origin: string; close: () => Promise<void> };

/** The lines the README gives shops for their Content-Security-Policy, for the help center at `helpOrigin`. */
const shopPolicy = (helpOrigin: string, analyticsOrigin = '') =>
	[
		"default-src 'self'",
		`script-src 'self' ${helpOrigin} 'wasm-unsafe-eval'`,
		`connect-src 'self' ${helpOrigin} ${analyticsOrigin}`.trim(),
		`img-src 'self' ${helpOrigin}`,
		"style-src 'self'",
	].join('; ');

/**
 * The shop: `/<page>?help=<origin>&stage=…&lang=…&csp=closed&analytics=<origin>` answers a page with the widget's
 * one tag. `csp=closed` is a shop whose policy never heard of the help center's searches (no connect-src for it);
 * `analytics` is the analytics tool's origin, which the README says to add to connect-src.
 */
function startShop(): Promise<typeof shop> {
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://shop');
		const helpOrigin = url.searchParams.get('help') ?? '';
		const stage = url.searchParams.get('stage');
		const policy =
			url.searchParams.get('csp') === 'closed'
				? `default-src 'self'; script-src 'self' ${helpOrigin}; style-src 'self'`
				: shopPolicy(helpOrigin, url.searchParams.get('analytics') ?? '');
		const stageAttribute = stage === null ? '' : ` data-stage="${stage.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy });
		response.end(`<!doctype html><html lang="${url.searchParams.get('lang') ?? 'en'}"><head><title>Shop</title>
<script src="${helpOrigin}/widget.js" defer${stageAttribute}></script></head>
<body><main><h1>Checkout</h1><p>Pay for your order.</p><button id="pay">Pay</button></main></body></html>`);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({
				origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
				close: () => new Promise((done) => server.close(() => done())),
			}),
		),
	);
}

beforeAll(async () => {
	[browser, help, smallHelp, shop] = await Promise.all([
		launchChromium(),
		serveSite(inject('sampleDist'), { withHeaders: true }),
		serveSite(inject('smallDist'), { withHeaders: true }),
		startShop(),
	]);
	// Different ports, so different origins: the widget really runs cross-origin.
	expect(new URL(shop.origin).port).not.toBe(new URL(help.origin).port);
});
afterAll(async () => {
	await browser?.close();
	await Promise.all([help?.close(), smallHelp?.close(), shop?.close()]);
});

interface ShopPage {
	page: Page;
	/** Paths requested from the help center, in order. */
	helpRequests: string[];
	/** CSP violations, page errors and dialogs (an `alert` from a hostile attribute would be one). */
	problems: string[];
}

async function openShop(path: string, params: Record<string, string> = {}, site = help): Promise<ShopPage> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	context.setDefaultTimeout(15_000);
	const page = await context.newPage();
	const helpRequests: string[] = [];
	const problems: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin === site.origin) helpRequests.push(url.pathname);
	});
	page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { reportViolation: (t: string) => void }).reportViolation(
				`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
			),
		),
	);
	const query = new URLSearchParams({ help: site.origin, ...params });
	await page.goto(`${shop.origin}${path}?${query}`);
	await page.locator('[data-answerkit-widget]').locator('.launcher').waitFor();
	return { page, helpRequests, problems };
}

/** The widget's launcher and panel (Playwright's locators pierce the open shadow root). */
const launcher = (page: Page) => page.locator('[data-answerkit-widget] .launcher');
const panel = (page: Page) => page.getByRole('dialog');

describe('the help widget on a shop page of another origin', () => {
	it('loads only the launcher before the click, and it stays within 6 KB gzipped', async () => {
		const { page, helpRequests, problems } = await openShop('/checkout/', { stage: 'during-purchase' });
		await page.waitForLoadState('networkidle');
		expect(helpRequests).toEqual(['/widget.js']);
		// Compressed as static hosts send it (serveSite gzips, as they do).
		expect(gzipSync(readFileSync(join(inject('sampleDist'), 'widget.js'))).length).toBeLessThanOrEqual(6 * 1024);
		await expect.poll(() => launcher(page).textContent()).toBe('Help');
		expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('opens, suggests the stage, searches with typo correction, shows the answer and closes with Escape', async () => {
		const { page, helpRequests, problems } = await openShop('/checkout/', { stage: 'during-purchase' });
		await launcher(page).click();
		await expect.poll(() => panel(page).isVisible()).toBe(true);
		expect(await launcher(page).getAttribute('aria-expanded')).toBe('true');
		expect(await panel(page).getAttribute('aria-modal')).toBe('true');
		await expect.poll(() => page.getByRole('heading', { name: 'How can we help?' }).isVisible()).toBe(true);
		// Suggestions of the page's stage, before anything is typed.
		const suggested = page.getByRole('region', { name: /Answers for this page: Ordering and paying/ });
		await expect.poll(() => suggested.getByRole('link').count()).toBeGreaterThan(2);
		const input = page.getByRole('searchbox', { name: 'Search the help center' });
		await expect.poll(() => input.evaluate((node) => node === (node.getRootNode() as ShadowRoot).activeElement)).toBe(true);

		// The search is the help center's: a typo corrected and a synonym understood.
		await input.fill('trackign number');
		const firstResult = panel(page).locator('.search-result__title').first();
		await expect.poll(() => firstResult.getAttribute('href')).toMatch(new RegExp(`^${help.origin}/articles/track-your-order/`));
		await expect.poll(() => panel(page).locator('.search-results__corrected').textContent()).toMatch(/tracking number/);
		expect(await suggested.isVisible()).toBe(false);
		expect(helpRequests).toContain('/pagefind/pagefind.js');

		// The answer in the panel, with the way to the full article.
		await firstResult.click();
		const answer = panel(page).locator('.answer');
		await expect.poll(() => answer.locator('.answer__title').textContent()).toBe('Where is my order?');
		await expect.poll(() => answer.locator('.answer__body').textContent()).toMatch(/tracking/i);
		// With the words to highlight there, as from the help center's own results.
		expect(await answer.getByRole('link', { name: 'Open the full article in the help center' }).getAttribute('href')).toMatch(
			new RegExp(`^${help.origin}/articles/track-your-order/\\?highlight=`),
		);
		expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/checkout\//);
		// Nothing of the page's controls comes along: no buttons, scripts or handlers from the article page.
		expect(
			await answer.locator('.answer__body').evaluate((node) => node.querySelectorAll('script, button, form, [onclick], svg').length),
		).toBe(0);

		// Back keeps the results; Escape closes and gives focus back to the launcher.
		await answer.getByRole('button', { name: 'Back' }).click();
		await expect.poll(() => firstResult.isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => panel(page).isVisible()).toBe(false);
		expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
		expect(await launcher(page).evaluate((node) => node === (node.getRootNode() as ShadowRoot).activeElement)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-answerkit-widget'))).toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('keeps keyboard focus inside the open panel and shows contact options only when asked', async () => {
		const { page, problems } = await openShop('/about-us/');
		await launcher(page).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => panel(page).isVisible()).toBe(true);
		// No stage for this page (no data-stage, no URL rule): the help center's featured answers.
		await expect.poll(() => panel(page).getByRole('link', { name: 'Where is my order?' }).count()).toBe(1);
		const focusedInPanel = () =>
			page.evaluate(() => {
				const root = document.querySelector('[data-answerkit-widget]')!.shadowRoot!;
				return root.activeElement?.closest('[role="dialog"]') !== null && root.activeElement !== null;
			});
		for (let step = 0; step < 25; step++) {
			await page.keyboard.press('Tab');
			expect(await focusedInPanel()).toBe(true);
		}
		for (let step = 0; step < 5; step++) {
			await page.keyboard.press('Shift+Tab');
			expect(await focusedInPanel()).toBe(true);
		}
		const email = panel(page).getByRole('link', { name: /Email: support@fernhill\.example/ });
		expect(await email.isVisible()).toBe(false);
		await panel(page)
			.getByRole('button', { name: /None of these help/ })
			.click();
		await expect.poll(() => email.isVisible()).toBe(true);
		expect(await panel(page).getByRole('link', { name: 'Contact support' }).getAttribute('href')).toBe(`${help.origin}/contact/`);
		await panel(page).getByRole('button', { name: 'Close help' }).click();
		await expect.poll(() => panel(page).isVisible()).toBe(false);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('follows the shop page URL rules from site settings and speaks the page language', async () => {
		const { page, helpRequests, problems } = await openShop('/nl/account/orders/42/', { lang: 'nl' });
		await expect.poll(() => launcher(page).textContent()).toBe('Hulp');
		await launcher(page).click();
		await expect.poll(() => page.getByRole('heading', { name: 'Waarmee kunnen we je helpen?' }).isVisible()).toBe(true);
		// No rule covers /nl/account/…, so the featured answers, in Dutch.
		expect(helpRequests).toContain('/nl/widget/data.json');
		await page.getByRole('searchbox').fill('retourneren');
		await expect
			.poll(() => panel(page).locator('.search-result__title').first().getAttribute('href'))
			.toMatch(new RegExp(`^${help.origin}/nl/(articles|faq)/`));
		expect(problems).toEqual([]);
		await page.context().close();

		const english = await openShop('/account/orders/42/');
		await launcher(english.page).click();
		await expect.poll(() => english.page.getByRole('region', { name: /Answers for this page: After your order/ }).isVisible()).toBe(true);
		await english.page.context().close();
	});

	it('ignores a hostile data-stage and runs nothing from it', async () => {
		const { page, problems } = await openShop('/cart/', { stage: '"><img src=x onerror=alert(1)>' });
		await launcher(page).click();
		// The attribute is no stage: the URL rule for /cart (during your order) applies.
		await expect.poll(() => page.getByRole('region', { name: /Answers for this page: Ordering and paying/ }).isVisible()).toBe(true);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('offers a plain link to the help center when the shop policy keeps its data out, without retrying', async () => {
		const { page, helpRequests, problems } = await openShop('/checkout/', { csp: 'closed' });
		await launcher(page).click();
		const link = panel(page).getByRole('link', { name: 'Help' });
		await expect.poll(() => link.isVisible()).toBe(true);
		expect(await link.getAttribute('href')).toBe(`${help.origin}/`);
		expect(problems.some((problem) => problem.startsWith('connect-src'))).toBe(true);
		expect(problems.filter((problem) => problem.startsWith('error'))).toEqual([]);
		const requests = helpRequests.length;
		await page.waitForTimeout(1500);
		expect(helpRequests.length).toBe(requests);
		await page.context().close();
	});

	it('sends its events through the help center analytics adapter', async () => {
		const sent: string[] = [];
		const { page, problems } = await openShop('/checkout/', { analytics: 'https://help.test.example' }, smallHelp);
		// The small fixture's beacon posts to its public address; the test answers for that host.
		await page.route('https://help.test.example/**', (route) => {
			sent.push(route.request().postData() ?? '');
			return route.fulfill({ status: 204 });
		});
		await launcher(page).click();
		await page.getByRole('searchbox').fill('return');
		await expect.poll(() => panel(page).locator('.search-result__title').count()).toBeGreaterThan(0);
		await expect
			.poll(() => sent.some((body) => body.includes('"type":"kb-search"') && body.includes('"query":"return"')), { timeout: 8000 })
			.toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.2 AA rules (and best practices) on the whole page, the widget's shadow root included. */
async function axeViolations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as { axe: { run(options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }
		).axe;
		const result = await axe.run({ runOnly: tags });
		return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
	}, AXE_TAGS);
}

describe('the help widget is accessible', () => {
	for (const colorScheme of ['light', 'dark'] as const)
		it(`passes axe with the panel open, results and an answer shown, in ${colorScheme} mode, and moves nothing with reduced motion`, async () => {
			const { page, problems } = await openShop('/checkout/');
			await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
			expect(await axeViolations(page)).toEqual([]);
			await launcher(page).click();
			await page.getByRole('searchbox').fill('return label');
			await expect.poll(() => panel(page).locator('.search-result__title').count()).toBeGreaterThan(0);
			expect(await panel(page).evaluate((node) => getComputedStyle(node).animationName)).toBe('none');
			expect(await axeViolations(page)).toEqual([]);
			await panel(page).locator('.search-result__title').first().click();
			await expect.poll(() => panel(page).locator('.answer__body').count()).toBe(1);
			expect(await axeViolations(page)).toEqual([]);
			expect(problems).toEqual([]);
			await page.context().close();
		});
});

describe('the widget demo page', () => {
	it('shows the widget on a mock checkout page under the production headers, kept out of search engines', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const problems: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy|error/i.test(message.text())) problems.push(message.text());
		});
		page.on('pageerror', (error) => problems.push(error.message));
		const response = await page.goto(`${help.origin}/widget/demo/`);
		expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
		await launcher(page).click();
		await page.getByRole('searchbox').fill('card declined');
		await expect
			.poll(() => panel(page).locator('.search-result__title').first().getAttribute('href'))
			.toMatch(new RegExp(`^${help.origin}/articles/payment-declined/`));
		expect(problems).toEqual([]);
		await context.close();
	});
});
