/** Turns a built page into what the search index gets. */
import { KEYWORDS_END } from './keywords.ts';

/** What to add to the index for one page. */
export interface IndexablePage {
	/** The page's HTML, prepared for Pagefind. */
	html: string;
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
	const bodyStart = html.indexOf('data-pagefind-body');
	if (bodyStart < 0) return undefined;
	let prepared = html;
	for (const [, anchor] of html.matchAll(/data-search-anchor="([^"]+)"/g)) {
		prepared = prepared
			.replace(`data-search-anchor="${anchor}"`, `id="${anchor}"`)
			.replace(`class="faq__answer" id="${anchor}"`, 'class="faq__answer"');
	}
	const bodyEnd = html.indexOf('</main>', bodyStart);
	const text = html
		.slice(bodyStart, bodyEnd < 0 ? undefined : bodyEnd)
		// Scripts and JSON-LD are not words customers search for (the vocabulary had "addeventlistener").
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
		// Nor is text in another language (an untranslated article listed, a FAQ answer not yet translated, marked
		// with its `lang`): typo correction must never propose a word of another language.
		.replace(/<(a|p|span|details)\b[^>]*\slang="[^"]*"[^>]*>[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(KEYWORDS_END, ' ');
	return { html: prepared, text };
}
