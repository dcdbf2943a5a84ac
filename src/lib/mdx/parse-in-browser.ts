/**
 * Parses an MDX body in the browser, for the CMS preview: micromark with MDX (JSX, expressions, MDX's
 * Markdown) and GFM, turned into the same
 * tree satteri gives the build (src/lib/mdx/index.ts), so src/lib/mdx/render.ts renders both alike
 * (tests/unit/cms-preview.test.ts compares them on every sample body). satteri's browser build needs
 * cross-origin isolation (WASI threads), which the hosts of /admin/ cannot be relied on to give.
 */
import type { ElementContent, Root } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxExpressionFromMarkdown } from 'mdast-util-mdx-expression';
import { mdxJsxFromMarkdown } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { mdxExpression } from 'micromark-extension-mdx-expression';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { mdxMd } from 'micromark-extension-mdx-md';
import { MdxError } from './render';

/** An MDX node kept as it is, with its Markdown children turned into HTML elements as satteri does. */
function keepMdxNode(state: State, node: MdastNodes): ElementContent {
	const kept = { ...node, ...('children' in node && { children: state.all(node) }) } as unknown as ElementContent;
	state.patch(node, kept);
	return kept;
}

/**
 * MDX's `import`/`export` lines, as satteri marks them; read without a JavaScript parser (acorn would triple
 * the size of the CMS's script), since the renderer refuses them anyway.
 */
function markEsmLines(root: MdastRoot): void {
	root.children = root.children.map((child) => {
		const start = child.type === 'paragraph' ? child.children[0] : undefined;
		if (start?.type !== 'text' || child.position?.start.column !== 1 || !/^(import|export)\s/.test(start.value)) return child;
		return { type: 'mdxjsEsm', value: toString(child), position: child.position } as never;
	});
}

/**
 * A paragraph of nothing but JSX elements (`<summary>More</summary>` on its own line) holds block elements
 * in satteri's tree, where micromark keeps them inline in a paragraph.
 */
function liftJsxParagraphs(node: MdastNodes): void {
	if (!('children' in node)) return;
	node.children = node.children.flatMap((child) => {
		const onlyJsx =
			child.type === 'paragraph' &&
			child.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === '')) &&
			child.children.some((c) => c.type === 'mdxJsxTextElement');
		const lifted = onlyJsx
			? child.children.flatMap((c) => (c.type === 'mdxJsxTextElement' ? [{ ...c, type: 'mdxJsxFlowElement' } as never] : []))
			: [child];
		for (const each of lifted) liftJsxParagraphs(each);
		return lifted;
	}) as typeof node.children;
}

const MDX_NODES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** Parses an MDX body; a syntax mistake is an {@link MdxError} with its line. */
export function parseMdxInBrowser(source: string): Root {
	let mdast;
	try {
		mdast = fromMarkdown(source, {
			extensions: [mdxExpression(), mdxJsx(), mdxMd(), gfm()],
			mdastExtensions: [mdxExpressionFromMarkdown(), mdxJsxFromMarkdown(), gfmFromMarkdown()],
		});
	} catch (error) {
		const { message, line } = error as { message: string; line?: number };
		throw new MdxError(message, line);
	}
	markEsmLines(mdast);
	liftJsxParagraphs(mdast);
	return toHast(mdast, { handlers: Object.fromEntries(MDX_NODES.map((type) => [type, keepMdxNode])) }) as Root;
}
