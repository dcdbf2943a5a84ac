/**
 * The writers' components (src/components/mdx/) as Decap editor components, and the preview pane's
 * rendering: bodies go through the site's own renderer (src/lib/mdx/render.ts, parsed by micromark in the
 * browser), so the preview shows what the site will and refuses what the build refuses. Each editor
 * component's `pattern` + `fromBlock` reads exactly what its `toBlock` writes, so a body that goes through the
 * rich-text editor keeps every component byte for byte (tests/unit/cms-components.test.ts).
 */
import { toHtml } from 'hast-util-to-html';
import { renderBody, WRITER_COMPONENTS, type BodyKind, type MdxContext, type WriterComponent } from '../components/mdx';
import { useTranslations } from '../i18n';
import { MdxError, element, text } from '../lib/mdx/render';
import { parseMdxInBrowser } from '../lib/mdx/parse-in-browser';
import { fieldsOf, type CmsField } from './config';

/** What the admin page tells the preview about the content. */
export interface PreviewContext {
	locale: string;
	policies: Record<string, string | number>;
	embeds: string[];
	/** Snippet id → its Markdown body. */
	snippets: Record<string, string>;
}

/** The part of Decap's editor component API used here. */
export interface EditorComponent {
	id: string;
	label: string;
	type?: 'inline';
	/** What typed in the rich-text editor offers an inline component. */
	trigger?: string;
	fields: CmsField[];
	pattern: RegExp;
	fromBlock: (match: RegExpMatchArray) => Record<string, string>;
	toBlock: (data: Record<string, string | undefined>) => string;
	fromInline?: (match: RegExpMatchArray) => Record<string, string>;
	toInline?: (data: Record<string, string | undefined>) => string;
	toPreview: (data: Record<string, string | undefined>) => string;
}

const mdxContext = (context: PreviewContext): MdxContext => ({
	policies: context.policies,
	embeds: context.embeds,
	snippets: new Map(Object.entries(context.snippets)),
	t: useTranslations(context.locale),
});

/**
 * A body as the site renders it, as HTML for the preview pane; a mistake the build would refuse is shown
 * in its place, in the words the build uses.
 */
export function renderPreview(source: string, kind: BodyKind, context: PreviewContext, imageUrl?: (src: string) => string): string {
	try {
		const tree = renderBody(source, kind, mdxContext(context), parseMdxInBrowser);
		if (imageUrl) for (const child of tree.children) showUnsavedImages(child, imageUrl);
		return toHtml({ type: 'root', children: tree.children });
	} catch (error) {
		const line = error instanceof MdxError && error.line ? `Line ${error.line}: ` : '';
		// In the site's warning style, so it needs no stylesheet of its own.
		const refusal = element('div', { className: ['callout', 'callout--warning'], role: 'alert' }, [
			element('p', { className: ['callout__title'] }, [text('The site cannot show this yet')]),
			element('div', { className: ['callout__body'] }, [element('p', {}, [text(`${line}${(error as Error).message}`)])]),
		]);
		return toHtml(refusal);
	}
}

/**
 * Points the body's uploads at Decap's copies (`imageUrl`), so an image added in the editor shows before it
 * is saved; while Decap loads one, the image has no address yet and shows its alt text.
 */
function showUnsavedImages(
	node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] },
	imageUrl: (src: string) => string,
) {
	if (
		node.type === 'element' &&
		node.tagName === 'img' &&
		typeof node.properties?.src === 'string' &&
		node.properties.src.startsWith('/uploads/')
	) {
		const url = imageUrl(node.properties.src);
		if (url) node.properties.src = url;
		else delete node.properties.src;
		delete node.properties.srcSet;
	}
	for (const child of node.children ?? []) showUnsavedImages(child as typeof node, imageUrl);
}

/** A JSX string attribute: plain quotes when possible, an expression when the text contains a quote. */
function attribute(name: string, value: string): string {
	return value.includes('"') ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;
}

/** An attribute's value as `attribute` writes it (group 1: quoted text, group 2: JSON string). */
const ATTRIBUTE_VALUE = String.raw`(?:"([^"]*)"|\{("(?:[^"\\]|\\.)*")\})`;

/** The Decap editor component for a writer component, its fields derived from the component's props. */
export function editorComponent(component: WriterComponent, context: PreviewContext): EditorComponent {
	const names = Object.keys(component.props.shape);
	const overrides = component.cmsFields?.(mdxContext(context)) ?? {};
	const fields = fieldsOf(component.props.shape).map((field) => ({ ...field, ...overrides[field.name] }) as CmsField);
	if (component.children) fields.push({ name: 'body', label: component.children.label, widget: 'markdown', modes: ['rich_text', 'raw'] });
	const attributes = names.map((name) => `(?: ${name}=${ATTRIBUTE_VALUE})?`).join('');
	const pattern = component.children
		? new RegExp(`^<${component.name}${attributes}>\\n([\\s\\S]*?)\\n?</${component.name}>`)
		: new RegExp(`^<${component.name}${attributes} />`);
	const fromBlock = (match: RegExpMatchArray) => {
		const data: Record<string, string> = {};
		names.forEach((name, index) => {
			const [quoted, json] = [match[1 + 2 * index], match[2 + 2 * index]];
			const value = quoted ?? (json ? (JSON.parse(json) as string) : undefined);
			if (value !== undefined) data[name] = value;
		});
		if (component.children) data.body = match[1 + 2 * names.length] ?? '';
		return data;
	};
	const toBlock = (data: Record<string, string | undefined>) => {
		const written = names.flatMap((name) => (data[name] ? [` ${attribute(name, data[name])}`] : [])).join('');
		return component.children
			? `<${component.name}${written}>\n${data.body ?? ''}\n</${component.name}>`
			: `<${component.name}${written} />`;
	};
	return {
		id: component.name.toLowerCase(),
		label: component.label,
		fields,
		pattern,
		fromBlock,
		toBlock,
		...(component.inline && { type: 'inline' as const, trigger: `<${component.name}`, fromInline: fromBlock, toInline: toBlock }),
		toPreview: (data) => renderPreview(toBlock(data), 'article', context),
	};
}

/** The editor components for every writer component. */
export const editorComponents = (context: PreviewContext) => WRITER_COMPONENTS.map((component) => editorComponent(component, context));
