/** Search indexing during `astro build`: Pagefind reads the articles from disk in batches while Astro renders. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesInBatches, pagesOfFile, type SearchIndexSession } from '../../src/integrations/search-index';

describe('articles indexed while pages render', () => {
	it('go to Pagefind once each, in batches of pages completely written, the rest at the end', () => {
		const dist = mkdtempSync(join(tmpdir(), 'answerkit-batches-'));
		const globs: string[] = [];
		const session = { addFromDisk: (path: string, glob: string) => globs.push(`${path}:${glob}`) } as unknown as SearchIndexSession;
		const rendered = articlesInBatches(session, dist, 500);
		const handedOver = () =>
			globs.flatMap((glob) =>
				glob
					.slice(`${dist}:{`.length, -'}/index.html'.length)
					.split(',')
					.map((folder) => folder.replace(/^(nl\/)?articles\//, '')),
			);
		const write = (path: string, html: string) => {
			mkdirSync(join(dist, path), { recursive: true });
			writeFileSync(join(dist, path, 'index.html'), html);
		};
		const slugs = Array.from({ length: 1701 }, (_, i) => `article-${i}`);
		const paths = slugs.map((slug, i) => (i % 3 === 0 ? `nl/articles/${slug}` : `articles/${slug}`));
		try {
			for (const [i, path] of paths.entries()) {
				// Two pages at once (build.concurrency 2): this one renders while the previous one is half written.
				rendered(`/${path}/`);
				if (i > 0) write(paths[i - 1]!, '<!DOCTYPE html><html><body>half of it');
				expect(handedOver()).not.toContain(slugs[i]);
				if (i > 0) expect(handedOver()).not.toContain(slugs[i - 1]);
				if (i > 0) write(paths[i - 1]!, '<!DOCTYPE html><html><body>all of it</body></html>');
				rendered('/faq/orders/');
			}
			expect(globs).toHaveLength(3);
			rendered.flush();
			write(paths.at(-1)!, '<!DOCTYPE html><html><body>all of it</body></html>');
			expect(handedOver().toSorted()).toEqual(slugs.toSorted());
			expect(new Set(handedOver()).size).toBe(slugs.length);
			// Each glob names at most a batch of folders (Pagefind refuses a glob of thousands).
			expect(globs.every((glob) => glob.split(',').length <= 500)).toBe(true);
		} finally {
			rmSync(dist, { recursive: true, force: true });
		}
	});

	it('hands over everything left at the end in batches', () => {
		const globs: string[] = [];
		const session = { addFromDisk: (_path: string, glob: string) => globs.push(glob) } as unknown as SearchIndexSession;
		const rendered = articlesInBatches(session, '/dist', 500, () => false);
		for (let i = 0; i < 1200; i++) rendered(`/articles/a-${i}/`);
		expect(globs).toHaveLength(0);
		rendered.flush();
		expect(globs.map((glob) => glob.split(',').length)).toEqual([500, 500, 200]);
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
