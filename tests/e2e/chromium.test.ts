/**
 * Browser tests run anywhere: without `CHROMIUM_PATH` or Debian's Chromium, the tests drive the Chromium
 * that the npm package @sparticuz/chromium ships, and nothing downloads a browser.
 */
import { describe, expect, it } from 'vitest';
import { chromiumExecutable, launchChromium } from '../../scripts/lib/chromium.ts';

describe('Chromium for tests and scripts', () => {
	it("prefers CHROMIUM_PATH, then Debian's Chromium", async () => {
		expect(await chromiumExecutable({ env: { CHROMIUM_PATH: '/opt/my-chromium' } })).toBe('/opt/my-chromium');
		expect(await chromiumExecutable({ env: {}, debianPath: '/etc/hostname' })).toBe('/etc/hostname');
	});

	it('falls back to the packaged Chromium on a machine without one, and renders a page with it', async () => {
		const path = await chromiumExecutable({ env: {}, debianPath: '/nonexistent/chromium' });
		expect(path).not.toBe('/nonexistent/chromium');
		const browser = await launchChromium(path);
		try {
			const page = await browser.newPage();
			await page.setContent('<main><h1>Where is my parcel?</h1></main>');
			await expect(page.locator('h1').textContent()).resolves.toBe('Where is my parcel?');
		} finally {
			await browser.close();
		}
	});
});
