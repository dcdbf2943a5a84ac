/** The search budgets of npm run bench:search, relative to Pagefind alone. */
import { describe, expect, it } from 'vitest';
import { compareWithPagefind, percentile } from '../../scripts/lib/search-budget';

describe('search budgets relative to Pagefind alone', () => {
	it('takes medians and 95th percentiles by nearest rank, whatever the order', () => {
		expect(percentile([30, 10, 20], 0.5)).toBe(20);
		expect(percentile([40, 10, 30, 20], 0.5)).toBe(20);
		expect(
			percentile(
				Array.from({ length: 20 }, (_, n) => n + 1),
				0.95,
			),
		).toBe(19);
		expect(percentile([], 0.5)).toBeNaN();
	});

	it('allows 25 KB more than Pagefind on the first search and 1.25× its median time', () => {
		const pagefind = { firstSearchBytes: 200 * 1024, timings: [40, 10, 20, 30, 50] };
		const within = compareWithPagefind({ firstSearchBytes: 225 * 1024, timings: [37.5, 12, 25, 60, 90] }, pagefind);
		expect(within).toMatchObject({ extraBytes: 25 * 1024, latencyRatio: 1.25, bytesWithinBudget: true, latencyWithinBudget: true });
		expect(within.ours).toEqual({ firstSearchBytes: 225 * 1024, median: 37.5, p95: 90 });
		expect(within.pagefind).toEqual({ firstSearchBytes: 200 * 1024, median: 30, p95: 50 });

		const over = compareWithPagefind({ firstSearchBytes: 225 * 1024 + 1, timings: [38, 12, 25, 60, 90] }, pagefind);
		expect(over).toMatchObject({ bytesWithinBudget: false, latencyWithinBudget: false });
		expect(over.latencyRatio).toBeCloseTo(1.2667, 3);
	});
});
