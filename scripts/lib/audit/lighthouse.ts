/**
 * Lighthouse (the npm package) on one page in Debian's Chromium: mobile emulation with simulated
 * throttling (Lighthouse's defaults), in the light or dark colour scheme.
 */
import lighthouse from 'lighthouse';
import type { Browser } from 'puppeteer-core';

/** The categories the audit holds to thresholds. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];
export type ColorScheme = 'light' | 'dark';

/** One Lighthouse run. */
export interface LighthouseResult {
	/** Category scores, 0–100. */
	scores: Record<LighthouseCategory, number>;
	/** Scored audits that did not pass, as "category: audit title (value)", to act on a low score. */
	failing: string[];
	/** Every request the page made while loading, with its transfer size and kind. */
	requests: { url: string; transferSize: number; resourceType: string }[];
}

interface NetworkRequestItem {
	url: string;
	transferSize?: number;
	resourceType?: string;
}

/**
 * Work that weighs nothing in any score: screenshots, and the back/forward-cache test (a weight-0 diagnostic
 * that navigates away and back). Skipping it takes a run from about 8.5 s to 6 s, scores unchanged.
 */
const UNSCORED_WORK_SKIPPED = {
	disableFullPageScreenshot: true,
	skipAudits: ['bf-cache', 'screenshot-thumbnails', 'final-screenshot', 'full-page-screenshot'],
};

/** Runs Lighthouse on `url` in a new tab of `browser` whose `prefers-color-scheme` is `scheme`. */
export async function runLighthouse(browser: Browser, url: string, scheme: ColorScheme): Promise<LighthouseResult> {
	const page = await browser.newPage();
	try {
		// Lighthouse keeps the tab's media emulation when it navigates, so the page loads in this scheme.
		await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
		const result = await lighthouse(
			url,
			{ logLevel: 'error', output: 'json', onlyCategories: [...LIGHTHOUSE_CATEGORIES], ...UNSCORED_WORK_SKIPPED },
			undefined,
			page,
		);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
		const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
		if (dark !== (scheme === 'dark')) throw new Error(`Lighthouse audited ${url} in the wrong colour scheme`);
		const scores = {} as Record<LighthouseCategory, number>;
		const failing: string[] = [];
		for (const id of LIGHTHOUSE_CATEGORIES) {
			const category = lhr.categories[id];
			scores[id] = Math.round((category.score ?? 0) * 100);
			if (scores[id] === 100) continue;
			for (const ref of category.auditRefs) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit.score !== null && audit.score < 1)
					failing.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
			}
		}
		const details = lhr.audits['network-requests']?.details as { items?: NetworkRequestItem[] } | undefined;
		const requests = (details?.items ?? []).map((item) => ({
			url: item.url,
			transferSize: item.transferSize ?? 0,
			resourceType: item.resourceType ?? 'Other',
		}));
		return { scores, failing, requests };
	} finally {
		await page.close();
	}
}
