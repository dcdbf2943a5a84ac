/**
 * The search budgets of the scale issue, relative to Pagefind alone on the same index and queries: what our
 * search adds (query pipeline, synonyms, typo vocabulary, rendering) and not what Pagefind itself costs.
 */

/** Our first search may transfer this much more than Pagefind's own first search. */
export const EXTRA_FIRST_SEARCH_BYTES = 25 * 1024;
/** Our median keystroke → results may take this many times Pagefind's median search + fragments. */
export const MAX_LATENCY_RATIO = 1.25;

/** One side's measurements: the first search's bytes, and the time of each later query in ms. */
export interface SearchSide {
	firstSearchBytes: number;
	timings: readonly number[];
}

export interface SearchComparison {
	ours: { firstSearchBytes: number; median: number; p95: number };
	pagefind: { firstSearchBytes: number; median: number; p95: number };
	/** Our first search's bytes minus Pagefind's. */
	extraBytes: number;
	/** Our median over Pagefind's. */
	latencyRatio: number;
	bytesWithinBudget: boolean;
	latencyWithinBudget: boolean;
}

/** The value below which `share` of the sorted values lie (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

/** Compares our search with Pagefind's own on the same queries and index. */
export function compareWithPagefind(ours: SearchSide, pagefind: SearchSide): SearchComparison {
	const summary = (side: SearchSide) => ({
		firstSearchBytes: side.firstSearchBytes,
		median: percentile(side.timings, 0.5),
		p95: percentile(side.timings, 0.95),
	});
	const [a, b] = [summary(ours), summary(pagefind)];
	const extraBytes = a.firstSearchBytes - b.firstSearchBytes;
	const latencyRatio = a.median / b.median;
	return {
		ours: a,
		pagefind: b,
		extraBytes,
		latencyRatio,
		bytesWithinBudget: extraBytes <= EXTRA_FIRST_SEARCH_BYTES,
		latencyWithinBudget: latencyRatio <= MAX_LATENCY_RATIO,
	};
}
