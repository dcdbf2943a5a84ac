/**
 * Articles and FAQ pages as clean Markdown, for AI assistants and tools that read Markdown better than HTML: a YAML header
 * with what the page says about the article, then the body as the page renders it (snippets and policies
 * filled in, writers' components as plain Markdown), with every link and image address absolute.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
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
	const header = stringify(
		{
			title: article.title,
			description: article.description,
			stage: article.stage,
			category: article.category,
			updated: article.updated.toISOString().slice(0, 10),
			url: article.url,
			language: article.language,
		},
		// One line per field, however long.
		{ lineWidth: 0 },
	);
	return `---\n${header}---\n\n# ${article.title}\n\n${article.description}\n\n${bodyMarkdown(body, article.url)}`;
}

/** The Markdown twin of a FAQ page: a header, then each question as a heading over its answer. */
export function faqMarkdown(
	page: { title: string; url: string; language: string },
	questions: readonly { question: string; id: string; answer: readonly ElementContent[] }[],
): string {
	const header = stringify({ title: page.title, url: page.url, language: page.language }, { lineWidth: 0 });
	const answers = questions.map(({ question, id, answer }) => `## ${question}\n\n${bodyMarkdown(answer, `${page.url}#${id}`)}`);
	return `---\n${header}---\n\n# ${page.title}\n\n${answers.join('\n')}`;
}

/** A rendered body (an article's, a FAQ answer's) as Markdown, its addresses resolved against the page's `url`. */
export function bodyMarkdown(body: readonly ElementContent[], url: string): string {
	const tree = toMdast({ type: 'root', children: body.flatMap(forMarkdown) } satisfies HastRoot);
	absoluteAddresses(tree, url);
	return toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', rule: '-' });
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
