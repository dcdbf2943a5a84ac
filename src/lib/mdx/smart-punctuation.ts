/**
 * Smart punctuation, as CommonMark's reference implementation (cmark `--smart`) and Astro's default
 * Markdown give it: "quotes" → “quotes”, it's → it’s, -- → –, --- → —, ... → …. It runs on the parsed
 * tree, so the site (parsed by satteri) and the CMS preview (parsed by micromark in the browser) share it.
 * Code (`` `x` ``, fenced blocks) keeps its straight characters.
 */
import type { Root, RootContent, Text } from 'hast';

/** Elements inside a paragraph: a quote may open in one and close in another (`"**bold**"`). */
const PHRASING = new Set(
	'a abbr b bdi bdo br cite code data del dfn em i img ins kbd mark q s samp small span strong sub sup time u var wbr'.split(' '),
);
/** What Markdown writes verbatim. */
const LITERAL = new Set(['code', 'pre']);

type Node = Root | RootContent;

/** Makes the punctuation of every text in `tree` smart, in place. */
export function smartenPunctuation(tree: Root, source: string): void {
	smartenBlock(tree, source);
}

const isPhrasing = (node: RootContent) =>
	node.type === 'text' ||
	node.type === 'mdxJsxTextElement' ||
	node.type === 'mdxTextExpression' ||
	(node.type === 'element' && PHRASING.has(node.tagName));

/** A run of text that quotes pair within: the texts of one paragraph, heading, list item… */
interface Segment {
	node?: Text;
	/** The characters the quotes' neighbours are read from (an image counts as one character). */
	value: string;
	literal: boolean;
	/**
	 * The source characters around the text, when it is the source verbatim: flanking counts Markdown's own
	 * marks (`a"*b*"` has `*` after the quote, not `b`), as a parser doing it while reading would.
	 */
	before?: string;
	after?: string;
}

function smartenBlock(block: Node, source: string): void {
	if (!('children' in block)) return;
	let run: Segment[] = [];
	for (const child of block.children as RootContent[]) {
		if (isPhrasing(child)) collect(child, false, run, source);
		else {
			smartenRun(run);
			run = [];
			if (!(child.type === 'element' && LITERAL.has(child.tagName))) smartenBlock(child, source);
		}
	}
	smartenRun(run);
}

function collect(node: RootContent, literal: boolean, run: Segment[], source: string): void {
	if (node.type === 'text') {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		const verbatim = start !== undefined && end !== undefined && source.slice(start, end) === node.value;
		run.push({
			node,
			value: node.value,
			literal,
			...(verbatim && { before: source[start - 1] ?? '\n', after: source[end] ?? '\n' }),
		});
	} else if (node.type === 'element' && node.tagName === 'img') {
		// Alt text is its own run, as Markdown parses it on its own.
		if (typeof node.properties.alt === 'string') node.properties.alt = smartenText(node.properties.alt);
		run.push({ value: ')', literal: true });
	} else if (node.type === 'element' && node.tagName === 'br') run.push({ value: '\n', literal: true });
	else if ('children' in node) {
		const inCode = literal || (node.type === 'element' && LITERAL.has(node.tagName));
		for (const child of node.children as RootContent[]) collect(child, inCode, run, source);
	}
}

/** Smart punctuation for a string on its own, such as an image's alt text. */
export function smartenText(value: string): string {
	const node: Text = { type: 'text', value };
	smartenRun([{ node, value, literal: false }]);
	return node.value;
}

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

interface Quote {
	segment: number;
	offset: number;
	char: "'" | '"';
	canOpen: boolean;
	canClose: boolean;
	/** What the quote becomes. */
	replacement: string;
}

const LEFT = { "'": '‘', '"': '“' } as const;
const RIGHT = { "'": '’', '"': '”' } as const;

function smartenRun(run: Segment[]): void {
	if (run.length === 0) return;
	const flat = run.map((segment) => segment.value).join('');
	// Quotes are paired as emphasis is, by delimiter flanking (CommonMark spec, "Emphasis and strong emphasis").
	const quotes: Quote[] = [];
	let start = 0;
	run.forEach((segment, index) => {
		if (!segment.literal) {
			for (let offset = 0; offset < segment.value.length; offset++) {
				const char = segment.value[offset];
				if (char !== "'" && char !== '"') continue;
				const before = (offset === 0 ? segment.before : undefined) ?? flat[start + offset - 1] ?? '\n';
				const after = (offset === segment.value.length - 1 ? segment.after : undefined) ?? flat[start + offset + 1] ?? '\n';
				const leftFlanking = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
				const rightFlanking = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
				// A double quote pairs like `*`, also inside a word (a"b"c); a single one like `_`, so it's stays an apostrophe.
				const single = char === "'";
				const canOpen = leftFlanking && (!single || !rightFlanking || PUNCTUATION.test(before)) && before !== ']' && before !== ')';
				const canClose = rightFlanking && (!single || !leftFlanking || PUNCTUATION.test(after));
				quotes.push({
					segment: index,
					offset,
					char,
					canOpen,
					canClose,
					// Unpaired: a single quote is an apostrophe; a double one opens unless it only closes text.
					replacement: single || (rightFlanking && !leftFlanking) ? RIGHT[char] : LEFT[char],
				});
			}
		}
		start += segment.value.length;
	});
	const openers: Quote[] = [];
	for (const quote of quotes) {
		if (quote.canClose) {
			const match = openers.findLastIndex((opener) => opener.char === quote.char);
			if (match !== -1) {
				openers[match]!.replacement = LEFT[quote.char];
				quote.replacement = RIGHT[quote.char];
				openers.splice(match, 1);
				continue;
			}
		}
		if (quote.canOpen) openers.push(quote);
	}
	run.forEach((segment, index) => {
		if (segment.literal || !segment.node) return;
		const chars = segment.value.split('');
		for (const quote of quotes) if (quote.segment === index) chars[quote.offset] = quote.replacement;
		segment.node.value = chars.join('').replace(/-{2,}/g, dashes).replaceAll('...', '…');
	});
}

/** Two hyphens are an en dash, three an em dash; longer runs the most even mix, em dashes first (as cmark). */
function dashes(hyphens: string): string {
	const n = hyphens.length;
	let em = 0;
	let en = 0;
	if (n % 3 === 0) em = n / 3;
	else if (n % 2 === 0) en = n / 2;
	else if (n % 3 === 2) [em, en] = [(n - 2) / 3, 1];
	else [em, en] = [(n - 4) / 3, 2];
	return '—'.repeat(em) + '–'.repeat(en);
}
