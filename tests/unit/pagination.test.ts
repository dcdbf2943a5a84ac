import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/lib/paginate';

describe('pagination', () => {
	it('splits lists into numbered pages and always yields one page', () => {
		expect(paginate([1, 2, 3, 4, 5], 2).map((p) => [p.number, p.items, p.total])).toEqual([
			[1, [1, 2], 3],
			[2, [3, 4], 3],
			[3, [5], 3],
		]);
		expect(paginate([], 2)).toEqual([{ items: [], number: 1, total: 1 }]);
	});
});
