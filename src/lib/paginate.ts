/** How many articles a listing page shows before it paginates. */
export const PAGE_SIZE = 30;

/** One page of a list, with its 1-based number and the total page count. */
export interface Page<T> {
	items: T[];
	number: number;
	total: number;
}

/** Splits a list into pages of `size` (always at least one page, so an empty category still has a page). */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
	const total = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: total }, (_, index) => ({
		items: items.slice(index * size, (index + 1) * size),
		number: index + 1,
		total,
	}));
}
