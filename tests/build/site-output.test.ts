/** The built sample site and small fixture: every page the issue lists, with the right metadata. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ARTICLE_BUDGET, measurePage } from '../../scripts/lib/page-weight.ts';

const sample = inject('sampleDist');
const small = inject('smallDist');
const read = (dist: string, path: string) => readFileSync(join(dist, path), 'utf8');
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => join(dir, file));
}

describe('sample knowledge base', () => {
	it('loads articles as data, not as one Vite module each (the slow path at 10,000 articles)', () => {
		// Astro lists here every content file it renders through Vite (e.g. MDX read by its glob() loader).
		const modules = inject('sampleContentModules');
		expect(modules).not.toMatch(/\.mdx?\b/);
		expect(modules.trim()).toBe('export default new Map();');
	});

	it("builds without a warning, so a writer never has to judge one (e.g. a CMS script grown past Vite's 500 kB chunk limit)", () => {
		expect(inject('sampleBuildOutput')).not.toMatch(/\[WARN\]|\(!\)/);
	});

	const articles = readdirSync(join(sample, 'articles'));
	const categories = readdirSync(join(sample, 'categories'));

	it('has at least 48 articles, 15 per stage, 8 categories and 40 FAQ questions', () => {
		expect(articles.length).toBeGreaterThanOrEqual(48);
		expect(categories.length).toBeGreaterThanOrEqual(8);
		const stages = articles.map((slug) => jsonLd(read(sample, `articles/${slug}/index.html`))[1].itemListElement[1].item as string);
		for (const stage of ['before-purchase', 'during-purchase', 'after-purchase']) {
			expect(stages.filter((url) => url.endsWith(`/${stage}/`)).length, stage).toBeGreaterThanOrEqual(15);
		}
		const questions = readdirSync(join(sample, 'faq'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.flatMap((entry) => [...read(sample, `faq/${entry.name}/index.html`).matchAll(/<details class="faq__item"/g)]);
		expect(questions.length).toBeGreaterThanOrEqual(40);
	});

	it('builds home, stage, category, article, FAQ, contact, search and 404 pages, sitemap and robots.txt', () => {
		for (const path of [
			'index.html',
			'before-purchase/index.html',
			'during-purchase/index.html',
			'after-purchase/index.html',
			'faq/index.html',
			'contact/index.html',
			'search/index.html',
			'404.html',
			'sitemap-index.xml',
			'robots.txt',
		]) {
			expect(existsSync(join(sample, path)), path).toBe(true);
		}
		expect(read(sample, 'robots.txt')).toContain('Sitemap: https://help.fernhill.example/sitemap-index.xml');
		const sitemap = read(sample, 'sitemap-0.xml');
		expect(sitemap).toContain('<loc>https://help.fernhill.example/articles/start-a-return/</loc>');
		expect(sitemap).not.toContain('404');
	});

	it('gives the home page search, stages, categories with counts, featured articles and contact channels', () => {
		const home = read(sample, 'index.html');
		expect(home).toMatch(/<form[^>]*role="search"[^>]*action="\/search\/"/);
		expect(home).toContain('href="/before-purchase/"');
		expect(home).toMatch(
			/href="\/categories\/returns-and-refunds\/">Returns, exchanges and refunds<\/a><span class="count">\d+ articles<\/span>/,
		);
		expect(home).toContain('href="/articles/track-your-order/"');
		expect(home).toContain('mailto:support@fernhill.example');
		expect(home).toContain('Monday to Friday 9:00–18:00');
	});
});

describe('article pages', () => {
	const html = read(small, 'articles/return-an-item/index.html');

	it('have breadcrumbs, title, lead, updated date, table of contents, related articles and contact', () => {
		expect(html).toMatch(/<nav class="breadcrumbs" aria-label="Breadcrumbs">.*href="\/after-purchase\/".*href="\/categories\/returns\/"/s);
		expect(html).toContain('<h1>How do I return an item?</h1>');
		expect(html).toContain('<p class="lead" data-pagefind-weight="3">Start a return in your account');
		expect(html).toContain('<time datetime="2026-10-01">Updated October 1, 2026</time>');
		expect(html).toMatch(/<nav class="toc"[^>]*>.*href="#start-your-return".*href="#pack-it".*href="#send-it"/s);
		expect(html).toMatch(/<section class="related".*href="\/articles\/refund-times\/"/s);
		expect(html).toContain('<section class="contact-block"');
	});

	it('render writer components with policy values and snippets from settings', () => {
		expect(html).toContain('<span class="policy" data-policy="return-window">45 days</span>');
		expect(html).toMatch(/<div class="steps"><ol>\s*<li>Open <strong>Account → Orders<\/strong>/);
		expect(html).toMatch(/<div class="callout callout--warning" role="note">\s*<p class="callout__title">Pack with care<\/p>/);
		expect(html).toMatch(
			/<div class="snippet" data-source="snippets\/order-number\.mdx">.*<span class="policy" data-policy="free-shipping-threshold">€75<\/span>/s,
		);
	});

	it("show uploaded images sized: width and height, a WebP srcset up to the upload's width, lazy, with the title as caption", () => {
		const figure =
			/<figure><img ([^>]*)><figcaption>Your order number is next to each order on the My orders page<\/figcaption><\/figure>/.exec(html);
		expect(figure).not.toBeNull();
		const attributes = figure![1];
		expect(attributes).toContain('alt="The My orders page, with the order number FH-482913 next to the order"');
		expect(attributes).toContain('width="1200" height="750"');
		expect(attributes).toContain('loading="lazy"');
		expect(attributes).toContain('sizes="(min-width: 46rem) 44rem, calc(100vw - 2rem)"');
		const srcset = /srcset="([^"]+)"/.exec(attributes)![1].split(', ');
		expect(srcset.map((candidate) => candidate.split(' ')[1])).toEqual(['480w', '800w', '1200w']);
		for (const candidate of srcset) {
			const file = candidate.split(' ')[0];
			expect(file).toMatch(/^\/_astro\/orders-page\.[\w-]+\.webp$/);
			expect(existsSync(join(small, file))).toBe(true);
		}
		expect(html).not.toContain('/uploads/orders-page.png');
	});

	it('skip the table of contents for short articles', () => {
		expect(read(small, 'articles/refund-times/index.html')).not.toContain('class="toc"');
	});

	it('carry canonical URL, Open Graph tags and Article + BreadcrumbList JSON-LD', () => {
		expect(html).toContain('<link rel="canonical" href="https://help.test.example/articles/return-an-item/">');
		expect(html).toContain('<meta property="og:type" content="article">');
		expect(html).toContain('<meta property="og:title" content="How do I return an item?">');
		const [article, breadcrumbs] = jsonLd(html);
		expect(article).toMatchObject({ '@type': 'Article', headline: 'How do I return an item?', dateModified: '2026-10-01T00:00:00.000Z' });
		expect(breadcrumbs['@type']).toBe('BreadcrumbList');
		expect(breadcrumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual([
			'Help Center',
			'After your order',
			'Returns',
			'How do I return an item?',
		]);
	});

	it('ship no framework: only the tiny loaders of the search field, the feedback widget and the configured analytics', () => {
		const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
		expect(scripts).toEqual([
			expect.stringMatching(/^\/_astro\/SearchBox\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/),
			expect.stringMatching(/^\/_astro\/FeedbackSupport\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/),
			// The fixture sends its events to a JSON beacon; without a tool this script is not on the page.
			expect.stringMatching(/^\/_astro\/AnalyticsSupport\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/),
		]);
		const gzipped = (script: string) => gzipSync(readFileSync(join(small, script))).length;
		expect(gzipped(scripts[0]!) + gzipped(scripts[1]!)).toBeLessThan(2048);
		expect(gzipped(scripts[2]!)).toBeLessThan(1536);
		expect(html).not.toMatch(/astro-island|client:|pagefind\.js/);
	});
});

describe('Markdown twins of articles (for AI assistants)', () => {
	const twin = (dist: string, page: string) => read(dist, `${page.slice(1)}index.html.md`);

	it('exist for every article and translation, linked from the page, with a header naming the article', () => {
		const pages = htmlFiles(sample)
			.map((file) => `/${file.slice(sample.length + 1).replace(/index\.html$/, '')}`)
			.filter((page) => /^\/([a-z]{2}\/)?articles\/[^/]+\/$/.test(page));
		expect(pages.filter((page) => page.startsWith('/nl/')).length).toBeGreaterThan(0);
		for (const page of pages) {
			const html = read(sample, `${page.slice(1)}index.html`);
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
			expect(html, page).toContain(`<link rel="alternate" type="text/markdown" href="${canonical}index.html.md">`);
			const markdown = twin(sample, page);
			const title = /<h1>(.*?)<\/h1>/
				.exec(html)![1]!
				.replace(/&#39;/g, "'")
				.replace(/&amp;/g, '&')
				.replace(/&quot;/g, '"');
			expect(markdown, page).toMatch(
				new RegExp(`^---\ntitle: .+\ndescription: .+\nstage: .+\ncategory: .+\nupdated: \\d{4}-\\d\\d-\\d\\d\n`),
			);
			expect(markdown, page).toContain(`\nurl: ${canonical}\n`);
			expect(markdown, page).toContain(`\n# ${title}\n`);
			// Writers' components are resolved, never left as tags or page-only markup.
			expect(markdown, page).not.toMatch(/<(Policy|Snippet|Callout|Steps|Video)\b|data-source|heading-link|kb-video/);
		}
	});

	it('fill in policies and snippets, keep steps and callouts readable, and make every address absolute', () => {
		const markdown = twin(small, '/articles/return-an-item/');
		expect(markdown).toContain('language: en');
		expect(markdown).toContain('45 days');
		expect(markdown).toContain('€75');
		expect(markdown).toMatch(/\n1\. Open \*\*Account → Orders\*\*/);
		expect(markdown).toContain('> **Pack with care**');
		const addresses = [...markdown.matchAll(/\]\(([^)\s]+)/g)].map((match) => match[1]!);
		expect(addresses.length).toBeGreaterThan(0);
		for (const address of addresses) expect(address).toMatch(/^https?:\/\//);
	});

	it('turn a video into a link to its page', () => {
		expect(twin(sample, '/articles/set-up-your-gps-watch/')).toMatch(/\[Video: [^\]]+\]\(https:\/\/www\.youtube\.com\/watch\?v=[\w-]+\)/);
	});
});

