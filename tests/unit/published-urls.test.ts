import { describe, expect, it } from 'vitest';
import {
	fetchPublishedArticles,
	mergePublishedUrls,
	parsePublishedUrls,
	planPagePermanence,
	planTranslationPermanence,
	planPermanence,
	serializePublishedUrls,
} from '../../src/lib/published-urls';

describe('published article addresses', () => {
	it('redirect the old slugs of a renamed article to its new one, and record the new one', () => {
		const plan = planPermanence({ k7f2qa: ['returns', 'start-a-return'] }, [{ id: 'k7f2qa', slug: 'return-an-item' }], []);
		expect(plan.redirects).toEqual([
			{ fromSlug: 'returns', toSlug: 'return-an-item' },
			{ fromSlug: 'start-a-return', toSlug: 'return-an-item' },
		]);
		expect(plan.broken).toEqual([]);
		expect(plan.ledger).toEqual({ k7f2qa: ['returns', 'start-a-return', 'return-an-item'] });
	});

	it('need a replacement for a removed article, or say how to give one', () => {
		const ledger = { k7f2qa: ['start-a-return'], r3fund: ['refund-status'] };
		const articles = [{ id: 'r3fund', slug: 'refund-status' }];
		const broken = planPermanence(ledger, articles, []).broken;
		expect(broken).toHaveLength(1);
		expect(broken[0].message).toMatch(/^\/articles\/start-a-return\/ \(short link \/a\/k7f2qa\/\) was published/);
		expect(broken[0].message).toContain('put "id: k7f2qa" back');
		expect(planPermanence(ledger, articles, [{ slug: 'start-a-return', replacedBy: 'refund-status' }])).toMatchObject({
			broken: [],
			redirects: [{ fromSlug: 'start-a-return', toSlug: 'refund-status', removedId: 'k7f2qa' }],
		});
	});

	it('leave an address alone when an article lives there again', () => {
		const plan = planPermanence(
			{ k7f2qa: ['returns', 'start-a-return'] },
			[
				{ id: 'k7f2qa', slug: 'start-a-return' },
				{ id: 'n3wone', slug: 'returns' },
			],
			[],
		);
		expect(plan.redirects).toEqual([]);
	});

	it('are stored one line per article, sorted, and read back', () => {
		const text = serializePublishedUrls(
			{ zz9abc: ['b'], k7f2qa: ['returns', 'start-a-return'] },
			{ '/faq/b/': '/faq/', '/faq/a/': '/faq/' },
		);
		expect(text).toMatch(/^# Every article address/);
		expect(text).toContain(
			'articles:\n  k7f2qa: [ returns, start-a-return ]\n  zz9abc: [ b ]\npages:\n  /faq/a/: /faq/\n  /faq/b/: /faq/\n',
		);
		expect(parsePublishedUrls(text)).toEqual({
			articles: { k7f2qa: ['returns', 'start-a-return'], zz9abc: ['b'] },
			pages: { '/faq/a/': '/faq/', '/faq/b/': '/faq/' },
			translations: {},
		});
		expect(parsePublishedUrls(undefined)).toEqual({ articles: {}, pages: {}, translations: {} });
		const withTranslations = serializePublishedUrls({ k7f2qa: ['start-a-return'] }, {}, { nl: { k7f2qa: ['retourneren'] } });
		expect(withTranslations).toContain('translations:\n  nl:\n    k7f2qa: [ retourneren ]\n');
		expect(parsePublishedUrls(withTranslations).translations).toEqual({ nl: { k7f2qa: ['retourneren'] } });
	});
});

describe('published translations', () => {
	const english = { url: '/articles/start-a-return/', title: 'How do I return an item?' };
	const fallback = (id: string) => (id === 'k7f2qa' ? english : undefined);
	const pathOf = (code: string) => (code === 'nl' ? 'nl' : undefined);

	it('lead from a renamed translation’s old address to its new one', () => {
		const plan = planTranslationPermanence(
			{ nl: { k7f2qa: ['retourneren'] } },
			[{ language: 'nl', id: 'k7f2qa', slug: 'artikel-retourneren', title: 'Hoe stuur ik iets terug?' }],
			fallback,
			pathOf,
		);
		expect(plan.redirects).toEqual([
			{ from: '/nl/articles/retourneren/', to: '/nl/articles/artikel-retourneren/', title: 'Hoe stuur ik iets terug?' },
		]);
		expect(plan.ledger).toEqual({ nl: { k7f2qa: ['retourneren', 'artikel-retourneren'] } });
	});

	it('lead from a removed translation’s address and short link to the article in the default language', () => {
		const plan = planTranslationPermanence({ nl: { k7f2qa: ['retourneren'] } }, [], fallback, pathOf);
		expect(plan.redirects).toEqual([
			{ from: '/nl/articles/retourneren/', to: '/articles/start-a-return/', title: 'How do I return an item?' },
			{ from: '/nl/a/k7f2qa/', to: '/articles/start-a-return/', title: 'How do I return an item?' },
		]);
	});

	it('never redirect an address another translation has now, nor a language no longer configured', () => {
		const plan = planTranslationPermanence(
			{ nl: { k7f2qa: ['retourneren'] }, fr: { k7f2qa: ['retourner'] } },
			[{ language: 'nl', id: 'zz9abc', slug: 'retourneren', title: 'Iets anders' }],
			fallback,
			pathOf,
		);
		expect(plan.redirects.map((redirect) => redirect.from)).toEqual(['/nl/a/k7f2qa/']);
	});
});

describe('published category and FAQ pages', () => {
	const always = new Set(['/after-purchase/', '/faq/']);

	it('lead to page 1 when a category shrinks, to its stage when it goes, to the FAQ index when a group goes', () => {
		const recorded = {
			'/categories/returns/': '/after-purchase/',
			'/categories/returns/2/': '/categories/returns/',
			'/categories/old/': '/after-purchase/',
			'/categories/old/2/': '/categories/old/',
			'/faq/old-group/': '/faq/',
		};
		const current = { '/categories/returns/': '/after-purchase/', '/faq/new-group/': '/faq/' };
		const plan = planPagePermanence(recorded, current, always);
		expect(plan.redirects).toEqual([
			{ from: '/categories/returns/2/', to: '/categories/returns/' },
			{ from: '/categories/old/', to: '/after-purchase/' },
			{ from: '/categories/old/2/', to: '/after-purchase/' },
			{ from: '/faq/old-group/', to: '/faq/' },
		]);
		expect(plan.pages).toEqual({ ...recorded, '/faq/new-group/': '/faq/' });
	});
});

describe('the live site as a record (KB_PUBLISHED_SITE)', () => {
	const feed = { version: 1, articles: [{ id: 'k7f2qa', url: 'https://help.example/articles/start-a-return/' }] };
	const respond = (status: number, body?: unknown) =>
		(async () => new Response(body ? JSON.stringify(body) : null, { status })) as typeof fetch;

	it('reads the articles the live feed lists and merges them into the record', async () => {
		const live = await fetchPublishedArticles('https://help.example', respond(200, feed));
		expect(live).toEqual({ k7f2qa: ['start-a-return'] });
		expect(mergePublishedUrls({ k7f2qa: ['returns'] }, live)).toEqual({ k7f2qa: ['returns', 'start-a-return'] });
	});

	it('treats a site without a feed yet as empty, and fails loudly when the site cannot be read', async () => {
		await expect(fetchPublishedArticles('https://help.example', respond(404))).resolves.toEqual({});
		await expect(fetchPublishedArticles('https://help.example', respond(500))).rejects.toThrow(/HTTP 500/);
		const offline = (async () => {
			throw new Error('getaddrinfo ENOTFOUND');
		}) as typeof fetch;
		await expect(fetchPublishedArticles('https://help.example', offline)).rejects.toThrow(
			/Could not read https:\/\/help\.example\/api\/articles\.json .*ENOTFOUND.*KB_PUBLISHED_SITE/,
		);
	});
});
