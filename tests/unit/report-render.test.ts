import { describe, expect, it } from 'vitest';
import { stackedBarChart, trendChart } from '../../scripts/lib/report/charts.ts';
import { renderHtml } from '../../scripts/lib/report/html.ts';
import { renderMarkdown } from '../../scripts/lib/report/markdown.ts';
import type { Findings } from '../../scripts/lib/report/model.ts';

const SITE = 'https://help.example.com';

/** Findings as analyze.ts would make them, with customers' input that must not reach the page as markup. */
function findings(overrides: Partial<Findings> = {}): Findings {
	return {
		site: { name: 'Example Shop Help', url: SITE },
		generated: '2025-06-02T09:30:00.000Z',
		hasEvents: true,
		sources: ['Umami data export (website_event.csv): 54 events'],
		notes: ['The export has no result counts: searches with results are not known.'],
		period: { from: '2025-05-01', to: '2025-05-31' },
		totals: { Search: 120, 'Search no results': 18, Feedback: 9, 'Contact view': 4 },
		topSearches: [
			{ query: 'return label', searches: 30, noResults: 0, clicks: 21 },
			{ query: 'giftcard', searches: 12, noResults: 12, clicks: 0 },
			{ query: 'size|fit', searches: 5, noResults: 3, clicks: 1 },
		],
		noResultSearches: [
			{
				query: 'giftcard',
				searches: 12,
				noResults: 12,
				clicks: 0,
				likely: { title: 'Gift cards', url: '/articles/gift-cards/' },
				synonymLine: '  giftcard: [gift card]',
			},
			{
				query: 'size|fit',
				searches: 5,
				noResults: 3,
				clicks: 1,
				likely: { title: 'Size guide', url: '/articles/size-guide/' },
				synonymLine: '  size|fit: [size guide]',
			},
			{ query: 'crypto payment', searches: 2, noResults: 2, clicks: 0 },
		],
		searchesWithoutClick: [{ query: 'invoice', searches: 6, noResults: 0, clicks: 0 }],
		helpfulness: [
			{
				page: '/articles/start-a-return/',
				title: 'Start a return',
				category: 'returns',
				yes: 2,
				no: 5,
				reasons: { outdated: 3, unanswered: 1, weird: 1 },
				texts: [
					'The label link is gone <script>alert(1)</script>',
					'Says 14 days\nbut it is 30',
					'ends in a backslash \\| then @someone [x](https://evil.example.net)',
				],
			},
			// A page field an export carried that leaves the site: shown, never linked.
			{ page: 'https://evil.example.net/phish', title: 'https://evil.example.net/phish', yes: 0, no: 1, reasons: {}, texts: [] },
		],
		helpfulnessByCategory: [
			{ category: 'Returns & refunds', yes: 2, no: 5 },
			{ category: 'Shipping', yes: 7, no: 1 },
		],
		beforeContact: [{ page: '/articles/start-a-return/', title: 'Start a return', count: 3 }],
		stillNeedHelp: { email: 2, 'contact-page': 1 },
		noResultTrend: [
			{ day: '2025-05-01', searches: 40, noResults: 8 },
			{ day: '2025-05-02', searches: 50, noResults: 6 },
			{ day: '2025-05-04', searches: 30, noResults: 4 },
		],
		health: {
			today: '2025-06-02',
			dueForReview: [
				{
					slug: 'start-a-return',
					title: 'Start a return',
					url: '/articles/start-a-return/',
					file: 'articles/start-a-return.md',
					checked: '2024-10-01',
					reviewed: false,
					due: '2025-04-01',
				},
			],
			neverReviewed: [
				{ slug: 'start-a-return', title: 'Start a return', url: '/articles/start-a-return/', file: 'articles/start-a-return.md' },
			],
			unlinked: [],
			withoutKeywords: [],
			categoriesWithoutArticles: [{ id: 'warranty', title: 'Warranty', file: 'categories/warranty.yaml' }],
			faqAnswersWithoutLinks: [
				{ id: 'opening-hours', question: 'When are you open?', url: '/faq/contact/#opening-hours', file: 'faq/contact.yaml' },
			],
		},
		...overrides,
	};
}

const SECTIONS = ['summary', 'top-searches', 'no-results', 'no-click', 'helpfulness', 'before-contact', 'content-health'];

