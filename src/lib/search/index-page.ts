import { decodeHTML } from 'entities';

/**
 * Turns a built page into what the search index gets: the HTML Pagefind reads, plus a separate
 * keywords record so customers' phrasings are searchable without ever appearing in excerpts.
 */

/** What to add to the index for one page. */
export interface IndexablePage {
	/** The page's HTML, prepared for Pagefind. */
	html: string;
	/** The page's `keywords`, if it has any. */
	keywords: string[];
	/** Text of the searchable region, for the typo-correction vocabulary. */
	text: string;
}

/**
 * Prepares a page, or returns undefined when it has nothing to index (no `data-pagefind-body`).
 * FAQ questions are rendered with their permanent anchor on the answer (so a link opens the <details>
 * without JS) and `data-search-anchor` on the question heading; Pagefind only makes sub-results of
 * headings with an id, so for the index the id moves to the heading.
 */
export function prepareForIndex(html: string): IndexablePage | undefined {
	if (!html.includes('data-pagefind-body')) return undefined;
	const anchors = [...html.matchAll(/data-search-anchor="([^"]+)"/g)].map((match) => match[1]);
	let prepared = html;
	for (const anchor of anchors) {
		prepared = prepared.replace(`data-search-anchor="${anchor}"`, `id="${anchor}"`).replace(`class="faq__answer" id="${anchor}"`, 'class="faq__answer"');
	}
	const keywords = /<meta name="keywords" content="([^"]*)"/.exec(html)?.[1];
	const body = html.slice(html.indexOf('data-pagefind-body'));
	const text = decodeHTML(body.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
	return {
		html: prepared,
		keywords: keywords ? decodeHTML(keywords).split(',').map((k) => k.trim()).filter(Boolean) : [],
		text: keywords ? `${text} ${decodeHTML(keywords)}` : text,
	};
}

/** Reads a `<meta data-pagefind-…="name[content]" content="…">` value from a page's head. */
export function pageMeta(html: string, kind: 'meta' | 'filter', name: string): string | undefined {
	const tag = new RegExp(`<meta[^>]*data-pagefind-${kind}="${name}\\[content\\]"[^>]*>`).exec(html)?.[0];
	const value = tag && /content="([^"]*)"/.exec(tag)?.[1];
	return value === undefined ? undefined : decodeHTML(value);
}