describe('llms.txt (for AI assistants)', () => {
	const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(read(sample, 'index.html'))![1]!).origin;
	const fileOf = (url: string) => {
		const path = decodeURIComponent(new URL(url).pathname);
		return join(sample, path.endsWith('/') ? `${path}index.html` : path);
	};

	it('links every article by stage and category, the FAQ pages and llms-full.txt, and every link resolves', () => {
		for (const llms of ['llms.txt', 'nl/llms.txt']) {
			const text = read(sample, llms);
			expect(text).toMatch(/^# .+\n\n> .+\n/);
			const links = [...text.matchAll(/^- \[.+?\]\((\S+?)\)/gm)].map((match) => match[1]!);
			for (const link of links) {
				expect(link.startsWith(origin), link).toBe(true);
				expect(existsSync(fileOf(link)), link).toBe(true);
			}
			if (llms === 'llms.txt') {
				const articles = readdirSync(join(sample, 'articles'));
				for (const slug of articles) expect(links).toContain(`${origin}/articles/${slug}/index.html.md`);
				expect(links).toContain(`${origin}/llms-full.txt`);
				expect(links).toContain(`${origin}/faq/returns-and-refunds/index.html.md`);
				expect(links).toContain(`${origin}/nl/llms.txt`);
				expect(text).toMatch(/\n## Before you buy\n\n### .+\n\n- \[/);
			}
		}
	});

	it('llms-full.txt holds every article and every FAQ question with its answer (the twins, one after the other)', () => {
		const full = read(sample, 'llms-full.txt');
		for (const slug of readdirSync(join(sample, 'articles'))) {
			const title = /\ntitle: (.+)\n/.exec(read(sample, `articles/${slug}/index.html.md`))![1]!;
			expect(full, slug).toContain(`\ntitle: ${title}\n`);
		}
		const faq = read(sample, 'faq/returns-and-refunds/index.html');
		const questions = [...faq.matchAll(/<summary[^>]*>(?:<[^>]+>)*([^<]+)/g)].map((match) => match[1]!.trim());
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) expect(full).toContain(`\n## ${question.replace(/&#39;/g, "'").replace(/&amp;/g, '&')}\n`);
		expect(full).not.toMatch(/<(Policy|Snippet|Callout|Steps|Video)\b/);
	});
});

