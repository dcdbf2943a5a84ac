/** Links agents send: short links, redirects and the articles feed, in the built sample site. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { articlesFeedSchema } from '../../src/lib/feed';

const sample = inject('sampleDist');
const read = (path: string) => readFileSync(join(sample, path), 'utf8');
const content = join(import.meta.dirname, '../../content');
const articleIds = readdirSync(join(content, 'articles/en')).map((file) => {
	const frontmatter = parse(
		readFileSync(join(content, 'articles/en', file), 'utf8')
			.split('\n---\n')[0]
			.slice(4),
	);
	return { slug: file.replace(/\.mdx$/, ''), id: frontmatter.id as string };
});

describe('short links', () => {
	it('exist for every article, as static redirect pages with a canonical URL', () => {
		expect(articleIds.every(({ id }) => /^[a-z0-9]{6}$/.test(id))).toBe(true);
		for (const { slug, id } of articleIds) {
			const html = read(`a/${id}/index.html`);
			expect(html, id).toContain(`<meta http-equiv="refresh" content="0; url=/articles/${slug}/">`);
			expect(html).toContain(`<link rel="canonical" href="https://help.fernhill.example/articles/${slug}/">`);
			expect(html).toContain('<meta name="robots" content="noindex">');
		}
	});

	it('exist for every FAQ question, leading to its answer in its group', () => {
		for (const file of readdirSync(join(content, 'faq/en'))) {
			const group = file.replace(/\.yaml$/, '');
			for (const { id } of parse(readFileSync(join(content, 'faq/en', file), 'utf8')).questions as { id: string }[]) {
				expect(read(`q/${id}/index.html`)).toContain(`<meta http-equiv="refresh" content="0; url=/faq/${group}/#${id}">`);
			}
		}
	});

	it('are repeated in _redirects for hosts that read it, and kept out of the sitemap', () => {
		const lines = read('_redirects').trim().split('\n');
		expect(lines).toContain('/a/qytarm/ /articles/start-a-return/ 301');
		expect(lines.filter((line) => line.startsWith('/a/'))).toHaveLength(articleIds.length);
		expect(read('sitemap-0.xml')).not.toMatch(/\/(a|q)\//);
	});
});

describe('the articles feed /api/articles.json', () => {
	it('lists every article with its links, stage, category, keywords, date, language and translations, as its schema says', () => {
		const feed = articlesFeedSchema.parse(JSON.parse(read('api/articles.json')));
		expect(feed.articles).toHaveLength(articleIds.length);
		expect(feed.articles.find((article) => article.id === 'qytarm')).toEqual({
			id: 'qytarm',
			title: 'How do I return an item?',
			description: expect.stringContaining('Start a return'),
			url: 'https://help.fernhill.example/articles/start-a-return/',
			shortUrl: 'https://help.fernhill.example/a/qytarm/',
			stage: 'after-purchase',
			category: 'returns-and-refunds',
			categoryTitle: expect.any(String),
			keywords: expect.arrayContaining(['money back']),
			updated: '2026-10-14',
			language: 'en',
			translations: [
				expect.objectContaining({ language: 'de', shortUrl: 'https://help.fernhill.example/de/a/qytarm/' }),
				expect.objectContaining({ language: 'nl', url: 'https://help.fernhill.example/nl/articles/start-a-return/' }),
			],
		});
	});
});
