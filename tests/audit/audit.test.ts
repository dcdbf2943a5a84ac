/**
 * `npm run audit`'s Lighthouse part on the sample help center, as CI enforces it: Lighthouse (mobile, light
 * and dark) on home, stage, category, article, FAQ, search and contact pages, and the article page within its
 * weight budget. It measures timing, so it runs alone after every other test (vitest.config.ts); the rest of
 * the audit is tests/audit/audit-pages.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveSite, type StaticSite } from '../../scripts/lib/chromium.ts';
import { helpCenterPages } from '../../scripts/lib/audit/pages.ts';
import { waitForQuietMachine } from '../../scripts/lib/audit/quiet-machine.ts';
import { auditFailures, formatAudit, runAudit, type AuditFailure, type AuditReport } from '../../scripts/lib/audit/run.ts';

let site: StaticSite;
let report: AuditReport;
let failures: AuditFailure[];

beforeAll(async () => {
	const dist = inject('sampleDist');
	site = await serveSite(dist, { withHeaders: true });
	const busy = await waitForQuietMachine();
	console.log(`CPU busy before Lighthouse: ${busy === undefined ? 'unknown' : `${Math.round(busy * 100)} %`}`);
	report = await runAudit(dist, site.origin, helpCenterPages(dist), { parts: ['lighthouse'] });
	failures = auditFailures(report);
	console.log(formatAudit(report));
}, 900_000);
afterAll(() => site?.close());

const problems = (check: AuditFailure['check']) => failures.filter((failure) => failure.check === check).map((failure) => failure.message);

describe('Lighthouse audit of the sample help center', () => {
	it('audits the seven kinds of page in Lighthouse, in both colour schemes', () => {
		expect(report.lighthouse.map((row) => `${row.page.name} ${row.scheme}`)).toEqual(
			['home', 'stage', 'category', 'article', 'FAQ', 'search', 'contact'].flatMap((name) => [`${name} light`, `${name} dark`]),
		);
	});

	it('Lighthouse: performance ≥ 95, accessibility, best practices and SEO = 100 on every page', () => {
		expect(problems('lighthouse')).toEqual([]);
	});

	it('no page Lighthouse loads requests another origin', () => {
		expect(report.observedLoads).toBeGreaterThanOrEqual(14);
		expect(problems('third-party')).toEqual([]);
	});

	it('the heaviest article transfers ≤ 30 KB gzipped with ≤ 5 KB of JS before interaction', () => {
		expect(report.article.transfer).toBeGreaterThan(0);
		expect(problems('article')).toEqual([]);
	});
});
