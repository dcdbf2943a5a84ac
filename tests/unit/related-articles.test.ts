import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../src/lib/related';

describe('related articles', () => {
	const a = (slug: string, category: string, day: number, related: string[] = []) => ({
		slug,
		category,
		related,
		updated: new Date(2026, 0, day),
	});
	const articles = [
		a('one', 'x', 1, ['four', 'missing', 'one']),
		a('two', 'x', 5),
		a('three', 'x', 9),
		a('four', 'y', 2),
		a('five', 'x', 3),
	];
	const bySlug = new Map(articles.map((item) => [item.slug, item]));
	const byCategory = new Map([
		['x', articles.filter((item) => item.category === 'x')],
		['y', [articles[3]]],
	]);

	it("puts the writer's picks first, then the newest of the same category, never itself", () => {
		expect(relatedArticles(articles[0], bySlug, byCategory, 3).map((item) => item.slug)).toEqual(['four', 'three', 'two']);
	});
});
