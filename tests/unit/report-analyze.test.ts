/** What the report makes of the counts: the article a failed search meant, ready synonyms, the least helpful pages. */
import { describe, expect, it } from 'vitest';
import { analyze, articleMatcher } from '../../scripts/lib/report/analyze';
import { mergeTally, tallyEvents, type RecordedEvent } from '../../scripts/lib/report/exports';
import { emptyTally, type ReportContent } from '../../scripts/lib/report/model';
import { reportArticle } from '../../src/lib/report-content';
import { contentHealth } from '../../src/lib/content-health';

const article = (slug: string, title: string, keywords: string[], body: string, category = 'payment') =>
	reportArticle({
		slug,
		title,
		url: `/articles/${slug}/`,
		shortUrl: `/a/${slug.slice(0, 6)}/`,
		category,
		stage: 'after-purchase',
		language: 'en',
		keywords,
		description: `${title}.`,
		body,
	});

const content: ReportContent = {
	site: { name: 'Help', url: 'https://help.example' },
	built: '2026-12-04T00:00:00.000Z',
	articles: [
		article(
			'gift-card-balance',
			'How do I check my gift card balance?',
			['gift card balance'],
			'Enter the code of your gift card.',
			'gift-cards',
		),
		article('use-a-discount-code', 'How do I use a discount code?', ['promo code', 'discount code'], 'Type the code at checkout.'),
		article(
			'get-an-invoice',
			'How do I get an invoice?',
			['invoice', 'receipt'],
			'Download the invoice from your account. See [orders](/articles/x/).',
		),
	],
	categories: [
		{ id: 'payment', title: 'Payment', stage: 'during-purchase' },
		{ id: 'gift-cards', title: 'Gift cards', stage: 'during-purchase' },
	],
	faqQuestions: [{ url: '/faq/payment/#pay-later', question: 'Can I pay later?', category: 'payment' }],
	synonyms: { bill: ['invoice'] },
	health: contentHealth({ articles: [], categories: [], faqQuestions: [], linkedArticles: new Set(), today: new Date('2026-12-04') }),
};

const events = (...list: [RecordedEvent['type'], RecordedEvent['props']][]) =>
	tallyEvents(list.map(([type, props]) => ({ type, props, day: '2026-11-02' })));

describe('searches that found nothing', () => {
	it('name the article customers most likely meant, through typos, other word forms and stop words', () => {
		const match = articleMatcher(content.articles);
		expect(match('giftcrad balance')?.article.slug).toBe('gift-card-balance');
		expect(match('where are my invoices')?.article.slug).toBe('get-an-invoice');
		expect(match('bulk discount')?.article.slug).toBe('use-a-discount-code');
		expect(match('zzz qqq')).toBeUndefined();
	});

	it("come with a ready line for search/synonyms.yaml leading to the article's title words, and none where a synonym exists", () => {
		const findings = analyze(
			content,
			events(
				['kb-search-no-results', { query: 'bulk discount' }],
				['kb-search-no-results', { query: 'bulk discount' }],
				['kb-search-no-results', { query: 'Bill' }],
				['kb-search-no-results', { query: 'giftcrad: balance' }],
				['kb-search-no-results', { query: 'zzz' }],
			),
			true,
		);
		expect(
			findings.noResultSearches.map(({ query, searches, likely, synonymLine }) => [query, searches, likely?.url, synonymLine]),
		).toEqual([
			['bulk discount', 2, '/articles/use-a-discount-code/', '  bulk discount: [use discount code]'],
			['bill', 1, '/articles/get-an-invoice/', undefined],
			['giftcrad: balance', 1, '/articles/gift-card-balance/', '  "giftcrad: balance": [check gift card balance]'],
			['zzz', 1, undefined, undefined],
		]);
		expect(findings.noResultTrend).toEqual([{ day: '2026-11-02', searches: 0, noResults: 5 }]);
	});
});

describe('the rest of the report', () => {
	it('lists searches with results nobody opened, and helpfulness from the least helpful page, per category', () => {
		const tally = events(
			['kb-search', { query: 'refund', results: 3 }],
			['kb-search', { query: 'invoice', results: 2 }],
			['kb-search-result-click', { query: 'invoice', url: '/articles/get-an-invoice/', position: 1 }],
			['kb-feedback', { page: '/articles/get-an-invoice/', helpful: 'no' }],
			['kb-feedback', { page: '/articles/get-an-invoice/', helpful: 'yes' }],
			['kb-feedback', { page: '/a/gift-c/', helpful: 'yes' }],
			['kb-feedback', { page: '/faq/payment/#pay-later', helpful: 'no' }],
			['kb-feedback', { page: '/faq/payment/#pay-later', helpful: 'no' }],
			['kb-feedback-reason', { page: '/faq/payment/#pay-later', reason: 'outdated', text: 'Klarna is gone' }],
			['kb-contact-view', { from: '/articles/get-an-invoice/' }],
			['kb-contact-view', { from: '/search/', query: 'refund' }],
			['kb-contact-view', { from: '/search/', query: 'refund' }],
		);
		const findings = analyze(content, mergeTally(emptyTally(), tally), true);
		expect(findings.searchesWithoutClick.map((search) => search.query)).toEqual(['refund']);
		expect(findings.helpfulness.map(({ title, yes, no }) => [title, yes, no])).toEqual([
			['Can I pay later?', 0, 2],
			['How do I get an invoice?', 1, 1],
			['How do I check my gift card balance?', 1, 0],
		]);
		expect(findings.helpfulness[0]).toMatchObject({ reasons: { outdated: 1 }, texts: ['Klarna is gone'] });
		expect(findings.helpfulnessByCategory).toEqual([
			{ category: 'Payment', yes: 1, no: 3 },
			{ category: 'Gift cards', yes: 1, no: 0 },
		]);
		expect(findings.beforeContact).toEqual([
			{ page: '/search/', title: 'Search page', count: 2 },
			{ page: '/articles/get-an-invoice/', title: 'How do I get an invoice?', count: 1 },
		]);
	});
});
