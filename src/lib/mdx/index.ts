/**
 * Renders MDX bodies in the build: parsed by satteri (the MDX compiler Astro's own MDX integration uses,
 * with the same Markdown features), then turned into HTML by src/lib/mdx/render.ts. Articles are not Vite
 * modules: bundling one module per MDX file made a 10,000-article build spend most of its time and memory
 * in the bundler (see docs/performance.md).
 */
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { imageProblem } from '../uploads';
import { htmlProperties, markupProblem } from '../writer-markup';
import { MdxError, renderParsedMdx, type MdxComponent, type RenderedMdx, type RenderedMdxTree } from './render';

export * from './render';

/** GitHub-flavoured Markdown, as Astro renders it by default; smart punctuation is added by render.ts. */
const FEATURES = { gfm: true } as const;

/** Parses an MDX body; a syntax mistake is an {@link MdxError} with the line, in words for writers. */
export function parseMdx(source: string): Root {
	try {
		return mdxToHast(source, { features: FEATURES }) as Root;
	} catch (error) {
		const message = (error as Error).message;
		const at = /^(\d+):\d+: /.exec(message);
		// satteri appends its rule id, e.g. "(mdx-jsx:unexpected-character)", and may cite another line;
		// not for writers, and its lines count from the body rather than the file.
		const text = message
			.slice(at?.[0].length ?? 0)
			.replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')
			.replace(/\s*\(\d+:\d+\)/g, '');
		throw new MdxError(text, at ? Number(at[1]) : undefined);
	}
}

/**
 * Renders `source` (an MDX body without frontmatter). `components` maps capitalised names to writers'
 * components and lowercase tag names to replacements. Lowercase JSX tags (`<kbd>`) become HTML elements;
 * JavaScript (imports, `{expressions}`) has no place in content and is an error.
 */
export function renderMdx(source: string, components: Readonly<Record<string, MdxComponent>>): RenderedMdx {
	const { children, headings } = renderMdxTree(source, components);
	return { html: toHtml({ type: 'root', children }), headings };
}

/** Like {@link renderMdx}, but returns the elements rather than their HTML. */
export function renderMdxTree(source: string, components: Readonly<Record<string, MdxComponent>>): RenderedMdxTree {
	return renderParsedMdx(parseMdx(source), source, components);
}

/**
 * Every element in `source` (a whole `.mdx` file or a FAQ answer) that the writer-markup allowlist
 * refuses, and every image without alt text or whose upload is missing (when `uploads` lists the uploaded
 * files), with its 1-based line, so a build lists them all at once. A body that does not parse gives none
 * here: rendering reports that with its line.
 */
export function findMarkupProblems(source: string, uploads?: ReadonlySet<string>): { line?: number; message: string }[] {
	let tree: Root;
	try {
		tree = parseMdx(source);
	} catch {
		return [];
	}
	const problems: { line?: number; message: string }[] = [];
	const visit = (nodes: readonly RootContent[]) => {
		for (const node of nodes) {
			let element: Element | undefined;
			if (node.type === 'element') element = node;
			else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[a-z][a-z0-9-]*$/.test(node.name ?? '')) {
				const attributes = node.attributes.flatMap((attribute) =>
					attribute.type === 'mdxJsxAttribute' && typeof attribute.value !== 'object' ? [[attribute.name, attribute.value ?? '']] : [],
				);
				element = { type: 'element', tagName: node.name!, properties: htmlProperties(Object.fromEntries(attributes)), children: [] };
			}
			const problem =
				element &&
				(markupProblem(element) ?? (element.tagName === 'img' ? imageProblem(element, node.type === 'element', uploads) : undefined));
			if (problem) problems.push({ line: node.position?.start.line, message: problem });
			if ('children' in node) visit(node.children as RootContent[]);
		}
	};
	visit(tree.children);
	return problems;
}
