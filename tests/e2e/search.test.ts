/**
 * Search in Chromium on the built sample site: the header field with keyboard use, filters, the
 * shareable results page, highlights on the destination, no dead ends, contact deflection,
 * analytics events, lazy loading and an axe audit of the open panel.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../helpers/browser';

const chromium = useBrowserOn(() => inject('sampleDist'));
const small = useBrowserOn(() => inject('smallDist'));

async function newPage(site = chromium): Promise<Page> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	context.setDefaultTimeout(5_000);
	return context.newPage();
}

/** Waits until the header panel shows the results for the whole of what was typed (not a prefix). */
async function typeInHeader(page: Page, text: string) {
	await page.keyboard.press('/');
	await page.keyboard.type(text);
	await page
		.locator('#header-search-box [role="status"]')
		.filter({ hasText: `“${text}”` })
		.waitFor();
}

describe('search in the header', () => {
	it("loads nothing of search until the first interaction, then searches as you type, in Pagefind's worker", async () => {
		const page = await newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${chromium.site.origin}/articles/start-a-return/`);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((path) => /pagefind|\/search\/|\/_astro\/ui\./.test(path))).toEqual([]);

		await typeInHeader(page, 'money back');
		expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
		// Pagefind decodes the index in its worker, so typing stays responsive on a slow phone.
		expect(page.workers().map((worker) => worker.url())).toContainEqual(expect.stringContaining('/pagefind/pagefind-worker.js'));
		await expect(page.locator('#header-search').evaluate((input) => input === document.activeElement)).resolves.toBe(true);
		const first = page.locator('#header-search-results .search-result').first();
		await expect(first.locator('.search-result__title').textContent()).resolves.toBe('When will I get my refund?');
		await expect(first.locator('.search-result__meta').textContent()).resolves.toBe('After your order · Returns, exchanges and refunds');
		await expect(first.locator('.search-result__excerpt mark').count()).resolves.toBeGreaterThan(0);
		await expect(first.locator('.search-result__subs a').count()).resolves.toBeGreaterThan(0);
		await page.context().close();
	});

	it('focuses with Ctrl+K, moves through results with arrows, and closes with Escape', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/faq/`);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('gift card');
		const status = page.locator('#header-search-box [role="status"]');
		await status.filter({ hasText: 'results for “gift card”' }).waitFor();
		const links = page.locator('#header-search-results .search-output a');
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(0).evaluate((link) => link === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(1).evaluate((link) => link === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(page.locator('#header-search').evaluate((input) => input === document.activeElement)).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(page.locator('#header-search-results').isHidden()).resolves.toBe(true);
		await expect(page.locator('#header-search').evaluate((input) => input === document.activeElement)).resolves.toBe(true);
		await page.context().close();
	});

	it('filters by stage and category', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/`);
		await page.locator('#home-search').fill('delivery');
		await page.locator('#home-search-box [role="status"]').filter({ hasText: '“delivery”' }).waitFor();
		await page.locator('#home-search-box-stage').selectOption('before-purchase');
		await page.waitForFunction(() =>
			[...document.querySelectorAll('#home-search-results .search-result__meta')].every((meta) =>
				meta.textContent!.startsWith('Before you buy'),
			),
		);
		await page.locator('#home-search-box-category').selectOption('shipping');
		await page.waitForFunction(() =>
			[...document.querySelectorAll('#home-search-results .search-result__meta')].every(
				(meta) => meta.textContent === 'Before you buy · Shipping and delivery',
			),
		);
		await expect(page.locator('#home-search-results .search-result').count()).resolves.toBeGreaterThan(0);
		await page.context().close();
	});

	it('opens a result with Enter and highlights the words on the page', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/`);
		await page.locator('#home-search').fill('charged twice');
		await page.locator('#home-search-box [role="status"]').filter({ hasText: '“charged twice”' }).waitFor();
		await page.locator('#home-search').press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/articles\/charged-twice\/\?highlight=/);
		// The highlighter loads on the article page after navigation: give a busy machine time.
		await page.locator('mark.kb-highlight').first().waitFor({ timeout: 20_000 });
		await expect(page.locator('article mark.kb-highlight').count()).resolves.toBeGreaterThan(0);
		await page.context().close();
	});

	it('says so when nothing matches, suggests topics and popular answers, and shows how to reach support', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/`);
		await page.locator('#home-search').fill('xylophone zebra');
		const empty = page.locator('#home-search-results .search-empty');
		await empty.waitFor();
		await expect(page.locator('#home-search-box [role="status"]').textContent()).resolves.toBe('No answers found for “xylophone zebra”.');
		await expect(empty.getByRole('link', { name: 'Where is my order?' }).count()).resolves.toBe(1);
		await expect(empty.getByRole('link', { name: /support@fernhill\.example/ }).count()).resolves.toBe(1);
		await expect(empty.getByRole('link', { name: 'Contact support' }).getAttribute('href')).resolves.toBe('/contact/');
		await page.context().close();
	});

	it('has no axe violations with the panel open', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/articles/start-a-return/`);
		await typeInHeader(page, 'refund');
		await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: { run: (context: string, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
				}
			).axe;
			const result = await axe.run('body', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
			return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		});
		expect(violations).toEqual([]);
		await page.context().close();
	});
});

