/**
 * `npm run audit` on the sample help center, as CI enforces it: Lighthouse (mobile, light and dark) on
 * home, stage, category, article, FAQ, search and contact pages; axe on those plus the open search panel,
 * the agents' page and the 404 page; a broken-link crawl; no requests to other origins; no CSP violation
 * under the production `_headers`; the article page within its weight budget.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveSite, type StaticSite } from '../../scripts/lib/chromium.ts';
import { helpCenterPages } from '../../scripts/lib/audit/pages.ts';
import { auditFailures, formatAudit, runAudit, type AuditFailure, type AuditReport } from '../../scripts/lib/audit/run.ts';

let site: StaticSite;
let report: AuditReport;
let failures: AuditFailure[];

beforeAll(async () => {
	const dist = inject('sampleDist');
	site = await serveSite(dist, { withHeaders: true });
	report = await runAudit(dist, site.origin, helpCenterPages(dist));
	failures = auditFailures(report);
	console.log(formatAudit(report));
}, 900_000);
afterAll(() => site?.close());

const problems = (check: AuditFailure['check']) => failures.filter((failure) => failure.check === check).map((failure) => failure.message);

describe('audit of the sample help center', () => {
	it('audits the seven kinds of page in Lighthouse, in both colour schemes', () => {
		expect(report.lighthouse.map((row) => `${row.page.name} ${row.scheme}`)).toEqual(
			['home', 'stage', 'category', 'article', 'FAQ', 'search', 'contact'].flatMap((name) => [`${name} light`, `${name} dark`]),
		);
	});

	it('Lighthouse: performance ≥ 95, accessibility, best practices and SEO = 100 on every page', () => {
		expect(problems('lighthouse')).toEqual([]);
	});

	it('axe-core finds no WCAG 2.2 AA or best-practice violation, search panel open included', () => {
		expect(report.axe.map((row) => row.page.name)).toContain('search panel');
		expect(problems('axe')).toEqual([]);
	});

	it('the crawl finds no broken link or #anchor across the whole site', () => {
		expect(report.links.checked).toBeGreaterThan(150);
		expect(problems('links')).toEqual([]);
	});

	it('no page requests another origin', () => {
		expect(report.scannedPages).toBeGreaterThan(150);
		expect(problems('third-party')).toEqual([]);
	});

	it('no page breaks the production Content-Security-Policy', () => {
		expect(problems('csp')).toEqual([]);
	});

	it('the article with the most images stays light on a phone: ≤ 60 KB of images before scrolling, ≤ 200 KB in all, no layout shift', () => {
		expect(report.images?.images).toBeGreaterThanOrEqual(3);
		expect(report.lighthouse.find((row) => row.page.name === 'article')?.page.path).toBe(report.images?.path);
		expect(problems('images')).toEqual([]);
	});

	it('the heaviest article transfers ≤ 30 KB gzipped with ≤ 5 KB of JS before interaction', () => {
		expect(report.article.transfer).toBeGreaterThan(0);
		expect(problems('article')).toEqual([]);
	});
});
