/**
 * Turns a parsed MDX body into the page's HTML elements: writers' components applied, their HTML checked
 * against the one allowlist, headings given ids, captioned images made figures. The same code runs in the
 * build (the tree parsed by satteri, src/lib/mdx/index.ts) and in the CMS preview (parsed by micromark,
 * src/lib/mdx/parse-in-browser.ts), so the preview shows what the site will. No Node APIs here.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { htmlProperties, markupProblem } from '../writer-markup';
import { smartenPunctuation } from './smart-punctuation';
import type { Heading } from '../toc';

/** Props of a component as written in MDX: `<Callout type="info">` gives `{ type: 'info' }`. */
export type MdxProps = Record<string, string>;

/**
 * Turns one MDX element into HTML: a writer's component (`Callout`), or an element Markdown made (`h2`)
 * to replace, like MDX's `components` map. `children` are already rendered; throw {@link MdxComponentError}
 * for a mistake the writer must fix.
 */
export type MdxComponent = (props: MdxProps, children: ElementContent[]) => ElementContent | ElementContent[];

/** A mistake in an MDX body, with the line it is on (1-based, counted in the body). */
export class MdxError extends Error {
	constructor(
		message: string,
		readonly line?: number,
	) {
		super(message);
		this.name = 'MdxError';
	}
}

/** Thrown by a component about its props; the renderer adds the line of the element. */
export class MdxComponentError extends Error {}

/** What a rendered body gives the page. */
export interface RenderedMdx {
	html: string;
	/** Every heading with the id it was given, as Astro reports them. */
	headings: Heading[];
}

/** A rendered body before it is written out as HTML, for a component that includes one in another. */
export interface RenderedMdxTree {
	children: ElementContent[];
	headings: Heading[];
}

/** A `{…}` that only holds a comment, MDX's way of commenting. */
const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * Renders a parsed body (`tree`, parsed from `source`). `components` maps capitalised names to writers'
 * components and lowercase tag names to replacements. Lowercase JSX tags (`<kbd>`) become HTML elements;
 * JavaScript (imports, `{expressions}`) has no place in content and is an error.
 */
export function renderParsedMdx(tree: Root, source: string, components: Readonly<Record<string, MdxComponent>>): RenderedMdxTree {
	smartenPunctuation(tree, source);
	const headings: Heading[] = [];
	const slugger = new GithubSlugger();
	const transform = (nodes: readonly RootContent[]): ElementContent[] => nodes.flatMap((node) => transformNode(node));
	function transformNode(node: RootContent): ElementContent | ElementContent[] {
		const line = node.position?.start.line;
		switch (node.type) {
			case 'element':
				return transformElement(node, line);
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				const props = propsOf(node.attributes, name, line);
				// Capitalised names are writers' components; lowercase keys (`h2`) replace what Markdown makes.
				const component = /^[A-Z]/.test(name) ? components[name] : undefined;
				if (component) return applyComponent(component, props, transform(node.children as RootContent[]), line);
				// An HTML tag typed in the body is treated as the element Markdown would make, checks included.
				if (/^[a-z][a-z0-9-]*$/.test(name))
					return transformElement(
						{ type: 'element', tagName: name, properties: htmlProperties(props), children: node.children as ElementContent[] },
						line,
					);
				const known = Object.keys(components).filter((key) => /^[A-Z]/.test(key));
				throw new MdxError(
					`${name ? `<${name}>` : 'An empty tag <>'} is not a component writers can use; use ${known.map((key) => `<${key}>`).join(', ')}`,
					line,
				);
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (COMMENT_ONLY.test(node.value)) return [];
				throw new MdxError(`{${node.value}} is code, which articles cannot run. To show braces as text, write \\{ and \\}`, line);
			case 'mdxjsEsm':
				throw new MdxError('import and export lines are code, which articles cannot run. Components need no import', line);
			case 'doctype':
				return [];
			default:
				return node;
		}
	}
	/** A writer's HTML element: allowed by the allowlist, headings given ids, then replaced if a component says so. */
	function transformElement(node: Element, line?: number): ElementContent | ElementContent[] {
		const problem = markupProblem(node);
		if (problem) throw new MdxError(problem, line);
		const children = transform(node.children as RootContent[]);
		const figure = captionedImage(node.tagName, children);
		if (figure) return figure;
		const element: Element = { ...node, children };
		if (/^h[1-6]$/.test(node.tagName)) {
			const text = textOf(node);
			const slug = slugger.slug(text);
			element.properties = { ...node.properties, id: slug };
			headings.push({ depth: Number(node.tagName[1]), slug, text });
		}
		const replacement = components[node.tagName];
		return replacement ? applyComponent(replacement, element.properties as MdxProps, children, line) : element;
	}
	return { children: transform(tree.children), headings };
}

/**
 * A paragraph that holds only an image with a title (`![alt](/uploads/x.png "Caption")`) becomes a figure
 * with the title as its caption.
 */
function captionedImage(tagName: string, children: ElementContent[]): Element | undefined {
	if (tagName !== 'p') return undefined;
	const content = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
	const image = content[0];
	if (content.length !== 1 || image?.type !== 'element' || image.tagName !== 'img' || typeof image.properties.title !== 'string')
		return undefined;
	const { title, ...properties } = image.properties;
	return element('figure', {}, [{ ...image, properties }, element('figcaption', {}, [text(title)])]);
}

function applyComponent(component: MdxComponent, props: MdxProps, children: ElementContent[], line?: number) {
	try {
		return component(props, children);
	} catch (error) {
		if (error instanceof MdxComponentError) throw new MdxError(error.message, line);
		throw error;
	}
}

export type JsxAttributes = Extract<RootContent, { type: 'mdxJsxFlowElement' }>['attributes'];

function propsOf(attributes: JsxAttributes, name: string, line?: number): MdxProps {
	const props: MdxProps = {};
	const mistake = () => new MdxError(`<${name}> has a {…} value; write every value in quotes, like title="Good to know"`, line);
	for (const attribute of attributes) {
		if (attribute.type !== 'mdxJsxAttribute') throw mistake();
		const text = attributeText(attribute.value);
		if (text === undefined) throw mistake();
		props[attribute.name] = text;
	}
	return props;
}

/**
 * The text of a JSX attribute's value: quoted text, or the JSON string the CMS writes for a value with a
 * double quote in it (title={"Say \"hi\""}); undefined for any other code.
 */
export function attributeText(value: Extract<JsxAttributes[number], { type: 'mdxJsxAttribute' }>['value']): string | undefined {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	try {
		const text: unknown = JSON.parse(value.value);
		return typeof text === 'string' ? text : undefined;
	} catch {
		return undefined;
	}
}

/** The text of a node, as the heading ids are made from it. */
export function textOf(node: RootContent | Root): string {
	if ('value' in node && node.type === 'text') return node.value;
	if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
	return '';
}

/** An HTML element for a component to return. */
export function element(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
	return { type: 'element', tagName, properties, children };
}

/** A text node for a component to return (escaped when the page is written). */
export const text = (value: string): ElementContent => ({ type: 'text', value });