describe('the results page', () => {
	it('runs the query and filters from a shared URL and keeps the URL in step', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/search/?q=refund&stage=after-purchase`);
		await page.locator('#search-page-input-results .search-result').first().waitFor();
		await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('refund');
		await expect(page.locator('#search-page-input-box-stage').inputValue()).resolves.toBe('after-purchase');
		await expect(page.locator('[data-search-fallback]').isHidden()).resolves.toBe(true);
		await page.locator('#search-page-input').fill('exchange');
		await page.waitForURL(/\/search\/\?q=exchange&stage=after-purchase$/);
		await page.locator('#search-page-input-box-stage').selectOption('');
		await page.waitForURL(/\/search\/\?q=exchange$/);
		await page.context().close();
	});
});

describe('contact page', () => {
	it('asks for the question first, shows matching answers, then reveals the channels', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/contact/`);
		const channels = page.locator('[data-contact-channels]');
		await expect(channels.isHidden()).resolves.toBe(true);
		await page.getByLabel('What is your question?').fill('my parcel is damaged');
		await page.locator('#contact-search-results .search-result').first().waitFor();
		await expect(page.locator('#contact-search-results .search-result__title').allTextContents()).resolves.toContain(
			'My item arrived damaged',
		);
		await page.getByRole('button', { name: 'None of these help: show me how to contact you' }).click();
		await expect(channels.isVisible()).resolves.toBe(true);
		await expect(channels.getByRole('link', { name: 'support@fernhill.example' }).count()).resolves.toBe(1);
		await page.context().close();
	});

	it('shows the channels right away without JavaScript', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${chromium.site.origin}/contact/`);
		await expect(page.locator('[data-contact-channels]').isVisible()).resolves.toBe(true);
		await expect(page.locator('[data-contact-reveal]').isHidden()).resolves.toBe(true);
		await context.close();
	});
});

describe('search analytics', () => {
	it('emits search, no-results and result-click events and beacons them to the configured endpoint', async () => {
		const page = await newPage(small);
		const beacons = () => small.site.posts.filter((post) => post.path === '/api/search-events').map((post) => JSON.parse(post.body));
		await page.goto(`${small.site.origin}/`);
		await page.evaluate(() => {
			(window as unknown as { events: unknown[] }).events = [];
			for (const type of ['kb-search', 'kb-search-no-results', 'kb-search-result-click']) {
				document.addEventListener(type, (event) =>
					(window as unknown as { events: unknown[] }).events.push({ type, ...(event as CustomEvent).detail }),
				);
			}
		});
		await page.locator('#home-search').fill('qwertyuiop');
		await page.waitForFunction(() => (window as unknown as { events: { type: string }[] }).events.some((e) => e.type === 'kb-search'));
		await page.locator('#home-search').fill('refund');
		await page.locator('#home-search-results .search-result').first().waitFor();
		await page.waitForFunction(() => (window as unknown as { events: unknown[] }).events.length >= 3);
		await page.locator('#home-search-results .search-result__title').first().click();
		await page.waitForURL(/\/articles\//);
		await expect.poll(() => beacons().length).toBeGreaterThanOrEqual(4);
		expect(beacons()).toContainEqual(expect.objectContaining({ type: 'kb-search-no-results', query: 'qwertyuiop' }));
		expect(beacons()).toContainEqual(expect.objectContaining({ type: 'kb-search', query: 'refund', results: expect.any(Number) }));
		expect(beacons()).toContainEqual(expect.objectContaining({ type: 'kb-search-result-click', query: 'refund', position: 1 }));
		await page.context().close();
	});
});
