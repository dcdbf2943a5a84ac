/** The fields of an article that related-article suggestions need. */
export interface RelatedCandidate {
	slug: string;
	category: string;
	updated: Date;
}

const sortedLists = new WeakMap<readonly RelatedCandidate[], readonly RelatedCandidate[]>();

/** A category's articles, most recently updated first: sorted once per list, not once per article page. */
function newestFirst<T extends RelatedCandidate>(articles: readonly T[]): readonly T[] {
	let sorted = sortedLists.get(articles);
	if (!sorted) sortedLists.set(articles, (sorted = [...articles].sort((a, b) => b.updated.getTime() - a.updated.getTime())));
	return sorted as readonly T[];
}

/**
 * Articles to suggest under an article: the writer's `related` picks first (in their order),
 * then the most recently updated articles of the same category, up to `limit`.
 * `byCategory` holds each category's articles; passing it keeps this O(category size), not O(site).
 */
export function relatedArticles<T extends RelatedCandidate>(
	article: T & { related: string[] },
	bySlug: ReadonlyMap<string, T>,
	byCategory: ReadonlyMap<string, readonly T[]>,
	limit = 4,
): T[] {
	const picked = new Map<string, T>();
	for (const slug of article.related) {
		const other = bySlug.get(slug);
		if (other && other.slug !== article.slug) picked.set(slug, other);
	}
	const sameCategory = newestFirst(byCategory.get(article.category) ?? []);
	for (const other of sameCategory) {
		if (picked.size >= limit) break;
		if (other.slug !== article.slug && !picked.has(other.slug)) picked.set(other.slug, other);
	}
	return [...picked.values()].slice(0, limit);
}
