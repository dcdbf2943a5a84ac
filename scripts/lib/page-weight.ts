/**
 * What a page costs a visitor before any interaction: gzipped bytes of its HTML, stylesheets and
 * scripts (inline and external), and the resources it would fetch from other origins.
 */
import { gzipSync } from 'node:zlib';

/** Weight of one built page. */
export interface PageWeight {
	html: number;
	css: number;
	js: number;
	total: number;
	/** Absolute URLs of resources on another origin (should always be empty). */
	thirdParty: string[];
}

const gzipped = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

/**
 * Measures a page. `readAsset` returns a site-relative asset's contents (e.g. from dist/).
 * Any absolute resource URL counts as another origin: the site refers to its own files by path.
 * Plain links (<a href>) are not requests and don't count.
 */
export function measurePage(html: string, readAsset: (path: string) => Uint8Array): PageWeight {
	const thirdParty: string[] = [];
	let css = 0;
	let js = 0;
	const resource = (url: string, kind: 'css' | 'js' | 'other') => {
		if (/^(https?:)?\/\//.test(url)) {
			thirdParty.push(url);
			return;
		}
		if (!url.startsWith('/')) return;
		const size = gzipped(readAsset(url));
		if (kind === 'css') css += size;
		if (kind === 'js') js += size;
	};
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (href && /rel="(stylesheet|preload|modulepreload)"/.test(tag)) resource(href, /stylesheet/.test(tag) ? 'css' : 'js');
	}
	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /src="([^"]+)"/.exec(attributes)?.[1];
		if (src) resource(src, 'js');
		else if (!/type="application\/ld\+json"/.test(attributes)) js += gzipped(body);
	}
	for (const [, style] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gzipped(style);
	for (const [, url] of html.matchAll(/<(?:img|iframe|source|video|audio)\b[^>]*\ssrc="([^"]+)"/g)) resource(url, 'other');
	const htmlSize = gzipped(html);
	return { html: htmlSize, css, js, total: htmlSize + css + js, thirdParty };
}

/** The budgets for an article page, in gzipped bytes. */
export const ARTICLE_BUDGET = { total: 30 * 1024, js: 5 * 1024 } as const;