describe('FAQ pages', () => {
	const html = read(small, 'faq/returns-faq/index.html');

	it('give every question its own anchor in a <details> and insert policy values', () => {
		expect(html).toMatch(
			/<details class="faq__item"><summary><h2 class="faq__question" data-search-anchor="return-cost">Do returns cost anything\?<\/h2><\/summary><div class="faq__answer" id="return-cost">/,
		);
		expect(html).toContain('returns within 45 days are free');
		expect(jsonLd(html)[0]['@type']).toBe('FAQPage');
	});

	it('render answers with the Markdown features of articles: allowed HTML, code with <, smart punctuation', () => {
		expect(html).toContain(
			'Yes, with the order number – press <kbd>Ctrl</kbd>+<kbd>F</kbd> and search for <code>order &#x3C; 2024</code> in “My orders”.',
		);
	});
});

describe('search index', () => {
	it("is built into the output, with the vocabulary shards and without Pagefind's unused UIs", () => {
		for (const path of [
			'pagefind/pagefind.js',
			'pagefind/pagefind-worker.js',
			'pagefind/pagefind-entry.json',
			'pagefind/pagefind-highlight.js',
			'search/vocabulary/r.json',
			'search/data.json',
		]) {
			expect(existsSync(join(sample, path)), path).toBe(true);
		}
		for (const path of ['pagefind/pagefind-ui.js', 'pagefind/pagefind-component-ui.js']) {
			expect(existsSync(join(sample, path)), path).toBe(false);
		}
		expect(JSON.parse(read(sample, 'search/vocabulary/r.json')).refund).toBeGreaterThan(5);
		// Words in order, so the same content always builds the same files.
		const words = Object.keys(JSON.parse(read(sample, 'search/vocabulary/r.json')));
		expect(words).toEqual([...words].sort());
	});
});

