/** Links agents paste into replies land where they should, with JavaScript on and off. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../helpers/browser';

const chromium = useBrowserOn(() => inject('sampleDist'));

describe.each([true, false])('short links with JavaScript %s', (javaScriptEnabled) => {
	it('take customers to the article, and to the FAQ answer opened', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto(`${chromium.site.origin}/a/qytarm/`);
		await page.waitForURL('**/articles/start-a-return/');
		await expect(page.locator('h1').textContent()).resolves.toBe('How do I return an item?');

		await page.goto(`${chromium.site.origin}/q/account-needed-to-order/`);
		await page.waitForURL('**/faq/accounts/#account-needed-to-order');
		// With JavaScript the page opens it; without, the browser opens a <details> whose content is the link's target.
		const details = page.locator('details', { has: page.locator('#account-needed-to-order') });
		await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
		await context.close();
	});
});