describe('report HTML page', () => {
	const html = renderHtml(findings());

	it('has every section, one h1 and the page furniture of a private, self-contained page', () => {
		for (const id of SECTIONS) expect(html).toContain(`<section id="${id}"`);
		expect(html).not.toContain('analytics-missing');
		expect(html.match(/<h1[ >]/g)).toHaveLength(1);
		expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain('@media (prefers-color-scheme: dark)');
		expect(html).not.toMatch(/<script|<link|<img|src=/);
	});

	it('draws the no-results trend and the votes per category as labelled SVG charts', () => {
		const charts = html.match(/<svg[^>]*>\s*<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/g) ?? [];
		expect(charts).toHaveLength(2);
		expect(html).toContain('Searches without results per day</title>');
		expect(html).toMatch(/<svg [^>]*role="img" aria-labelledby="[^"]+"/);
	});

	it("escapes customers' texts and queries", () => {
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('Returns &amp; refunds');
	});

	it("links only to the site's own pages, never to an address an export carried", () => {
		const urls = html.match(/https?:\/\/[^\s"<>)]+/g) ?? [];
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls.filter((u) => !u.startsWith('https://evil.example.net'))) expect(url.startsWith(`${SITE}/`)).toBe(true);
		expect(html).toContain(`<a href="${SITE}/articles/gift-cards/">Gift cards</a>`);
		expect(html).not.toContain('href="https://evil');
	});

	it('turns reason codes into words and says when no article comes close', () => {
		expect(html).toContain('Out of date: 3');
		expect(html).toContain("Didn't answer my question: 1");
		expect(html).toContain('weird: 1');
		expect(html).toContain('no close article — consider writing one');
		expect(html).toContain('<code class="synonym">  giftcard: [gift card]</code>');
		expect(html).toContain('content/search/synonyms.yaml');
	});

	it('lists content health with counts, "never reviewed", and a sentence for an empty list', () => {
		expect(html).toMatch(/Due for review <span class="count">\(1\)<\/span>/);
		expect(html).toContain('never reviewed');
		expect(html).toContain('Every article has keywords.');
		expect(html).toContain('Every article is linked from another page.');
	});

	it('without an export shows how to get one, and content health, but no analytics sections', () => {
		const page = renderHtml(findings({ hasEvents: false, sources: [], period: undefined, totals: {} }));
		expect(page).toContain('<section id="analytics-missing"');
		expect(page).toContain('npm run report -- --events &lt;file&gt;');
		expect(page).toContain('<section id="content-health"');
		expect(page).toContain('<section id="summary"');
		expect(page).not.toContain('id="top-searches"');
		expect(page).not.toContain('id="helpfulness"');
		expect(page).not.toContain('<svg');
	});
});

describe('report Markdown summary', () => {
	const markdown = renderMarkdown(findings());

	it('has the synonym lines in one yaml block, indentation kept', () => {
		const blocks = markdown.match(/```yaml\n[\s\S]*?\n```/g) ?? [];
		expect(blocks).toHaveLength(1);
		expect(blocks[0]).toContain('\n  giftcard: [gift card]\n');
		expect(blocks[0]).toContain('\n  size|fit: [size guide]\n');
	});

	it('escapes pipes in table cells and keeps customer texts on one line', () => {
		expect(markdown).toContain('`size\\|fit`');
		expect(markdown).toContain('`Says 14 days but it is 30`');
		// Every row of a table has as many cells as its header: no text split a cell.
		for (const block of markdown.split('\n\n').filter((b) => b.startsWith('|'))) {
			const cells = block.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
			expect(new Set(cells).size, block).toBe(1);
		}
	});

	it('lists least helpful pages, pages before contact and content-health counts', () => {
		expect(markdown).toContain('## Least helpful pages');
		expect(markdown).toContain('[Start a return](<https://help.example.com/articles/start-a-return/>)');
		expect(markdown).toContain('Out of date: 3');
		expect(markdown).toContain('## Pages before contacting support');
		expect(markdown).toContain('### Due for review (1)');
		expect(markdown).toContain('### Without keywords (0)\n\nEvery article has keywords.');
		expect(markdown).not.toContain('](<https://evil');
	});

	it('without an export says how to get one and reports content health only', () => {
		const summary = renderMarkdown(findings({ hasEvents: false }));
		expect(summary).toContain('npm run report -- --events <file>');
		expect(summary).toContain('## Content health');
		expect(summary).not.toContain('```yaml');
	});
});

describe('report charts', () => {
	it('say there is no data instead of drawing an empty chart', () => {
		expect(trendChart([], 'Searches without results per day')).toBe(
			'<p class="no-data">Searches without results per day: no data yet.</p>',
		);
		expect(stackedBarChart([], 'Votes')).toMatch(/^<p class="no-data">/);
		expect(stackedBarChart([{ label: 'Returns', yes: 0, no: 0 }], 'Votes')).toMatch(/^<p class="no-data">/);
	});

	it('escape labels and titles, and describe the data in words', () => {
		const svg = stackedBarChart([{ label: '<b>Returns</b>', yes: 3, no: 1 }], 'Votes & more');
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('<title id="');
		expect(svg).toContain('Votes &amp; more</title>');
		expect(svg).toMatch(/<desc id="[^"]+">3 yes and 1 no votes/);
		const trend = trendChart([{ day: '2025-05-01', searches: 10, noResults: 2 }], 'Trend');
		expect(trend).toContain('On 2025-05-01, 2 of 10 searches found nothing (20%).');
		expect(trend).toContain('viewBox="0 0 640 ');
	});
});
