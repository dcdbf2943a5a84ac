/**
 * A customer browses the built sample site in Chromium: home → stage → category → article → FAQ answer,
 * with JavaScript on and off, and never talks to another origin.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../helpers/browser';

const chromium = useBrowserOn(() => inject('sampleDist'));

/** A page that records every request it makes, so tests can prove none leaves the site. */
async function openPage(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
	const context = await chromium.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
	context.setDefaultTimeout(5_000);
	const page = await context.newPage();
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	return { context, page, requests };
}

describe.each([true, false])('browsing with JavaScript %s', (javaScriptEnabled) => {
	it('goes from home to an article through stage and category, then to a FAQ answer', async () => {
		const { context, page, requests } = await openPage(javaScriptEnabled);
		await page.goto(`${chromium.site.origin}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('How can we help?');

		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'After your order' }).click();
		await page.waitForURL('**/after-purchase/');
		await expect(page.locator('h1').textContent()).resolves.toBe('After your order');

		await page.getByRole('heading', { name: 'Returns, exchanges and refunds' }).getByRole('link').click();
		await page.waitForURL('**/categories/returns-and-refunds/');

		await page.getByRole('main').getByRole('link', { name: 'How do I return an item?' }).click();
		await page.waitForURL('**/articles/start-a-return/');
		await expect(page.locator('h1').textContent()).resolves.toBe('How do I return an item?');
		await expect(page.getByRole('navigation', { name: 'Breadcrumbs' }).textContent()).resolves.toContain('Returns, exchanges and refunds');
		await expect(page.locator('.policy').first().textContent()).resolves.toBe('30 days');

		await page.goto(`${chromium.site.origin}/faq/returns-and-refunds/#return-no-receipt-needed`);
		const question = page.locator('details:has(#return-no-receipt-needed)');
		await expect(question.evaluate((details: HTMLDetailsElement) => details.open)).resolves.toBe(true);
		await expect(question.isVisible()).resolves.toBe(true);
		await expect(
			page.locator('details:has(#return-window-start-date)').evaluate((details: HTMLDetailsElement) => details.open),
		).resolves.toBe(false);

		expect(requests.filter((url) => !url.startsWith(chromium.site.origin))).toEqual([]);
		await context.close();
	});
});

describe('with JavaScript', () => {
	it('opens a FAQ answer when an in-page link changes the hash', async () => {
		const { context, page } = await openPage(true);
		await page.goto(`${chromium.site.origin}/faq/returns-and-refunds/`);
		await page.evaluate(() => (location.hash = '#return-no-receipt-needed'));
		await expect(
			page.locator('details:has(#return-no-receipt-needed)').evaluate((details: HTMLDetailsElement) => details.open),
		).resolves.toBe(true);
		await context.close();
	});

	it('switches to the dark theme and remembers it', async () => {
		const { context, page } = await openPage(true);
		await page.goto(`${chromium.site.origin}/`);
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
		await toggle.click();
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
		await page.goto(`${chromium.site.origin}/contact/`);
		await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(18, 21, 20)');
		await context.close();
	});
});

describe('without JavaScript', () => {
	it('hides the theme toggle and follows the system theme', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(`${chromium.site.origin}/`);
		await expect(page.locator('.theme-toggle').isHidden()).resolves.toBe(true);
		await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(18, 21, 20)');
		await context.close();
	});

	it('shows the 404 page with a way back', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.goto(`${chromium.site.origin}/articles/no-such-article/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
		await expect(page.getByRole('link', { name: 'Go to the help center home' }).getAttribute('href')).resolves.toBe('/');
		await context.close();
	});
});
