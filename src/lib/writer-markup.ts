/**
 * The one allowlist for writers' markup: the elements, attributes and URL schemes that anything a writer
 * types (article and snippet bodies, FAQ answers, links in site settings) may put into a page. It is a
 * hast-util-sanitize schema, and the sanitizer itself decides: an element is allowed exactly when
 * sanitizing it changes nothing. Anything else fails the build with what to use instead, rather than being
 * dropped silently (a stolen CMS login must not become a script on the help center's domain).
 */
import type { Element, Properties } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';

/** URL schemes links may use; images only load from the web or the site itself. Relative URLs are always fine. */
export const URL_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

const ALIGNMENTS = ['left', 'right', 'center'].map((side) => `text-align: ${side}`);
const FORMS = ['form', 'input', 'button', 'select', 'textarea', 'option', 'label', 'fieldset'];
const EMBEDS = ['iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'portal'];

/** The allowlist (GitHub's, as hast-util-sanitize ships it, narrowed: no forms, ids or `name`, and `tel:` links). */
export const writerMarkupSchema: Schema = {
	...defaultSchema,
	// `input` stays only as the read-only checkbox of a Markdown task list (`- [ ]`): see `required`.
	tagNames: [...defaultSchema.tagNames!, 'mark', 'figure', 'figcaption', 'caption', 'abbr', 'small', 'u'],
	attributes: {
		...defaultSchema.attributes,
		// Form-related and layout attributes are dropped; ids only as Markdown footnotes make them.
		'*': [
			...defaultSchema.attributes!['*']!.filter(
				(attribute) =>
					typeof attribute === 'string' &&
					!['accept', 'acceptCharset', 'action', 'encType', 'method', 'name', 'id', 'prompt', 'tabIndex', 'accessKey'].includes(attribute),
			),
			['id', /^user-content-/, 'footnote-label'],
		],
		img: [...defaultSchema.attributes!.img!, 'title', 'loading', 'decoding'],
		// Markdown's column alignment (`| ---: |`); the CMS check asks writers not to use it (src/lib/mdx/index.ts, inspectBody).
		td: [['style', ...ALIGNMENTS]],
		th: [['style', ...ALIGNMENTS]],
	},
	// Each element is checked on its own (see markupProblem); a table cell outside a table is harmless.
	ancestors: {},
	clobber: [],
	clobberPrefix: '',
	protocols: { href: [...URL_SCHEMES], src: ['https', 'http'], cite: ['https', 'http'], longDesc: ['https', 'http'] },
	strip: ['script', 'style'],
};

/** The HTML name of a hast property, as a writer typed it: `className` → `class`, `onError` → `onerror`. */
const attributeName = (property: string) => find(html, property).attribute;

/**
 * Why `element` (a writer's element, before the site adds its own attributes) may not be on a page, or
 * undefined when it may. Children are checked on their own.
 */
export function markupProblem(element: Pick<Element, 'tagName' | 'properties'>): string | undefined {
	const tag = element.tagName;
	const properties = element.properties ?? {};
	const taskCheckbox = tag === 'input' && properties.type === 'checkbox' && properties.disabled === true;
	if (FORMS.includes(tag) && !taskCheckbox) return elementProblem(tag);
	const kept = sanitize({ type: 'root', children: [{ type: 'element', tagName: tag, properties, children: [] }] }, writerMarkupSchema);
	const survivor =
		kept.type === 'root' ? kept.children.find((child): child is Element => child.type === 'element' && child.tagName === tag) : undefined;
	if (!survivor) return elementProblem(tag);
	for (const [property, value] of Object.entries(properties)) {
		if (value === undefined || value === null || value === false) continue;
		if (JSON.stringify(survivor.properties[property]) === JSON.stringify(value)) continue;
		return attributeProblem(tag, attributeName(property), Array.isArray(value) ? value.join(' ') : String(value));
	}
	return undefined;
}

function elementProblem(tag: string): string {
	if (tag === 'script' || tag === 'style')
		return `<${tag}> is code, which articles cannot run. Remove it; the site's own scripts and styles apply to every page.`;
	if (EMBEDS.includes(tag)) {
		return `<${tag}> embeds another site, which is not allowed. For a YouTube or Vimeo video use <Video url="https://…" title="…" />; for anything else link to it: [what it is](https://…).`;
	}
	if (FORMS.includes(tag))
		return `<${tag}> is a form field; forms in articles could collect customers' details. Link to the shop's own page instead: [text](https://…).`;
	if (tag === 'svg' || tag === 'math')
		return `<${tag}> drawn in the text can run code. Upload the drawing as an image file and show it with ![what it shows](/uploads/drawing.svg).`;
	return `<${tag}> is not an element writers can use. Use Markdown (headings, lists, tables, links, images) or one of the allowed elements: ${ALLOWED_ELEMENTS}.`;
}

function attributeProblem(tag: string, attribute: string, value: string): string {
	const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	if (/^on/i.test(attribute)) return `${attribute}="${shown}" on <${tag}> is an event handler, which runs code. Remove it.`;
	if (attribute === 'style')
		return `style="${shown}" on <${tag}> is not allowed: the site's own styles apply. Remove it (a <Callout> highlights a passage).`;
	if (attribute === 'class') return `class="${shown}" on <${tag}> is not allowed: the site's own styles apply. Remove it.`;
	if (['href', 'src', 'cite', 'longdesc'].includes(attribute)) {
		const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1]?.toLowerCase();
		const allowed = attribute === 'href' ? 'https:, http:, mailto: or tel:' : 'https: or http:';
		return `${attribute}="${shown}" uses "${scheme ?? value}:", which is not allowed here. Use an address on this site (like /articles/start-a-return/) or ${allowed}.`;
	}
	if (attribute === 'id') return `id="${shown}" is not allowed: headings get their ids (and links) automatically. Remove it.`;
	return `${attribute}="${shown}" is not an attribute writers can use on <${tag}>. Remove it.`;
}

