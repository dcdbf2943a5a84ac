/**
 * "Was this helpful?" under articles and FAQ answers, in Chromium: a vote is sent once, as the analytics
 * event and to the configured endpoint; after "No", a reason and a text without e-mail addresses or phone
 * numbers, then a thank-you and the way to support; keyboard only; hidden without JS; no request at all
 * when no endpoint is configured; its code loads on the first vote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../helpers/browser';

const sample = useBrowserOn(() => inject('sampleDist'));
const small = useBrowserOn(() => inject('smallDist'));
const pages: Page[] = [];
afterEach(async () => {
	for (const page of pages.splice(0)) await page.context().close();
});

async function newPage(site: typeof small, javaScriptEnabled = true): Promise<Page> {
	const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
	context.setDefaultTimeout(10_000);
	const page = await context.newPage();
	pages.push(page);
	return page;
}

const beacons = () =>
	small.site.posts.filter((post) => post.path === '/api/search-events').map((post) => JSON.parse(post.body) as Record<string, unknown>);

describe('was this helpful?', () => {
	it('sends a "No" once, with a reason and a text cleaned of contact details, then thanks and shows the way to support', async () => {
		const page = await newPage(small);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${small.site.origin}/articles/return-an-item/`);
		await page.waitForLoadState('networkidle');
		const before = beacons().length;
		const widget = page.locator('kb-feedback');
		await expect(widget.isVisible()).resolves.toBe(true);
		expect(requests.filter((path) => /feedback/.test(path))).toEqual([]);

		// Keyboard only: Tab to "No", then Space.
		const loadedBefore = requests.length;
		await widget.getByRole('button', { name: 'No' }).focus();
		await page.keyboard.press('Space');
		const reasons = widget.getByRole('group', { name: 'What was missing?' });
		await reasons.getByRole('radio').first().waitFor();
		await expect(reasons.getByRole('radio').count()).resolves.toBe(4);
		// Focus moved to the first reason; arrow keys choose among them.
		await page.keyboard.press('ArrowDown');
		await expect(reasons.getByRole('radio', { name: 'It’s out of date' }).isChecked()).resolves.toBe(true);
		await widget
			.getByRole('textbox', { name: 'Tell us more (optional)' })
			.fill('The label page changed. Mail me: jan@example.nl, 06-12345678');
		await widget.getByRole('button', { name: 'Send' }).click();

		await widget.getByText('Thanks for your feedback.').waitFor();
		await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('feedback__thanks');
		await expect(widget.getByRole('link', { name: 'Contact support' }).getAttribute('href')).resolves.toBe('/contact/');
		await expect(widget.getByRole('button').count()).resolves.toBe(0);
		await expect.poll(() => beacons().length - before).toBe(2);
		expect(beacons().slice(before)).toEqual([
			expect.objectContaining({ type: 'kb-feedback', page: '/articles/return-an-item/', helpful: 'no' }),
			expect.objectContaining({
				type: 'kb-feedback-reason',
				page: '/articles/return-an-item/',
				reason: 'outdated',
				text: 'The label page changed. Mail me: [e-mail], [phone]',
			}),
		]);
		// Its code came with the first vote: at most 2 KB gzipped.
		const scripts = requests.slice(loadedBefore).filter((path) => path.endsWith('.js'));
		expect(scripts.length).toBeGreaterThan(0);
		const bytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(inject('smallDist'), path))).length, 0);
		expect(bytes).toBeLessThanOrEqual(2048);
		// Nothing kept in the browser.
		await expect(page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).resolves.toBe(0);
	});

	it('thanks for a "Yes" on a FAQ answer, naming the answer', async () => {
		const page = await newPage(small);
		await page.goto(`${small.site.origin}/faq/returns-faq/#return-cost`);
		const before = beacons().length;
		const widget = page.locator('#return-cost kb-feedback');
		await widget.getByRole('button', { name: 'Yes' }).click();
		await widget.getByText('Thanks for your feedback.').waitFor();
		await expect(widget.getByRole('link').count()).resolves.toBe(0);
		await expect.poll(() => beacons().length - before).toBe(1);
		expect(beacons().at(-1)).toMatchObject({ type: 'kb-feedback', page: '/faq/returns-faq/#return-cost', helpful: 'yes' });
	});

	it('sends nothing when the browser asks not to be tracked (Global Privacy Control, Do Not Track)', async () => {
		for (const refusal of ['globalPrivacyControl', 'doNotTrack']) {
			const page = await newPage(small);
			await page.addInitScript(
				(property) => Object.defineProperty(Navigator.prototype, property, { get: () => (property === 'doNotTrack' ? '1' : true) }),
				refusal,
			);
			await page.goto(`${small.site.origin}/articles/refund-times/`);
			const before = beacons().length;
			await page.locator('kb-feedback').getByRole('button', { name: 'Yes' }).click();
			await page.locator('kb-feedback').getByText('Thanks for your feedback.').waitFor();
			await page.waitForTimeout(300);
			expect(beacons().length - before, refusal).toBe(0);
		}
	});

	it('sends nothing anywhere when no analytics endpoint is configured, and is hidden without JavaScript', async () => {
		const page = await newPage(sample);
		const posts: string[] = [];
		page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
		await page.goto(`${sample.site.origin}/nl/articles/start-a-return/`);
		const widget = page.locator('kb-feedback');
		await widget.getByRole('button', { name: 'Ja' }).click();
		await widget.getByText('Bedankt voor je feedback.').waitFor();
		await page.waitForTimeout(300);
		expect(posts).toEqual([]);

		const withoutJs = await newPage(sample, false);
		await withoutJs.goto(`${sample.site.origin}/articles/start-a-return/`);
		await expect(withoutJs.locator('kb-feedback').isVisible()).resolves.toBe(false);
	});
});
