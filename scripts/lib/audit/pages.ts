/**
 * Which pages `npm run audit` looks at, found in the built site itself so that any content folder
 * (KB_CONTENT_DIR) is audited the same way: home, a stage page, a category page, an article (the one with
 * the most images, else the heaviest) with its stage and category, the longest FAQ page, a search for
 * `query` and the contact page; in a help center with translations, also a translated article and a
 * category page of its language (which lists untranslated articles with a notice).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticlesFeed } from '../../../src/lib/feed.ts';
import { builtPageWeight } from '../built-site.ts';

/** A page the audit opens. */
export interface AuditPage {
	/** What kind of page it is, for the report ("article", "search panel" …). */
	name: string;
	path: string;
	/** A selector to wait for before auditing: pages that render search results after loading. */
	ready?: string;
	/** Type this into the page's first search field and audit the open results panel. */
	typeQuery?: string;
}

/** The pages the audit measures. */
export interface AuditPages {
	/** Lighthouse, axe and the request checks. */
	lighthouse: AuditPage[];
	/** axe and the request checks only: pages and states Lighthouse cannot reach by loading a URL. */
	axeOnly: AuditPage[];
	/** The article whose weight is held to the article budget. */
	article: string;
	/** The article with the most images, held to the image budget (none when no article has images). */
	imageArticle?: string;
}

/** Picks the pages of a built help center in `dist`. */
export function helpCenterPages(dist: string, query = 'refund'): AuditPages {
	// The feed's shape is checked where it is built (tests/build); here it only lists the articles.
	const feed = JSON.parse(readFileSync(join(dist, 'api/articles.json'), 'utf8')) as ArticlesFeed;
	const articlePath = (url: string) => new URL(url).pathname;
	const weight = (path: string) => builtPageWeight(dist, join(path, 'index.html')).total;
	const heaviest = feed.articles
		.map((article) => ({ article, total: weight(articlePath(article.url)) }))
		.reduce((a, b) => (b.total > a.total ? b : a)).article;
	const images = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8').match(/<img\b/g)?.length ?? 0;
	const mostImages = feed.articles
		.map((article) => ({ article, images: images(articlePath(article.url)) }))
		.reduce((a, b) => (b.images > a.images ? b : a));
	const imageArticle = mostImages.images > 0 ? mostImages.article : undefined;
	const audited = imageArticle ?? heaviest;
	// The longest FAQ page: the most questions and answers to audit.
	const faqGroup = readdirSync(join(dist, 'faq'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dist, 'faq', entry.name, 'index.html')))
		.map((entry) => ({ name: entry.name, size: statSync(join(dist, 'faq', entry.name, 'index.html')).size }))
		.sort((a, b) => b.size - a.size)[0]?.name;
	const searchPath = `/search/?q=${encodeURIComponent(query)}`;
	const translated = feed.articles.find((article) => article.translations.length > 0);
	const translation = translated?.translations[0];
	const inOtherLanguage: AuditPage[] =
		translated && translation
			? [
					{ name: `article (${translation.language})`, path: articlePath(translation.url) },
					{
						name: `category (${translation.language})`,
						path: `/${articlePath(translation.url).split('/')[1]}/categories/${translated.category}/`,
					},
				]
			: [];
	return {
		lighthouse: [
			{ name: 'home', path: '/' },
			{ name: 'stage', path: `/${audited.stage}/` },
			{ name: 'category', path: `/categories/${audited.category}/` },
			{ name: 'article', path: articlePath(audited.url) },
			{ name: 'FAQ', path: faqGroup ? `/faq/${faqGroup}/` : '/faq/' },
			{ name: 'search', path: searchPath, ready: '.search-result' },
			{ name: 'contact', path: '/contact/' },
		],
		axeOnly: [
			{ name: 'search panel', path: '/', typeQuery: query },
			{ name: 'agents', path: `/agents/?q=${encodeURIComponent(query)}`, ready: '.search-result .share' },
			{ name: 'not found', path: '/404.html' },
			...inOtherLanguage,
		],
		article: articlePath(heaviest.url),
		imageArticle: imageArticle && articlePath(imageArticle.url),
	};
}
