/**
 * `npm run audit`'s Lighthouse part on the sample help center, as CI enforces it: Lighthouse (mobile, light
 * and dark) on home, stage, category, article, FAQ, search and contact pages, and the article page within its
 * weight budget. It measures timing, so it runs alone after every other test (vitest.config.ts); the rest of
 * the audit is tests/audit/audit-pages.test.ts.
 */
import { describe, expect, it } from 'vitest';
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
