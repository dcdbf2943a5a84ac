/**
 * The MDX components writers use (`src/components/mdx/`), as Decap editor components. Each one's
 * `pattern` + `fromBlock` reads exactly what its `toBlock` writes, so a body that goes through the
 * rich-text editor keeps every component byte for byte (tests/unit/cms-components.test.ts).
 * Plain module: runs in the admin page and in Node.
 */
import { escapeAttribute, escapeText } from 'entities';
import { micromark } from 'micromark';
import { useTranslations } from '../i18n';
import { CALLOUT_TYPES } from '../lib/component-usage';

/** What previews need to know about the content: policy values and snippet bodies. */
export interface PreviewContext {
	locale: string;
	policies: Record<string, string | number>;
	/** Snippet id → its Markdown body. */
	snippets: Record<string, string>;
}

/** The part of Decap's editor component API used here. */
export interface EditorComponent {
	id: string;
	label: string;
	type?: 'inline';
	trigger?: string;
	fields: Array<Record<string, unknown>>;
	pattern: RegExp;
	fromBlock: (match: RegExpMatchArray) => Record<string, string>;
	toBlock: (data: Record<string, string | undefined>) => string;
	fromInline?: (match: RegExpMatchArray) => Record<string, string>;
	toInline?: (data: Record<string, string | undefined>) => string;
	toPreview: (data: Record<string, string | undefined>) => string;
}

/** A JSX string attribute: plain quotes when possible, an expression when the text contains a quote. */
function attribute(name: string, value: string): string {
	return value.includes('"') ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;
}

/** Reads back what `attribute` wrote (group 1: quoted text, group 2: JSON string). */
const ATTRIBUTE_VALUE = String.raw`(?:"([^"]*)"|\{("(?:[^"\\]|\\.)*")\})`;
const attributeValue = (quoted: string | undefined, json: string | undefined) =>
	quoted ?? (json ? (JSON.parse(json) as string) : undefined);

const CALLOUT = new RegExp(
	String.raw`^<Callout type="(${CALLOUT_TYPES.join('|')})"(?: title=${ATTRIBUTE_VALUE})?>\n([\s\S]*?)\n?</Callout>`,
);
const STEPS = /^<Steps>\n([\s\S]*?)\n?<\/Steps>/;
const SNIPPET = /^<Snippet id="([a-z0-9-]+)" \/>/;
const POLICY = /^<Policy name="([a-z0-9-]+)" \/>/;
const VIDEO = new RegExp(String.raw`^<Video url="([^"]*)" title=${ATTRIBUTE_VALUE} \/>`);

/**
 * The editor components, with previews that use the site's own markup and classes.
 * `policyNames` and `snippetIds` fill the pickers; previews look values up in `context`.
 */
