import { describe, expect, it } from 'vitest';
import { entryOfFile } from '../../src/data/content-collections';

describe('the collection entry of a content file (what a CMS save is checked as)', () => {
	const entry = (path: string) => {
		const found = entryOfFile(path, 'en', ['nl', 'de']);
		return found && `${found.collection}/${found.id}`;
	};
	it('finds entries of the default language and of translations, and single files', () => {
		expect(entry('articles/en/start-a-return.mdx')).toBe('articles/start-a-return');
		expect(entry('articles/nl/retour.mdx')).toBe('articleTranslations/nl/retour');
		expect(entry('faq/en/orders.yaml')).toBe('faq/orders');
		expect(entry('categories/de/payment.yaml')).toBe('categoryTranslations/de/payment');
		expect(entry('snippets/en/order-number.mdx')).toBe('snippets/order-number');
		expect(entry('settings/site.yaml')).toBe('settings/site');
		expect(entry('settings/nl/site.yaml')).toBe('settingsTranslations/nl/site');
		expect(entry('search/synonyms.yaml')).toBe('search/synonyms');
	});
	it('knows no entry for other files: uploads, unknown languages, wrong extensions or folders', () => {
		for (const path of [
			'uploads/a.png',
			'articles/fr/x.mdx',
			'articles/en/x.yaml',
			'articles/x.mdx',
			'settings/other.yaml',
			'articles/en/a/b.mdx',
		])
			expect(entry(path)).toBeUndefined();
	});
});
