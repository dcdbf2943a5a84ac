/**
 * A help center in several languages, in a real build of the small fixture with Dutch translations: the
 * content model (linked by id), the addresses, hreflang, the language switcher, fallback listings, the
 * sitemap, the feed and short links, and search per language through the real Pagefind index. The bad
 * translations a writer can make fail the build, each with its file, line and fix.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChangedFixture, cleanUp, editFile as edit } from '../helpers/build';
import { loadSearch } from '../helpers/search-node';
import { derivedShortId } from '../../src/lib/short-id';

/** Dutch translations of two of the fixture's articles, a category, the FAQ group (one question) and the settings. */
function translateIntoDutch(dir: string) {
	edit(join(dir, 'settings/site.yaml'), (text) => text.replace('locale: en', 'locale: en\nlanguages:\n  en: English\n  nl: Nederlands'));
	const write = (file: string, text: string) => {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), text);
	};
	// The fixture's articles have no id line: theirs is derived from the file name.
	const idOf = (slug: string) =>
		/^id: (\w+)$/m.exec(readFileSync(join(dir, `articles/en/${slug}.mdx`), 'utf8'))?.[1] ?? derivedShortId(slug);
	// A translation may have its own file name: it is linked to its source by id.
	write(
		'articles/nl/artikel-retourneren.mdx',
		`---
title: Hoe stuur ik een artikel terug?
description: Meld je retour aan in je account en stuur het pakket terug met het retourlabel dat we je mailen.
updated: 2026-10-02
id: ${idOf('return-an-item')}
sourceUpdated: 2026-10-01
---
Je hebt <Policy name="return-window" /> om een artikel te retourneren. Lees ook [hoe lang terugbetalen duurt](/articles/refund-times/).

## Retour aanmelden

Ga naar **Account → Bestellingen** en kies **Artikelen retourneren**. Je krijgt het retourlabel per e-mail.
`,
	);
	write(
		'articles/nl/payment-methods.mdx',
		`---
title: Hoe kan ik betalen?
description: Je betaalt met iDEAL, creditcard of PayPal; achteraf betalen kan vanaf een bepaald bedrag.
updated: 2026-10-02
id: ${idOf('payment-methods')}
sourceUpdated: 2026-07-01
---
Betalen kan met iDEAL, creditcard en PayPal.
`,
	);
	write('categories/nl/returns.yaml', 'title: Retourneren\ndescription: Alles over terugsturen en terugbetalen.\n');
	write(
		'faq/nl/returns-faq.yaml',
		'title: Vragen over retourneren\nquestions:\n  - id: return-cost\n    question: Kost retourneren iets?\n    answer: Nee, retourneren binnen <Policy name="return-window" /> is gratis.\n',
	);
	write('settings/nl/site.yaml', 'name: Test Helpcentrum\npolicies:\n  return-window: 45 dagen\n');
	write('search/nl/synonyms.yaml', 'synonyms:\n  terugsturen:\n    - retourneren\n');
}

/** The ledger of published addresses, as if earlier builds had published Dutch translations now renamed or gone. */
function recordEarlierTranslations(dir: string) {
	edit(join(dir, 'settings/published-urls.yaml'), (text) =>
		text.replace('pages:', `translations:\n  nl:\n    fw5reh: [ retour ]\n    a3q7km: [ terugbetaling ]\npages:`),
	);
}

let site: Awaited<ReturnType<typeof buildChangedFixture>>;
const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8');

beforeAll(async () => {
	site = await buildChangedFixture((dir) => {
		translateIntoDutch(dir);
		recordEarlierTranslations(dir);
	});
});
afterAll(() => cleanUp(site.dir, site.outDir));

