/**
 * A customer of the sample help center in Dutch or German, in Chromium: the language switcher leads to
 * the translation of the page, untranslated articles are marked in the listings, and search understands
 * the page's language (typos, inflections) without loading another language's index.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../helpers/browser';

const chromium = useBrowserOn(() => inject('sampleDist'));
const pages: Page[] = [];
afterEach(async () => {
	for (const page of pages.splice(0)) await page.context().close();
});

async function newPage(): Promise<Page> {
	const context = await chromium.browser.newContext({ viewport: { width: 390, height: 844 } });
	context.setDefaultTimeout(10_000);
	const page = await context.newPage();
	pages.push(page);
	return page;
}

/** Types a query into the header search of the page and returns the titles of the results. */
async function searchInHeader(page: Page, query: string): Promise<string[]> {
	await page.locator('#header-search').fill(query);
	const results = page.locator('#header-search-results .search-result__title');
	await results.first().waitFor();
	return results.allTextContents();
}

describe('languages', () => {
	it('switch from an article to its translation, and back', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/articles/start-a-return/`);
		await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
		await page.waitForURL('**/nl/articles/start-a-return/');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
		await expect(page.locator('h1').textContent()).resolves.toBe('Hoe kan ik een artikel retourneren?');
		// The navigation and the policy values speak Dutch too.
		await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(true);
		await expect(page.locator('.policy').first().textContent()).resolves.toBe('30 dagen');

		await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Deutsch' }).click();
		await page.waitForURL('**/de/articles/start-a-return/');
		await expect(page.locator('h1').textContent()).resolves.toBe('Wie starte ich eine Rücksendung?');
	});

	it('lead to the language’s home page from an article it has no translation of', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/articles/pre-orders/`);
		await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
		await page.waitForURL(/\/nl\/$/);
		await expect(page.locator('h1').textContent()).resolves.toBe('Waarmee kunnen we je helpen?');
	});

	it('mark an untranslated article in a Dutch listing, which leads to the English page', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/nl/categories/products/`);
		const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'How do pre-orders work?' }) });
		await expect(item.locator('.language-note').textContent()).resolves.toBe('Alleen in het Engels');
		await item.getByRole('link').click();
		await page.waitForURL('**/articles/pre-orders/');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
	});

	it('search in Dutch despite a typo, loading only the Dutch index', async () => {
		const page = await newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${chromium.site.origin}/nl/articles/track-your-order/`);
		await expect(searchInHeader(page, 'retourneeren')).resolves.toContain('Hoe kan ik een artikel retourneren?');
		const indexes = requests.filter((path) => /\/pagefind\/(index|fragment)\/|pf_meta/.test(path));
		expect(indexes.length).toBeGreaterThan(0);
		expect(indexes.filter((path) => !/\/(nl_|pagefind\.nl_)|\/fragment\//.test(path))).toEqual([]);
		expect(requests.filter((path) => path.includes('/search/')).every((path) => path.startsWith('/nl/search/'))).toBe(true);
	});

	it('offer the English articles when a Dutch search finds nothing', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/nl/search/?q=bluetooth`);
		const other = page.getByRole('link', { name: 'Zoek in de artikelen in het Engels' });
		await expect(other.getAttribute('href')).resolves.toBe('/search/?q=bluetooth');
		await other.click();
		await page.waitForURL('**/search/?q=bluetooth');
		await expect(page.locator('.search-result__title').first().textContent()).resolves.toMatch(/GPS watch/);
	});

	it('search in German with German stemming: "Rücksendungen" finds "Rücksendung"', async () => {
		const page = await newPage();
		await page.goto(`${chromium.site.origin}/de/articles/track-your-order/`);
		await expect(searchInHeader(page, 'Rücksendungen')).resolves.toContain('Wie starte ich eine Rücksendung?');
	});
});
