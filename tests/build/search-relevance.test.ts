/**
 * Customers find answers in their own words: each query, phrased as customers type it (synonyms,
 * typos, whole sentences), must bring the expected page into the top 3 of the real Pagefind index
 * built from the sample help center.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers/build';
import { findabilityQueries as cases } from '../helpers/findability-queries';
import { loadSearch } from '../helpers/search-node';

let run: Awaited<ReturnType<typeof loadSearch>>;
beforeAll(async () => {
	run = await loadSearch(inject('sampleDist'));
});

const topThree = async (query: string) => (await run(query)).results.slice(0, 3).map((result) => result.url.replace(/[?#].*$/, ''));

describe('search finds the answer in the top 3', () => {
	it.each(cases)('%s → %s', async (query, expected) => {
		expect(await topThree(query)).toContain(expected);
	});

	it('covers at least 40 customer phrasings', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
	});
});

describe('search results', () => {
	it('say which typos were corrected', async () => {
		const outcome = await run('refnud for my retrun');
		expect(outcome.query.correctedQuery).toBe('refund for my return');
	});

	it('leave correctly spelt inflections alone', async () => {
		expect((await run('watch not connecting')).query.correctedQuery).toBeUndefined();
	});

	it('give each FAQ question its own sub-result with its permanent anchor', async () => {
		const [faq] = (await run('return without receipt')).results.filter((result) => result.url.startsWith('/faq/'));
		const question = faq.subResults.find((sub) => sub.url.endsWith('#return-no-receipt-needed'));
		expect(question?.url).toMatch(/^\/faq\/returns-and-refunds\/(\?[^#]*)?#return-no-receipt-needed$/);
		expect(question?.title).toBe('Can I return something without the receipt?');
	});

	it('give article sections as sub-results with their anchors', async () => {
		const [result] = (await run('pack your return')).results.filter((r) => r.url.startsWith('/articles/start-a-return/'));
		expect(result.subResults.map((sub) => sub.url)).toContainEqual(expect.stringMatching(/#pack-and-send-it$/));
	});

	it('carry title, description, stage and category, and mark matched words', async () => {
		const [result] = (await run('charged twice')).results;
		expect(result).toMatchObject({ title: 'I was charged twice for one order', stage: 'Ordering and paying', category: 'Payment' });
		expect(result.description.length).toBeGreaterThan(20);
		expect(result.excerpt).toContain('<mark>');
	});

	it('find pages by their keywords without showing the keywords', async () => {
		// "erasure" appears only in the keywords of delete-your-account.mdx, nowhere in any text.
		const article = readFileSync(join(projectRoot, 'content/articles/en/delete-your-account.mdx'), 'utf8');
		expect(article).toMatch(/^keywords:\n(?:  - .*\n)*  - .*erasure/m);
		expect(article.split('---')[2]).not.toMatch(/erasure/i);
		const outcome = await run('erasure');
		expect(outcome.results[0].url).toMatch(/^\/articles\/delete-your-account\//);
		expect(outcome.results[0].excerpt).toBe('');
		expect(outcome.results[0].description.length).toBeGreaterThan(20);
		for (const r of outcome.results) expect(`${r.excerpt} ${r.subResults.map((s) => s.excerpt).join(' ')}`).not.toMatch(/kbkeywordsend/);
	});

	it('filter by stage and category', async () => {
		const after = await run('delivery', { stage: 'after-purchase' });
		expect(after.results.length).toBeGreaterThan(0);
		expect(after.results.every((r) => r.stage === 'After your order')).toBe(true);
		const payment = await run('card', { category: 'payment' });
		expect(payment.results.every((r) => r.category === 'Payment')).toBe(true);
	});

	it('index neither navigation nor footers', async () => {
		// These words are on every article page, but only in the page chrome (table of contents, related
		// articles, contact block, theme toggle), never in the content.
		for (const chrome of ['on this page', 'related articles', 'still need help', 'dark theme']) {
			expect(
				(await run(chrome)).results.filter((r) =>
					r.excerpt
						.replace(/<[^>]+>/g, '')
						.toLowerCase()
						.includes(chrome),
				),
				chrome,
			).toEqual([]);
		}
		expect((await run('returns')).results.every((r) => /^\/(articles|faq)\//.test(r.url))).toBe(true);
	});
});