describe('translations', () => {
	it('build, each at the address of its language, linked to its source by id whatever its file name', () => {
		expect(site.ok, site.output).toBe(true);
		const html = read('nl/articles/artikel-retourneren/index.html');
		expect(html).toMatch(/^<!DOCTYPE html><html lang="nl"/i);
		expect(html).toContain('<h1>Hoe stuur ik een artikel terug?</h1>');
		// The policy value and the category title come in Dutch; the date is written the Dutch way.
		expect(html).toContain('45 dagen');
		expect(html).toContain('>Retourneren</a>');
		expect(html).toContain('Bijgewerkt op 2 oktober 2026');
		expect(html).toContain('<title>Hoe stuur ik een artikel terug? · Test Helpcentrum</title>');
	});

	it('are not copied into other languages: only translated articles get a page in a language', () => {
		// Redirects of earlier addresses aside (below), only the two translations.
		const pagesIn = (folder: string) =>
			readdirSync(join(site.outDir, folder))
				.filter((name) => !read(`${folder}/${name}/index.html`).includes('http-equiv="refresh"'))
				.sort();
		expect(pagesIn('nl/articles')).toEqual(['artikel-retourneren', 'payment-methods']);
		expect(existsSync(join(site.outDir, 'nl/articles/refund-times'))).toBe(false);
		expect(readdirSync(join(site.outDir, 'nl/faq')).sort()).toEqual(['index.html', 'returns-faq']);
	});

	it('list the untranslated articles in the language’s listings with a notice, leading to the default language', () => {
		const category = read('nl/categories/returns/index.html');
		expect(category).toContain('<h1>Retourneren</h1>');
		expect(category).toContain('<a href="/nl/articles/artikel-retourneren/">Hoe stuur ik een artikel terug?</a>');
		expect(category).toMatch(
			/<a href="\/articles\/refund-times\/" lang="en" hreflang="en">[^<]+<\/a><span class="language-note">Alleen in het Engels<\/span>/,
		);
	});

	it('link every language version with hreflang and x-default, and the switcher leads to them', () => {
		const html = read('nl/articles/artikel-retourneren/index.html');
		for (const [language, path] of [
			['en', '/articles/return-an-item/'],
			['nl', '/nl/articles/artikel-retourneren/'],
			['x-default', '/articles/return-an-item/'],
		])
			expect(html).toContain(`<link rel="alternate" hreflang="${language}" href="https://help.test.example${path}">`);
		const switcher = /<nav class="language-switcher" aria-label="Taal">.*?<\/nav>/s.exec(html)![0];
		expect(switcher).toContain('<a href="/articles/return-an-item/" lang="en" hreflang="en">English</a>');
		expect(switcher).toContain('<a href="/nl/articles/artikel-retourneren/" lang="nl" hreflang="nl" aria-current="true">Nederlands</a>');
		// An untranslated article: no Dutch alternate; the switcher leads to the Dutch home page.
		const untranslated = read('articles/refund-times/index.html');
		expect(untranslated).not.toContain('hreflang="nl" href=');
		expect(untranslated).toContain('<a href="/nl/" lang="nl" hreflang="nl">Nederlands</a>');
	});

	it('made from an older version of their article are listed by the build and tell readers, linking the original', () => {
		expect(site.output).toContain(
			'1 translation was made from an older version of the article it translates. Update the translation, then set its sourceUpdated to the original',
		);
		expect(site.output).toMatch(
			/\/articles\/nl\/payment-methods\.mdx: translated from the version of 2026-07-01; articles\/en\/payment-methods\.mdx was updated on 2026-08-01/,
		);
		const notice = /<p class="notice"[^>]*>(.*?)<\/p>/s.exec(read('nl/articles/payment-methods/index.html'))![1];
		expect(notice).toContain('Dit artikel is in het Engels bijgewerkt op 1 augustus 2026, na deze vertaling.');
		expect(notice).toContain('<a href="/articles/payment-methods/" hreflang="en">Lees het in het Engels</a>');
		expect(read('nl/articles/artikel-retourneren/index.html')).not.toContain('class="notice"');
	});

	it('are in the sitemap with their alternates, and in the feed with their language', () => {
		const sitemap = read('sitemap-0.xml');
		expect(sitemap).toContain(
			'<url><loc>https://help.test.example/nl/articles/payment-methods/</loc><xhtml:link rel="alternate" hreflang="en" href="https://help.test.example/articles/payment-methods/"/>',
		);
		const feed = JSON.parse(read('api/articles.json')) as {
			articles: { url: string; language: string; translations: { language: string; url: string; shortUrl: string }[] }[];
		};
		const payment = feed.articles.find((article) => article.url.endsWith('/articles/payment-methods/'))!;
		expect(payment.language).toBe('en');
		expect(payment.translations).toEqual([
			expect.objectContaining({ language: 'nl', url: 'https://help.test.example/nl/articles/payment-methods/' }),
		]);
	});

	it('have short links of their own, and copy-link gives the one in the page’s language', () => {
		const html = read('nl/articles/payment-methods/index.html');
		const shortLink = /<a class="share__action" href="([^"]+)"/.exec(html)![1];
		expect(shortLink).toMatch(/^https:\/\/help\.test\.example\/nl\/a\/\w+\/$/);
		expect(read(`${new URL(shortLink).pathname.slice(1)}index.html`)).toContain('url=/nl/articles/payment-methods/');
		expect(read('nl/q/return-cost/index.html')).toContain('url=/nl/faq/returns-faq/#return-cost');
	});

	it('keep their published addresses: a renamed one’s leads to its new address, a removed one’s to the original', () => {
		expect(read('nl/articles/retour/index.html')).toContain('url=/nl/articles/artikel-retourneren/');
		expect(read('nl/articles/terugbetaling/index.html')).toContain('url=/articles/refund-times/');
		expect(read('nl/a/a3q7km/index.html')).toContain('url=/articles/refund-times/');
		expect(readFileSync(join(site.dir, 'settings/published-urls.yaml'), 'utf8')).toContain('fw5reh: [ retour, artikel-retourneren ]');
	});

	it('are searched in their own language only: a Dutch page queries the Dutch index, with Dutch synonyms', async () => {
		const search = await loadSearch(site.outDir, 'nl');
		const outcome = await search('terugsturen');
		const urls = outcome.results.map((result) => result.url);
		expect(urls[0]).toMatch(/^\/nl\/articles\/artikel-retourneren\//);
		// Only Dutch pages: the English index is never loaded.
		expect(urls.every((url) => url.startsWith('/nl/'))).toBe(true);
		expect(existsSync(join(site.outDir, 'nl/search/data.json'))).toBe(true);
		// Typo correction proposes words of the page's language only: the Dutch vocabulary has the Dutch pages' words.
		const vocabulary = (folder: string) =>
			readdirSync(join(site.outDir, folder)).flatMap((shard) => Object.keys(JSON.parse(read(`${folder}/${shard}`)) as object));
		const dutch = vocabulary('nl/search/vocabulary');
		expect(dutch).toContain('retourneren');
		expect(dutch).not.toContain('refund');
		expect(vocabulary('search/vocabulary')).toContain('refund');
		expect(vocabulary('search/vocabulary')).not.toContain('retourneren');
	});
});