export function editorComponents(context: PreviewContext): EditorComponent[] {
	const t = useTranslations(context.locale);
	const render = (markdown: string | undefined) => renderPreview(markdown ?? '', context);
	return [
		{
			id: 'callout',
			label: 'Callout',
			fields: [
				{ name: 'type', label: 'Type', widget: 'select', options: [...CALLOUT_TYPES], default: 'info' },
				{ name: 'title', label: 'Title', widget: 'string', required: false },
				{ name: 'body', label: 'Text', widget: 'markdown', modes: ['rich_text', 'raw'] },
			],
			pattern: CALLOUT,
			fromBlock: (match) => ({
				type: match[1],
				title: attributeValue(match[2], match[3]) ?? '',
				body: match[4],
			}),
			toBlock: ({ type = 'info', title, body = '' }) =>
				`<Callout type="${type}"${title ? ` ${attribute('title', title)}` : ''}>\n${body}\n</Callout>`,
			toPreview: ({ type = 'info', title, body }) =>
				`<div class="callout callout--${escapeAttribute(type)}" role="note"><p class="callout__title">${escapeText(
					title || t(`callout.${type as (typeof CALLOUT_TYPES)[number]}`),
				)}</p><div class="callout__body">${render(body)}</div></div>`,
		},
		{
			id: 'steps',
			label: 'Steps',
			fields: [{ name: 'body', label: 'Steps (a numbered list)', widget: 'markdown', modes: ['rich_text', 'raw'] }],
			pattern: STEPS,
			fromBlock: (match) => ({ body: match[1] }),
			toBlock: ({ body = '' }) => `<Steps>\n${body}\n</Steps>`,
			toPreview: ({ body }) => `<div class="steps">${render(body)}</div>`,
		},
		{
			id: 'snippet',
			label: 'Snippet',
			fields: [
				{
					name: 'id',
					label: 'Snippet',
					widget: 'relation',
					collection: 'snippets',
					value_field: '{{slug}}',
					search_fields: ['title'],
					display_fields: ['title'],
				},
			],
			pattern: SNIPPET,
			fromBlock: (match) => ({ id: match[1] }),
			toBlock: ({ id = '' }) => `<Snippet id="${id}" />`,
			toPreview: ({ id = '' }) =>
				`<div class="snippet" data-source="snippets/${escapeAttribute(id)}.mdx">${
					id in context.snippets ? render(context.snippets[id]) : `<p>${escapeText(`Unknown snippet "${id}"`)}</p>`
				}</div>`,
		},
		{
			id: 'video',
			label: 'Video',
			fields: [
				{
					name: 'url',
					label: 'Video address (YouTube or Vimeo)',
					widget: 'string',
					hint: "Copy it from the video's page. The site must list the host under Embeds in Site settings.",
				},
				{ name: 'title', label: 'What the video shows', widget: 'string' },
			],
			pattern: VIDEO,
			fromBlock: (match) => ({ url: match[1], title: attributeValue(match[2], match[3]) ?? '' }),
			toBlock: ({ url = '', title = '' }) => `<Video url="${url.replaceAll('"', '%22')}" ${attribute('title', title)} />`,
			// The preview shows the poster only: the CMS never loads a player either.
			toPreview: ({ url = '', title = '' }) =>
				`<div class="video"><span class="video__poster"><span class="video__play" aria-hidden="true"></span><span class="video__title">${escapeText(
					t('video.play', { title }),
				)}</span><span class="video__note">${escapeText(url)}</span></span></div>`,
		},
		{
			id: 'policy',
			label: 'Policy value',
			type: 'inline',
			trigger: '<Policy',
			fields: [{ name: 'name', label: 'Policy', widget: 'select', options: Object.keys(context.policies) }],
			pattern: POLICY,
			fromBlock: (match) => ({ name: match[1] }),
			fromInline: (match) => ({ name: match[1] }),
			toBlock: ({ name = '' }) => `<Policy name="${name}" />`,
			toInline: ({ name = '' }) => `<Policy name="${name}" />`,
			toPreview: ({ name = '' }) =>
				`<span class="policy" data-policy="${escapeAttribute(name)}">${escapeText(
					String(context.policies[name] ?? `unknown policy "${name}"`),
				)}</span>`,
		},
	];
}

/**
 * Renders the Markdown inside a component for the preview pane. Components nested in it are
 * previewed too; any other HTML is shown as text, as micromark does by default.
 */
export function renderPreview(markdown: string, context: PreviewContext): string {
	const components = editorComponents(context);
	const placeholders: string[] = [];
	// Replace each component with a placeholder micromark leaves alone, render, then put the previews back.
	const hold = (html: string) => `KBPREVIEW${placeholders.push(html) - 1}X`;
	let source = markdown;
	for (const component of components) {
		const anywhere = new RegExp(component.pattern.source.slice(1), 'g');
		source = source.replace(anywhere, (...args) => {
			const match = args.slice(0, -2) as unknown as RegExpMatchArray;
			const html = component.toPreview(component.fromBlock(match));
			return component.type === 'inline' ? hold(html) : `\n\n${hold(html)}\n\n`;
		});
	}
	return micromark(source)
		.replace(/<p>KBPREVIEW(\d+)X<\/p>/g, (_, index: string) => placeholders[Number(index)])
		.replace(/KBPREVIEW(\d+)X/g, (_, index: string) => placeholders[Number(index)]);
}
