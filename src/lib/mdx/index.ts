/**
 * MDX bodies in the build: parsed by satteri (the MDX compiler Astro's own MDX integration uses, with the
 * same Markdown features), rendered by src/lib/mdx/render.ts (through `renderBody` in src/components/mdx/),
 * and read for the content checks (`inspectBody`). Articles are not Vite
 * modules: bundling one module per MDX file made a 10,000-article build spend most of its time and memory
 * in the bundler (see docs/performance.md).
 */
import type { Element, Root, RootContent } from 'hast';
import { mdxToHast } from 'satteri';
import { imageProblem } from '../uploads';
import { htmlProperties, markupProblem } from '../writer-markup';
import { MdxError, attributeText, type JsxAttributes } from './render';

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

/** A problem in a body, with its 1-based line in the file. */
export interface BodyProblem {
	line?: number;
	message: string;
}

/** A writer's component as typed in a body: `<Policy name="return-window" />` on line 12. */
export interface ComponentUse {
	name: string;
	/** Attributes with text values (`{"…"}` JSON strings read as their text); other code is left out. */
	attributes: Record<string, string>;
	line?: number;
}

/** What the content checks read from a body's parse tree. */
export interface BodyReport {
	components: ComponentUse[];
	/** Elements the writer-markup allowlist refuses; images without alt text or whose upload is missing. */
	markup: BodyProblem[];
	/** What Decap's rich-text editor would rewrite the next time a writer edits the body. */
	cmsUnsafe: BodyProblem[];
	/** The address of every link, as written (content health: which articles other pages link to). */
	links: string[];
}

const CMS_UNSAFE = {
	expression:
		'curly braces are MDX code ({…} expressions and {/* comments */}), which the CMS editor turns into text. Remove them, or put a literal brace in `code`.',
	esm: 'import and export lines are not needed (components work without imports) and the CMS editor would turn them into text. Remove the line.',
	alignment: 'table column alignment (":---", "---:") is lost when the article is edited in the CMS. Use plain dashes: | --- | --- |',
};

/**
 * Reads a whole `.mdx` file (frontmatter and body) or a FAQ answer once, for the content checks: the
 * components it uses, markup the allowlist refuses (all of them, so a build lists every one at once) and
 * syntax the CMS editor cannot keep. `uploads` lists the uploaded files, to check images. A body that does
 * not parse gives an empty report: rendering reports that with its line.
 */
export function inspectBody(source: string, uploads?: ReadonlySet<string>): BodyReport {
	const report: BodyReport = { components: [], markup: [], cmsUnsafe: [], links: [] };
	// Frontmatter lines are blanked, so lines still count from the top of the file.
	const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(source)?.[0] ?? '';
	const body = frontmatter.replace(/[^\n]/g, '') + source.slice(frontmatter.length);
	let tree: Root;
	try {
		tree = parseMdx(body);
	} catch {
		return report;
	}
	const visit = (nodes: readonly RootContent[]) => {
		for (const node of nodes) {
			const line = node.position?.start.line;
			let element: Element | undefined;
			if (node.type === 'element') {
				element = node;
				if (node.tagName === 'table' && hasAlignedCell(node)) {
					// The alignment colons are on the table's second line.
					report.cmsUnsafe.push({ line: line === undefined ? undefined : line + 1, message: CMS_UNSAFE.alignment });
				}
			} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				const attributes = attributeTexts(node.attributes);
				if (/^[A-Z]/.test(node.name ?? '')) report.components.push({ name: node.name!, attributes, line });
				else if (/^[a-z][a-z0-9-]*$/.test(node.name ?? ''))
					element = { type: 'element', tagName: node.name!, properties: htmlProperties(attributes), children: [] };
			} else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
				report.cmsUnsafe.push({ line, message: CMS_UNSAFE.expression });
			} else if (node.type === 'mdxjsEsm') report.cmsUnsafe.push({ line, message: CMS_UNSAFE.esm });
			const problem =
				element &&
				(markupProblem(element) ?? (element.tagName === 'img' ? imageProblem(element, node.type === 'element', uploads) : undefined));
			if (problem) report.markup.push({ line, message: problem });
			if (element?.tagName === 'a' && typeof element.properties.href === 'string') report.links.push(element.properties.href);
			if ('children' in node) visit(node.children as RootContent[]);
		}
	};
	visit(tree.children);
	return report;
}

/** The text values of JSX attributes, as the renderer reads them; code is left out (the renderer refuses it with its line). */
function attributeTexts(attributes: JsxAttributes): Record<string, string> {
	const texts: Record<string, string> = {};
	for (const attribute of attributes) {
		if (attribute.type !== 'mdxJsxAttribute') continue;
		const text = attributeText(attribute.value);
		if (text !== undefined) texts[attribute.name] = text;
	}
	return texts;
}

/** Whether a table has a column alignment (its cells' `text-align`, from `| :--- |` in Markdown). */
function hasAlignedCell(node: Element | RootContent): boolean {
	if (node.type === 'element' && /^t[hd]$/.test(node.tagName) && String(node.properties.style ?? '').includes('text-align')) return true;
	return 'children' in node && (node.children as RootContent[]).some(hasAlignedCell);
}