describe('bad translations fail the build', () => {
	let broken: Awaited<ReturnType<typeof buildChangedFixture>>;
	beforeAll(async () => {
		broken = await buildChangedFixture((dir) => {
			translateIntoDutch(dir);
			const id = /^id: (\w+)$/m.exec(readFileSync(join(dir, 'articles/nl/artikel-retourneren.mdx'), 'utf8'))![1];
			const article = (extra: string) =>
				`---\ntitle: Een vertaling\ndescription: Een vertaling die om een of andere reden niet klopt.\nupdated: 2026-10-02\n${extra}sourceUpdated: 2026-10-01\n---\nTekst.\n`;
			writeFileSync(join(dir, 'articles/nl/verkeerde-id.mdx'), article('id: zzzzzz\n'));
			writeFileSync(join(dir, 'articles/nl/terugsturen.mdx'), article(`id: ${id}\n`));
			mkdirSync(join(dir, 'articles/fr'));
			writeFileSync(join(dir, 'articles/fr/return-an-item.mdx'), article(`id: ${id}\n`));
			writeFileSync(join(dir, 'articles/stray.mdx'), article(`id: ${id}\n`));
			edit(join(dir, 'faq/nl/returns-faq.yaml'), (text) => text.replace('id: return-cost', 'id: return-costs'));
			writeFileSync(join(dir, 'categories/nl/returnz.yaml'), 'title: Retouren\ndescription: Terugsturen en terugbetalen.\n');
			edit(join(dir, 'settings/nl/site.yaml'), (text) => text.replace('return-window:', 'retour-window:'));
		});
	});
	afterAll(() => cleanUp(broken.dir, broken.outDir));

	it('each named with its file, line and fix', () => {
		expect(broken.ok).toBe(false);
		const at = (file: string) => join(broken.dir, file);
		for (const expected of [
			`${at('articles/nl/verkeerde-id.mdx')}: id: "zzzzzz" is the id of no article in articles/en/. A translation's id is the id in the frontmatter of the article it translates.`,
			`${at('articles/nl/terugsturen.mdx')}: id: "`,
			'already translates this article into the same language. Keep one of the two files.',
			`${at('articles/fr')}: "fr" is not a language of this help center (settings/site.yaml lists en, nl under "languages"). Add it there with its name, or move these files to the folder of their language.`,
			`${at('articles/stray.mdx')}: is outside a language folder, so it would be ignored. Move it to articles/en/stray.mdx`,
			`${at('faq/nl/returns-faq.yaml')}:3: questions: "return-costs" is not a question of faq/en/returns-faq.yaml. A translated question has the id of the question it translates. Did you mean "return-cost"?`,
			`${at('categories/nl/returnz.yaml')}: translates no category: there is no categories/en/returnz.yaml. A translation has the file name of the category it translates. Did you mean "returns"?`,
			`${at('settings/nl/site.yaml')}:3: policies: "retour-window" is not a policy in settings/site.yaml.`,
		])
			expect(broken.output).toContain(expected);
	});
});
