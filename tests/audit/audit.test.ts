/**
 * `npm run audit`'s Lighthouse part on the sample help center, as CI enforces it: Lighthouse (mobile, light
 * and dark) on home, stage, category, article, FAQ, search and contact pages, and the article page within its
 * weight budget. It measures timing, so it runs alone after every other test (vitest.config.ts); the rest of
 * the audit is tests/audit/audit-pages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { calibratedCpuSlowdown } from '../../scripts/lib/audit/lighthouse.ts';
import { waitForQuietMachine } from '../../scripts/lib/audit/quiet-machine.ts';
import { auditSampleSite } from '../helpers/audit';

const { report, problems } = auditSampleSite(['lighthouse'], async () => {
	const busy = await waitForQuietMachine();
	console.log(`CPU busy before Lighthouse: ${busy === undefined ? 'unknown' : `${Math.round(busy * 100)} %`}`);
});

describe('Lighthouse audit of the sample help center', () => {
	it('audits the seven kinds of page in Lighthouse, in both colour schemes', () => {
		expect(report().lighthouse.map((row) => `${row.page.name} ${row.scheme}`)).toEqual(
			['home', 'stage', 'category', 'article', 'FAQ', 'search', 'contact'].flatMap((name) => [`${name} light`, `${name} dark`]),
		);
	});

	it("scores each run with the CPU slowdown calibrated to the benchmark it measured (4× on Lighthouse's reference desktop)", () => {
		expect([calibratedCpuSlowdown(2400), calibratedCpuSlowdown(1750), calibratedCpuSlowdown(1225), calibratedCpuSlowdown(600)]).toEqual([
			4, 4, 2.8, 2,
		]);
		for (const { cpu } of report().lighthouse) expect(cpu.slowdown).toBeCloseTo(calibratedCpuSlowdown(cpu.benchmarkIndex), 6);
	});

	it('Lighthouse: performance ≥ 95, accessibility, best practices and SEO = 100 on every page', () => {
		expect(problems('lighthouse')).toEqual([]);
	});

	it('no page Lighthouse loads requests another origin', () => {
		expect(report().observedLoads).toBeGreaterThanOrEqual(14);
		expect(problems('third-party')).toEqual([]);
	});

	it('the heaviest article transfers ≤ 30 KB gzipped with ≤ 5 KB of JS before interaction', () => {
		expect(report().article.transfer).toBeGreaterThan(0);
		expect(problems('article')).toEqual([]);
	});
});
