/** Search indexing during `astro build`: Pagefind reads the articles from disk in batches while Astro renders. */
import { describe, expect, it } from 'vitest';
import { articlesInBatches, pagesOfFile, type SearchIndexSession } from '../../src/integrations/search-index';

describe('articles indexed while pages render', () => {
	it('go to Pagefind once each, in batches of pages already written, the rest at the end', () => {
		const globs: string[] = [];
		const session = { addFromDisk: (path: string, glob: string) => globs.push(`${path}:${glob}`) } as unknown as SearchIndexSession;
		const rendered = articlesInBatches(session, '/dist', 500);
		const handedOver = () =>
			globs.flatMap((glob) =>
				/^\/dist:\{(.*)\}\/index\.html$/
					.exec(glob)![1]
					.split(',')
					.map((folder) => folder.replace(/^(nl\/)?articles\//, '')),
			);
		const slugs = Array.from({ length: 1201 }, (_, i) => `article-${i}`);
		for (const [i, slug] of slugs.entries()) {
			// Translations too: `/nl/articles/<slug>/`.
			rendered(i % 3 === 0 ? `/nl/articles/${slug}/` : `/articles/${slug}/`);
			// The page being rendered is not written yet.
			expect(handedOver()).not.toContain(slug);
			rendered('/faq/orders/');
		}
		expect(globs).toHaveLength(2);
		rendered.flush();
		expect(handedOver()).toEqual(slugs);
		expect(globs).toHaveLength(3);
	});
});

describe('the dev index after an edit', () => {
	const languages = [
		{ code: 'en', path: '' },
		{ code: 'nl', path: 'nl' },
	] as Parameters<typeof pagesOfFile>[1];

	it('renders again only the pages of the article or FAQ file that changed', () => {
		expect(pagesOfFile('faq/nl/returns.yaml', languages)).toEqual(['/nl/faq/returns/']);
		// Translations take their category and stage from the default language's file.
		expect(pagesOfFile('articles/en/start-a-return.mdx', languages)).toEqual(['/articles/start-a-return/', '/nl/articles/start-a-return/']);
	});

	it('renders every page again after any other change', () => {
		for (const file of [
			'settings/site.yaml',
			'snippets/en/order-number.mdx',
			'categories/en/returns.yaml',
			'articles/de/x.mdx',
			'articles/en/x.yaml',
		])
			expect(pagesOfFile(file, languages)).toBeUndefined();
	});
});
