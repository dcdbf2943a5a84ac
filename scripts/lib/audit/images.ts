/**
 * What an article with images costs a customer on a phone: Chromium at an iPhone's 390 × 844 CSS pixels
 * and 3× density, no scrolling, counts the image bytes transferred (lazy loading and srcset at work);
 * then it scrolls to the end and counts everything the page transferred. Bytes are on-the-wire sizes
 * (CDP's encoded lengths), served gzipped like a real host.
 */
import type { Browser } from 'puppeteer-core';

/** The phone the image budget is measured on. */
export const PHONE = { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** Bytes transferred by one page load. */
export interface ImageWeight {
	path: string;
	/** Image bytes loaded before the customer scrolls. */
	imagesBeforeScroll: number;
	/** Every byte the page transferred once scrolled to its end (HTML, CSS, JS, images). */
	pageAfterScroll: number;
	/** Layout shift while the page loaded and scrolled (the Layout Instability API's sum). */
	layoutShift: number;
	/** Images on the page, and those without width and height. */
	images: number;
	unsized: number;
}

/** Loads `path` from `origin` on the phone and weighs what it transfers before and after scrolling. */
export async function weighImages(browser: Browser, origin: string, path: string): Promise<ImageWeight> {
	const tab = await browser.newPage();
	try {
		await tab.setViewport(PHONE);
		const session = await tab.createCDPSession();
		await session.send('Network.enable');
		const types = new Map<string, string>();
		const sizes = new Map<string, number>();
		session.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
		session.on('Network.loadingFinished', (event) => sizes.set(event.requestId, event.encodedDataLength));
		const total = (only?: string) =>
			[...sizes].reduce((sum, [id, bytes]) => sum + (only === undefined || types.get(id) === only ? bytes : 0), 0);
		await tab.evaluateOnNewDocument(() => {
			(window as unknown as { layoutShift: number }).layoutShift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
					if (!entry.hadRecentInput) (window as unknown as { layoutShift: number }).layoutShift += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await tab.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
		const imagesBeforeScroll = total('Image');
		await tab.evaluate(async () => {
			for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
				window.scrollTo(0, y);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		});
		await tab.waitForNetworkIdle({ idleTime: 500 });
		const { layoutShift, images, unsized } = await tab.evaluate(() => {
			const all = [...document.querySelectorAll('main img')];
			return {
				layoutShift: (window as unknown as { layoutShift: number }).layoutShift,
				images: all.length,
				unsized: all.filter((image) => !image.getAttribute('width') || !image.getAttribute('height')).length,
			};
		});
		return { path, imagesBeforeScroll, pageAfterScroll: total(), layoutShift, images, unsized };
	} finally {
		await tab.close();
	}
}
