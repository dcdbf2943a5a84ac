/**
 * `npm run audit`'s page checks on the sample help center, as CI enforces them: axe on every kind of page
 * (search panel open, agents' page and 404 included) in both colour schemes, a broken-link crawl, no requests
 * to other origins, no CSP violation under the production `_headers`, and the image budget on a phone. No
 * timing is measured, so it runs beside the other tests; Lighthouse is tests/audit/audit.test.ts.
 */
import { describe, expect, inject, it } from 'vitest';
import { helpCenterPages } from '../../scripts/lib/audit/pages.ts';
import { auditSampleSite } from '../helpers/audit';

const { report, problems } = auditSampleSite(['pages']);

describe('page checks of the sample help center', () => {
	it('axe-core finds no WCAG 2.2 AA or best-practice violation, search panel open included', () => {
		expect(report().axe.map((row) => row.page.name)).toContain('search panel');
		// Ten pages and, as the sample has translations, a Dutch article and category page, each in both themes.
		expect(report().axe.length).toBe(24);
		expect(report().axe.map((row) => row.page.name)).toEqual(expect.arrayContaining(['article (de)', 'category (de)']));
		expect(problems('axe')).toEqual([]);
	});

	it('the crawl finds no broken link or #anchor across the whole site', () => {
		expect(report().links.checked).toBeGreaterThan(150);
		expect(problems('links')).toEqual([]);
	});

	it('no page requests another origin', () => {
		expect(report().scannedPages).toBeGreaterThan(150);
		expect(problems('third-party')).toEqual([]);
	});

	it('no page breaks the production Content-Security-Policy', () => {
		expect(problems('csp')).toEqual([]);
	});

	it('the article with the most images stays light on a phone: ≤ 60 KB of images before scrolling, ≤ 200 KB in all, no layout shift', () => {
		expect(report().images?.images).toBeGreaterThanOrEqual(3);
		// The article Lighthouse audits is this one, so its scores include the images.
		const audited = helpCenterPages(inject('sampleDist')).lighthouse.find((page) => page.name === 'article');
		expect(report().images?.path).toBe(audited?.path);
		expect(problems('images')).toEqual([]);
	});
});