const ALLOWED_ELEMENTS = ['kbd', 'details', 'summary', 'table', 'abbr', 'mark', 'sub', 'sup', 'br', 'figure', 'figcaption', 'img']
	.map((tag) => `<${tag}>`)
	.join(', ');

const CODE_ELEMENTS = ['script', 'style', 'svg', 'math', 'base', 'meta', 'link', ...EMBEDS, ...FORMS];

/**
 * A first line of defence for the CMS, which validates fields with a regular expression when a writer
 * saves: markup the allowlist would certainly refuse (code elements, event handlers, `javascript:`/`data:`
 * addresses), even where the rich-text editor escaped it into text. The build's allowlist stays the authority.
 */
export const CMS_SAFE_MARKUP = {
	/** Matches text that contains none of it (use as `^(?!…)`). */
	unsafe: String.raw`[\s\S]*(?:<\s*(?:${CODE_ELEMENTS.join('|')})\b|<[a-zA-Z][^>]*\son[a-z]+\s*=|(?:\]\(|=\s*["']?)\s*(?:javascript|data|vbscript):)`,
	message:
		'Scripts, styles, event handlers (on…=), embedded pages, forms and javascript: or data: links are not allowed. For a video use the Video component; see "Allowed markup" in docs/writing.md.',
};

/** Whether a link's address (e.g. a contact link in settings) uses a scheme the allowlist accepts. */
export function isAllowedLink(href: string): boolean {
	return markupProblem({ tagName: 'a', properties: { href } }) === undefined && !href.trim().startsWith('//');
}

/** hast properties for the attributes of a lowercase JSX tag as written (`colspan`, `aria-label`, `class`). */
export function htmlProperties(attributes: Readonly<Record<string, string>>): Properties {
	const properties: Properties = {};
	for (const [name, value] of Object.entries(attributes)) properties[find(html, name).property] = value;
	return properties;
}
