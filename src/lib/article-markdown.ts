/**
 * Articles and FAQ pages as clean Markdown, for AI assistants and tools that read Markdown better than HTML: a YAML header
 * with what the page says about the article, then the body as the page renders it (snippets and policies
 * filled in, writers' components as plain Markdown), with every link and image address absolute.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Heading, Nodes as MdastNodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toMdast } from 'hast-util-to-mdast';
import { stringify } from 'yaml';

/** What the header says about an article; `url` is the page's absolute address. */
export interface MarkdownArticle {
	title: string;
	description: string;
	/** The stage's and category's names, as the page shows them. */
	stage: string;
	category: string;
	updated: Date;
	url: string;
	language: string;
}

/** The Markdown twin of an article page, from the article and its rendered body. */
export function articleMarkdown(article: MarkdownArticle, body: readonly ElementContent[]): string {
	const header = {
		title: article.title,
		description: article.description,
		stage: article.stage,
		category: article.category,
		updated: article.updated.toISOString().slice(0, 10),
		url: article.url,
		language: article.language,
	};
	return withHeader(header, [heading(1, article.title), paragraph(article.description), ...bodyTree(body, article.url)]);
}

/** The Markdown twin of a FAQ page: a header, then each question as a heading over its answer. */
export function faqMarkdown(
	page: { title: string; url: string; language: string },
	questions: readonly { question: string; id: string; answer: readonly ElementContent[] }[],
): string {
	return withHeader(page, [
		heading(1, page.title),
		...questions.flatMap(({ question, id, answer }) => [heading(2, question), ...bodyTree(answer, `${page.url}#${id}`)]),
	]);
}

/**
 * Markdown text of a tree, the one way the exports write Markdown: writers' text in it is escaped (a title such
 * as `<script>` or `*sale*` stays text), GFM tables included.
 */
export function markdownText(children: RootContent[]): string {
	return toMarkdown({ type: 'root', children }, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', rule: '-' });
}

/** A heading and a paragraph of plain text. */
export const heading = (depth: 1 | 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [{ type: 'text', value }] });
export const paragraph = (content: string | PhrasingContent[]): Paragraph => ({
	type: 'paragraph',
	children: typeof content === 'string' ? [{ type: 'text', value: content }] : content,
});

/** A YAML header (one line per field, however long), then the tree. */
function withHeader(fields: Record<string, string>, children: RootContent[]): string {
	return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${markdownText(children)}`;
}

/** A rendered body (an article's, a FAQ answer's) as Markdown nodes, its addresses resolved against the page's `url`. */
function bodyTree(body: readonly ElementContent[], url: string): RootContent[] {
	const tree = toMdast({ type: 'root', children: body.flatMap(forMarkdown) } satisfies HastRoot);
	absoluteAddresses(tree, url);
	return tree.type === 'root' ? tree.children : [tree as RootContent];
}

/** The rendered body with what only makes sense on the page replaced by what reads well as Markdown. */
function forMarkdown(node: ElementContent): ElementContent[] {
	if (node.type !== 'element') return [node];
	const classes = classNames(node);
	// The `#` links beside headings copy a section's address: nothing to read.
	if (classes.includes('heading-link')) return [];
	// A video's poster becomes a link to the video's page.
	if (node.tagName === 'kb-video') {
		const poster = findElement(node, (child) => child.tagName === 'a');
		const title = String(node.properties.dataTitle ?? '');
		return poster ? [element('p', [element('a', [{ type: 'text', value: `Video: ${title}` }], { href: poster.properties.href })])] : [];
	}
	// A callout becomes a quote with its title in bold.
	if (classes.includes('callout')) {
		const title = findElement(node, (child) => classNames(child).includes('callout__title'));
		const body = findElement(node, (child) => classNames(child).includes('callout__body'));
		return [
			element('blockquote', [
				...(title ? [element('p', [element('strong', title.children.flatMap(forMarkdown))])] : []),
				...(body ? body.children.flatMap(forMarkdown) : []),
			]),
		];
	}
	return [{ ...node, children: node.children.flatMap(forMarkdown) }];
}

/** Relative links and images resolved against the page's address, so the Markdown works anywhere. */
function absoluteAddresses(node: MdastNodes, base: string): void {
	if ((node.type === 'link' || node.type === 'image') && node.url) node.url = new URL(node.url, base).href;
	if ('children' in node) for (const child of node.children) absoluteAddresses(child, base);
}

function classNames(node: Element): string[] {
	const value = node.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
}

function findElement(node: Element, test: (element: Element) => boolean): Element | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (test(child)) return child;
		const found = findElement(child, test);
		if (found) return found;
	}
	return undefined;
}

function element(tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element {
	return { type: 'element', tagName, properties, children };
}
