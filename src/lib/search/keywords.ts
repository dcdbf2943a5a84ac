/**
 * An article's `keywords` are indexed with the page but must never show in excerpts. They sit first in
 * the page's searchable content, in a hidden block ending with this marker word; excerpts are taken
 * from after the marker (see `excerptAfterKeywords`).
 */
export const KEYWORDS_END = 'kbkeywordsend';

/** Keywords are customers' exact phrasings: a match on one counts like a match in a heading. */
export const KEYWORDS_WEIGHT = 5;

/** The hidden block's text for a list of keywords. */
export function keywordsText(keywords: readonly string[]): string {
	return `${keywords.join(', ')} ${KEYWORDS_END}`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The excerpt of a result whose content may start with a keywords block: `length` words around the
 * first match after the block, matches in <mark>. Empty when only keywords matched (show the
 * description instead). Content without a block returns `fallback` (Pagefind's own excerpt).
 * `content` is the page text and `locations` the matched word positions, as Pagefind reports them.
 */
export function excerptAfterKeywords(content: string, locations: readonly number[], length: number, fallback: string): string {
	const words = content.split(' ');
	const end = words.findIndex((word) => word.startsWith(KEYWORDS_END));
	if (end < 0) return fallback;
	const matches = locations.filter((location) => location > end).sort((a, b) => a - b);
	if (matches.length === 0) return '';
	const start = Math.max(end + 1, Math.min(matches[0] - 2, words.length - length));
	const marked = new Set(matches);
	return words
		.slice(start, start + length)
		.map((word, index) => (marked.has(start + index) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
		.join(' ');
}