describe('drafts and scale', () => {
	it('leaves drafts out of production builds, sitemap included', () => {
		expect(existsSync(join(small, 'articles/secret-launch'))).toBe(false);
		expect(read(small, 'sitemap-0.xml')).not.toContain('secret-launch');
		expect(read(small, 'categories/shipping/index.html')).not.toContain('secret-launch');
	});

	it('has no page that links to every article', () => {
		const articleCount = readdirSync(join(sample, 'articles')).length;
		for (const file of htmlFiles(sample)) {
			const linked = new Set([...readFileSync(file, 'utf8').matchAll(/href="\/articles\/([^/"#]+)\//g)].map((m) => m[1]));
			expect(linked.size, file).toBeLessThan(Math.min(articleCount, 40));
		}
	});

	it('keeps every article page within the weight budget, with no third-party requests', () => {
		const readAsset = (path: string) => readFileSync(join(sample, path));
		for (const slug of readdirSync(join(sample, 'articles'))) {
			const weight = measurePage(read(sample, `articles/${slug}/index.html`), readAsset);
			expect(weight.css, slug).toBeGreaterThan(0);
			expect(weight.total, slug).toBeLessThanOrEqual(ARTICLE_BUDGET.total);
			expect(weight.js, slug).toBeLessThanOrEqual(ARTICLE_BUDGET.js);
			expect(weight.thirdParty, slug).toEqual([]);
		}
	});
});
