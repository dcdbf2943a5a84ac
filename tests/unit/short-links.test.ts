import { describe, expect, it } from 'vitest';
import { derivedShortId, randomShortId, SHORT_ID_PATTERN } from '../../src/lib/short-id';
import { redirectsFile, shortLinks } from '../../src/lib/redirects';

describe('permanent short-link ids', () => {
	it('are short, unambiguous and valid for the schema', () => {
		for (let i = 0; i < 200; i++) expect(randomShortId()).toMatch(/^[23456789abcdefghjkmnpqrstuvwxyz]{6}$/);
		expect(SHORT_ID_PATTERN.test(randomShortId())).toBe(true);
		expect(SHORT_ID_PATTERN.test('k7f2q0')).toBe(false);
	});

	it('are derived the same way every build for articles without one', () => {
		expect(derivedShortId('start-a-return')).toBe(derivedShortId('start-a-return'));
		expect(derivedShortId('start-a-return')).not.toBe(derivedShortId('refund-status'));
		expect(SHORT_ID_PATTERN.test(derivedShortId('start-a-return'))).toBe(true);
	});
});

describe('short links', () => {
	it('lead to the article and to the FAQ answer, also as _redirects lines', () => {
		const redirects = shortLinks({
			articles: [{ id: 'k7f2qa', url: '/articles/start-a-return/', title: 'How do I return an item?' }],
			faqGroups: [{ url: '/faq/returns/', questions: [{ id: 'return-cost', question: 'Is returning free?' }] }],
		});
		expect(redirects).toEqual([
			{ from: '/a/k7f2qa/', to: '/articles/start-a-return/', title: 'How do I return an item?' },
			{ from: '/q/return-cost/', to: '/faq/returns/#return-cost', title: 'Is returning free?' },
		]);
		expect(redirectsFile(redirects)).toBe('/a/k7f2qa/ /articles/start-a-return/ 301\n/q/return-cost/ /faq/returns/#return-cost 301\n');
	});

	it('in another language lead to its translations, under its code', () => {
		const redirects = shortLinks({
			lang: 'nl',
			articles: [{ id: 'k7f2qa', url: '/nl/articles/start-a-return/', title: 'Hoe stuur ik iets terug?' }],
			faqGroups: [{ url: '/nl/faq/returns/', questions: [{ id: 'return-cost', question: 'Is retourneren gratis?' }] }],
		});
		expect(redirects.map(({ from, to }) => `${from} ${to}`)).toEqual([
			'/nl/a/k7f2qa/ /nl/articles/start-a-return/',
			'/nl/q/return-cost/ /nl/faq/returns/#return-cost',
		]);
	});
});
