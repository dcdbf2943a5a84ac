/**
 * What an article with images costs a customer on a phone: Chromium at an iPhone's 390 × 844 CSS pixels
 * and 3× density loads the page (srcset at work) and scrolls to its end. Before scrolling, a phone loads
 * every image that is not lazy and every lazy one within Chrome's lazy-loading distance of the first screen
 * (1250 px on a 4G connection); the budget adds up those images' bytes by that rule rather than by what this
 * Chromium happened to fetch early, since builds differ in how far ahead they fetch (Debian's Chromium and
 * @sparticuz/chromium's do). Bytes are on-the-wire sizes (CDP's encoded lengths), served gzipped like a real host.
 */
import type { Browser } from 'puppeteer-core';

/** How far below the first screen Chrome starts loading a lazy image on a 4G connection, in CSS pixels. */
export const LAZY_LOAD_DISTANCE = 1250;

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
		const urls = new Map<string, string>();
		const sizes = new Map<string, number>();
		session.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
		session.on('Network.loadingFinished', (event) => sizes.set(event.requestId, event.encodedDataLength));
		const total = () => [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
		await tab.evaluateOnNewDocument(() => {
			(window as unknown as { layoutShift: number }).layoutShift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
					if (!entry.hadRecentInput) (window as unknown as { layoutShift: number }).layoutShift += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await tab.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
		// Which images a phone loads before scrolling, read from the first screen's layout.
		const loadedFirst = await tab.evaluate(
			(distance) =>
				[...document.images].map((image) => image.loading !== 'lazy' || image.getBoundingClientRect().top < window.innerHeight + distance),
			LAZY_LOAD_DISTANCE,
		);
		await tab.evaluate(async () => {
			for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
				window.scrollTo(0, y);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		});
		await tab.waitForNetworkIdle({ idleTime: 500 });
		const { layoutShift, images, unsized, sources } = await tab.evaluate(() => {
			const all = [...document.querySelectorAll('main img')];
			return {
				layoutShift: (window as unknown as { layoutShift: number }).layoutShift,
				images: all.length,
				unsized: all.filter((image) => !image.getAttribute('width') || !image.getAttribute('height')).length,
				// The file each image chose from its srcset, now that all have loaded.
				sources: [...document.images].map((image) => image.currentSrc),
			};
		});
		const bytesOf = (url: string) => [...urls].reduce((sum, [id, candidate]) => sum + (candidate === url ? (sizes.get(id) ?? 0) : 0), 0);
		const firstSources = new Set(sources.filter((source, index) => loadedFirst[index] && source));
		const imagesBeforeScroll = [...firstSources].reduce((sum, source) => sum + bytesOf(source), 0);
		return { path, imagesBeforeScroll, pageAfterScroll: total(), layoutShift, images, unsized };
	} finally {
		await tab.close();
	}
}
