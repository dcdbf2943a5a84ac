import { describe, expect, it } from 'vitest';
import { findBrokenLinks, normalizePath, type BuiltPage } from '../../src/lib/link-check';
import { extractPage } from '../../src/integrations/link-check';

const page = (path: string, ids: string[], hrefs: string[]): BuiltPage => ({
	path,
	ids: new Set(ids),
	links: hrefs.map((href) => ({ href })),
});

describe('internal link check', () => {
	it('normalises page paths', () => {
		expect(normalizePath('/articles/a')).toBe('/articles/a/');
		expect(normalizePath('/articles/a/index.html')).toBe('/articles/a/');
		expect(normalizePath('/robots.txt')).toBe('/robots.txt');
	});

	it('accepts links to existing pages, anchors and files', () => {
		const pages = [
			page('/', ['top'], ['/articles/a/', '/articles/a#how', '#top', '/robots.txt', 'https://example.com/x', 'mailto:a@b.c']),
			page('/articles/a/', ['how', 'top'], ['/']),
		];
		expect(findBrokenLinks(pages, new Set(['/robots.txt']))).toEqual([]);
	});

	it('reports missing pages and missing anchors', () => {
		const pages = [page('/', ['top'], ['/articles/b/', '/articles/a/#nope', '#gone']), page('/articles/a/', ['how'], [])];
		expect(findBrokenLinks(pages)).toEqual([
			{ page: '/', href: '/articles/b/', source: undefined, reason: 'missing-page' },
			{ page: '/', href: '/articles/a/#nope', source: undefined, reason: 'missing-anchor' },
			{ page: '/', href: '#gone', source: undefined, reason: 'missing-anchor' },
		]);
	});

	it('extracts ids and the content file each link was written in', () => {
		const html = '<main id="main"><div data-source="articles/a.mdx"><p><a href="/x/">x</a></p></div><a href="/y/">y</a></main>';
		const extracted = extractPage('/articles/a/', html);
		expect([...extracted.ids]).toEqual(['main']);
		expect(extracted.links).toEqual([
			{ href: '/x/', source: 'articles/a.mdx' },
			{ href: '/y/', source: undefined },
		]);
	});

	it('reads script ids but not their text, skips comments, and keeps the content file across void and nested elements', () => {
		const html = [
			'<div data-source="faq/a.yaml"><img src="x.png" alt=""><br/><section id="s"><p>text <a href="/in/">in</a></p></section></div>',
			'<script id="data" type="application/json">{"html":"<a href=\'/not-a-link/\' id=\'no\'>"}</script>',
			'<!-- <a href="/commented/"> --><A HREF="/out/" ID="Caps">out</A>',
		].join('');
		const extracted = extractPage('/faq/a/', html);
		expect([...extracted.ids]).toEqual(['s', 'data', 'Caps']);
		expect(extracted.links).toEqual([
			{ href: '/in/', source: 'faq/a.yaml' },
			{ href: '/out/', source: undefined },
		]);
	});
});
