import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../src/lib/related';
import { tableOfContents } from '../../src/lib/toc';
import { paginate } from '../../src/lib/paginate';
import { closestName } from '../../src/lib/suggest';
import { findComponentUses } from '../../src/lib/component-usage';
import { contrastRatio } from '../../src/lib/contrast';
import { faqAnswerComponents } from '../../src/components/mdx';
import { renderMdx } from '../../src/lib/mdx-html';
import { serializeJsonLd, breadcrumbListLd } from '../../src/lib/json-ld';
import { absoluteUrl, articleUrl, categoryUrl, faqQuestionUrl, searchUrl } from '../../src/lib/urls';
import { contentDir } from '../../src/lib/content-dir';
import { useTranslations } from '../../src/i18n';
import { measurePage } from '../../src/lib/page-weight';

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

describe('related articles', () => {
	const a = (slug: string, category: string, day: number, related: string[] = []) => ({ slug, category, related, updated: new Date(2026, 0, day) });
	const articles = [a('one', 'x', 1, ['four', 'missing', 'one']), a('two', 'x', 5), a('three', 'x', 9), a('four', 'y', 2), a('five', 'x', 3)];
	const bySlug = new Map(articles.map((item) => [item.slug, item]));
	const byCategory = new Map([['x', articles.filter((item) => item.category === 'x')], ['y', [articles[3]]]]);

	it('puts the writer\'s picks first, then the newest of the same category, never itself', () => {
		expect(relatedArticles(articles[0], bySlug, byCategory, 3).map((item) => item.slug)).toEqual(['four', 'three', 'two']);
	});
});

describe('table of contents', () => {
	const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
	it('lists the ## sections of articles with three or more of them', () => {
		expect(tableOfContents([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(2, 'c')]).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
		expect(tableOfContents([h(2, 'a'), h(2, 'b'), h(3, 'b1')])).toEqual([]);
	});
});

describe('pagination', () => {
	it('splits lists into numbered pages and always yields one page', () => {
		expect(paginate([1, 2, 3, 4, 5], 2).map((p) => [p.number, p.items, p.total])).toEqual([[1, [1, 2], 3], [2, [3, 4], 3], [3, [5], 3]]);
		expect(paginate([], 2)).toEqual([{ items: [], number: 1, total: 1 }]);
	});
});

describe('did-you-mean suggestions', () => {
	it('suggests close names and stays quiet for unrelated ones', () => {
		expect(closestName('shiping', ['shipping', 'returns'])).toBe('shipping');
		expect(closestName('warranty', ['shipping', 'returns'])).toBeUndefined();
	});
});

describe('component usage', () => {
	it('finds components with their targets and lines', () => {
		expect(findComponentUses('a\n<Policy name="x" /> and <Snippet id=\'y\' />\n<Steps>')).toEqual([
			{ component: 'Policy', target: 'x', line: 2 },
			{ component: 'Snippet', target: 'y', line: 2 },
			{ component: 'Steps', target: undefined, line: 3 },
		]);
	});
});

describe('contrast', () => {
	it('computes WCAG contrast ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#1d6b57', '#ffffff')).toBeGreaterThan(4.5);
	});
});

describe('FAQ answers', () => {
	const render = (answer: string, policies: Record<string, string> = { 'return-window': '30 days' }) => renderMdx(answer, faqAnswerComponents({ policies })).html;

	it('have the Markdown features of articles: policies, code with <, smart punctuation', () => {
		const html = render('Free within **<Policy name="return-window" />**. Use `a < b` -- it\'s "easy". [Returns](/articles/start-a-return/)');
		expect(html).toContain('<strong><span class="policy" data-policy="return-window">30 days</span></strong>');
		expect(html).toContain('<code>a &#x3C; b</code>');
		expect(html).toContain('it’s “easy”');
		expect(html).toContain('<a href="/articles/start-a-return/">Returns</a>');
	});

	it('refuse HTML outside the allowlist, an unknown policy and a <Policy> with content', () => {
		expect(() => render('Hi <img src="x" onerror="alert(1)" />')).toThrow(/onerror="alert\(1\)" on <img> is an event handler/);
		expect(() => render('<Policy name="nope" />')).toThrow(/not a policy/);
		expect(() => render('Within <Policy name="return-window">30 days</Policy>.')).toThrow(/takes nothing between tags. Write it as <Policy name="return-window" \/>/);
		expect(() => render('See <Callout>x</Callout>')).toThrow(/<Callout> is not a component writers can use; use <Policy>/);
	});
});

describe('JSON-LD', () => {
	it('cannot close its script tag', () => {
		const json = serializeJsonLd(breadcrumbListLd([{ name: '</script><script>alert(1)</script>', url: 'https://x/' }]));
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json).itemListElement[0].name).toBe('</script><script>alert(1)</script>');
	});
});

describe('content folder', () => {
	it('uses KB_CONTENT_DIR when set and insists on an absolute path', () => {
		expect(contentDir({ KB_CONTENT_DIR: '/srv/kb' })).toBe('/srv/kb');
		expect(() => contentDir({ KB_CONTENT_DIR: 'kb' })).toThrow(/absolute/);
		expect(contentDir({})).toMatch(/content$/);
	});
});

describe('UI strings', () => {
	it('fills placeholders and falls back to English', () => {
		const t = useTranslations('xx');
		expect(t('stage.allInCategory', { count: 7, category: 'Returns' })).toBe('All 7 articles in Returns');
	});
});

describe('page weight', () => {
	it('counts gzipped HTML, stylesheets and scripts, and flags other origins', () => {
		const html = '<link rel="stylesheet" href="/a.css"><script>var x=1</script><script type="application/ld+json">{}</script><script src="https://cdn.example/x.js"></script><img src="//fonts.example/f.png"><a href="https://elsewhere.example/">ok</a>';
		const weight = measurePage(html, (path) => new TextEncoder().encode(path === '/a.css' ? 'body{color:red}' : ''));
		expect(weight.css).toBeGreaterThan(0);
		expect(weight.js).toBeGreaterThan(0);
		expect(weight.thirdParty).toEqual(['https://cdn.example/x.js', '//fonts.example/f.png']);
		expect(weight.total).toBe(weight.html + weight.css + weight.js);
	});
});
