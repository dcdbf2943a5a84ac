/**
 * Lighthouse (the npm package) on one page in Debian's Chromium: mobile emulation with simulated
 * throttling (Lighthouse's defaults), in the light or dark colour scheme.
 */
import { auditFlowArtifacts, startFlow } from 'lighthouse';
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
	/** The host's benchmark index and the CPU slowdown the scores were simulated with. */
	cpu: { benchmarkIndex: number; slowdown: number };
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

/**
 * How long Lighthouse waits after FCP and load, and for the network and CPU to go quiet (1 s each by default).
 * Simulated throttling computes the timings from the trace, so these only decide when the page is done: the
 * site is served from this machine, and its longest chain (the search page's Pagefind requests) leaves no
 * gap near 500 ms. Halving them takes a run from about 6 s to 5 s with the same scores and requests.
 */
const QUIET_WINDOWS = { pauseAfterFcpMs: 500, pauseAfterLoadMs: 500, networkQuietThresholdMs: 500, cpuQuietThresholdMs: 500 };

/**
 * Lighthouse's 4× CPU slowdown emulates a mid-tier phone on a high-end desktop (benchmark index 1500–2000,
 * docs/throttling.md in Lighthouse); on a slower host it emulates a slower phone, and a virtual machine's
 * momentary slowness moves the score by ten points. As that guide advises, the slowdown is calibrated to
 * the host, from the benchmark index Lighthouse measures at the start of each run: 4× at 1750 (the middle
 * of the high-end desktop range), in proportion below, at least 2× (the guide's value for a low-end desktop).
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
	return Math.min(4, Math.max(2, (4 * benchmarkIndex) / 1750));
}

/** Runs Lighthouse on `url` in a new tab of `browser` whose `prefers-color-scheme` is `scheme`. */
export async function runLighthouse(browser: Browser, url: string, scheme: ColorScheme): Promise<LighthouseResult> {
	const page = await browser.newPage();
	try {
		// Lighthouse keeps the tab's media emulation when it navigates, so the page loads in this scheme.
		await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
		// Gathered first, then scored with the slowdown calibrated to the benchmark the gathering measured.
		const flow = await startFlow(page);
		await flow.navigate(url, { logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES], ...UNSCORED_WORK_SKIPPED, ...QUIET_WINDOWS });
		const { gatherSteps } = flow.createArtifactsJson();
		const [step] = gatherSteps;
		if (!step) throw new Error(`Lighthouse gathered nothing for ${url}`);
		// Simulated throttling applies the slowdown only when scoring, so the gathered artifacts hold for any value;
		// Lighthouse still refuses settings that differ from the gathering's, so both are set.
		const throttling = {
			...step.artifacts.settings.throttling,
			cpuSlowdownMultiplier: calibratedCpuSlowdown(step.artifacts.BenchmarkIndex),
		};
		const artifacts = { ...step.artifacts, settings: { ...step.artifacts.settings, throttling } };
		const scored = await auditFlowArtifacts({ gatherSteps: [{ artifacts, flags: { ...step.flags, throttling } }] });
		const lhr = scored.steps[0]!.lhr;
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
		const cpu = { benchmarkIndex: lhr.environment.benchmarkIndex, slowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier ?? 4 };
		return { scores, failing, cpu, requests };
	} finally {
		await page.close();
	}
}
