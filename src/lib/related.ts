/** The fields of an article that related-article suggestions need. */
export interface RelatedCandidate {
	slug: string;
	category: string;
	updated: Date;
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
	const sameCategory = [...(byCategory.get(article.category) ?? [])].sort((a, b) => b.updated.getTime() - a.updated.getTime());
	for (const other of sameCategory) {
		if (picked.size >= limit) break;
		if (other.slug !== article.slug && !picked.has(other.slug)) picked.set(other.slug, other);
	}
	return [...picked.values()].slice(0, limit);
}
