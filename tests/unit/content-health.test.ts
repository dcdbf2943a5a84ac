/** Content health: what is due for review, unreachable but by search, or missing customers' words. */
import { describe, expect, it } from 'vitest';
import {
	addMonths,
	contentHealth,
	healthSummary,
	linkedArticles,
	type HealthArticle,
	type HealthInput,
} from '../../src/lib/content-health';

const day = (value: string) => new Date(`${value}T00:00:00Z`);

function article(slug: string, fields: Partial<HealthArticle> = {}): HealthArticle {
	return {
		slug,
		title: `Title of ${slug}`,
		url: `/articles/${slug}/`,
		file: `articles/en/${slug}.mdx`,
		category: 'payment',
		keywords: ['words'],
		updated: day('2026-01-10'),
		...fields,
	};
}

function health(fields: Partial<HealthInput>) {
	return contentHealth({
		articles: [],
		categories: [{ id: 'payment', title: 'Payment', file: 'categories/en/payment.yaml' }],
		faqQuestions: [],
		linkedArticles: new Set(),
		today: day('2026-12-04'),
		...fields,
	});
}

describe('review dates', () => {
	it('count calendar months, ending on the last day of a shorter month', () => {
		expect(addMonths(day('2026-01-31'), 1).toISOString().slice(0, 10)).toBe('2026-02-28');
		expect(addMonths(day('2026-08-15'), 6).toISOString().slice(0, 10)).toBe('2027-02-15');
	});

	it("make an article due after its own interval, else its category's, else the site's, else 6 months", () => {
		const result = health({
			articles: [
				article('fresh', { reviewed: day('2026-09-01') }),
				article('site-default', { reviewed: day('2026-05-01') }),
				article('own-interval', { reviewed: day('2026-09-01'), reviewEvery: 2 }),
				article('in-strict-category', { reviewed: day('2026-08-01'), category: 'prices' }),
				article('never-reviewed-but-updated-long-ago', { updated: day('2025-11-01') }),
				article('never-reviewed-recently-updated', { updated: day('2026-11-01') }),
			],
			categories: [
				{ id: 'payment', title: 'Payment', file: 'categories/en/payment.yaml' },
				{ id: 'prices', title: 'Prices', file: 'categories/en/prices.yaml', reviewEvery: 3 },
			],
		});
		expect(result.dueForReview.map((entry) => [entry.slug, entry.checked, entry.reviewed, entry.due])).toEqual([
			['never-reviewed-but-updated-long-ago', '2025-11-01', false, '2026-05-01'],
			['in-strict-category', '2026-08-01', true, '2026-11-01'],
			['own-interval', '2026-09-01', true, '2026-11-01'],
			['site-default', '2026-05-01', true, '2026-11-01'],
		]);
		expect(result.neverReviewed.map((entry) => entry.slug)).toEqual([
			'never-reviewed-but-updated-long-ago',
			'never-reviewed-recently-updated',
		]);
		expect(health({ articles: [article('a', { reviewed: day('2026-09-01') })], reviewEvery: 1 }).dueForReview).toHaveLength(1);
	});

	it('leave drafts out: they are not published yet', () => {
		const result = health({ articles: [article('draft', { updated: day('2020-01-01'), draft: true, keywords: [] })] });
		expect([result.dueForReview, result.neverReviewed, result.withoutKeywords, result.unlinked]).toEqual([[], [], [], []]);
	});
});

describe('links between pages', () => {
	const articles = [
		{ slug: 'a', id: 'aaaa11', url: '/articles/a/', related: ['b'] },
		{ slug: 'b', id: 'bbbb22', url: '/articles/b/', related: [] },
		{ slug: 'c', id: 'cccc33', url: '/articles/c/', related: [] },
		{ slug: 'd', id: 'dddd44', url: '/articles/d/', related: [] },
		{ slug: 'e', id: 'eeee55', url: '/articles/e/', related: [] },
		{ slug: 'f', id: 'ffff66', url: '/articles/f/', related: ['f'] },
	];

	it("count writers' links (relative, full or short), related lists and featured articles, not an article's link to itself", () => {
		const linked = linkedArticles({
			bodies: [
				{ page: '/articles/b/', links: ['../c/#step-2', '/articles/b/#top', 'https://elsewhere.example/articles/f/'] },
				{ page: '/faq/payment/', links: ['https://help.example/a/dddd44/'] },
				{ page: '/articles/e/', links: ['mailto:help@example.com', 'not a url://', '/articles/e/'] },
			],
			articles,
			featured: ['a'],
			siteUrl: 'https://help.example',
		});
		expect([...linked].sort()).toEqual(['/articles/a/', '/articles/b/', '/articles/c/', '/articles/d/']);
	});

	it('list articles nobody links to, articles without keywords, empty categories and FAQ answers without a link', () => {
		const result = health({
			articles: [article('a'), article('b', { keywords: [] })],
			categories: [
				{ id: 'payment', title: 'Payment', file: 'categories/en/payment.yaml' },
				{ id: 'empty', title: 'Empty', file: 'categories/en/empty.yaml' },
			],
			faqQuestions: [
				{ id: 'q1', question: 'With a link?', url: '/faq/x/#q1', file: 'faq/en/x.yaml', links: ['/articles/a/'] },
				{ id: 'q2', question: 'Without?', url: '/faq/x/#q2', file: 'faq/en/x.yaml', links: [] },
			],
			linkedArticles: new Set(['/articles/a/']),
		});
		expect(result.unlinked.map((entry) => entry.slug)).toEqual(['b']);
		expect(result.withoutKeywords.map((entry) => entry.slug)).toEqual(['b']);
		expect(result.categoriesWithoutArticles.map((category) => category.id)).toEqual(['empty']);
		expect(result.faqAnswersWithoutLinks.map((question) => question.id)).toEqual(['q2']);
	});
});

describe("the build's health line", () => {
	it('names each kind of problem with its count, and says so when there is none', () => {
		const result = health({
			articles: [article('a', { updated: day('2025-01-01'), keywords: [] }), article('b', { updated: day('2025-01-01') })],
			linkedArticles: new Set(['/articles/a/', '/articles/b/']),
		});
		expect(healthSummary(result)).toBe('2 articles due for review, 1 article without keywords');
		expect(healthSummary(health({ categories: [] }))).toBe('nothing due for review, every article linked and with keywords');
	});
});
