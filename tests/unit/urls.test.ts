import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleUrl, categoryUrl, faqQuestionUrl, searchUrl } from '../../src/lib/urls';

describe('URLs', () => {
	it('builds every published path with a trailing slash', () => {
		expect(articleUrl('start-a-return')).toBe('/articles/start-a-return/');
		expect(categoryUrl('returns')).toBe('/categories/returns/');
		expect(categoryUrl('returns', 2)).toBe('/categories/returns/2/');
		expect(faqQuestionUrl('returns', 'return-cost')).toBe('/faq/returns/#return-cost');
		expect(searchUrl('money back?')).toBe('/search/?q=money%20back%3F');
		expect(absoluteUrl('/articles/a/', 'https://help.example.com')).toBe('https://help.example.com/articles/a/');
	});
});
