/**
 * The components writers may use in MDX, one file each, and the section heading every article's `##`
 * becomes. Adding a component: a new file defining it (see define.ts) and its entry in WRITER_COMPONENTS.
 */
import type { Root } from 'hast';
import { element, renderParsedMdx, text, textOf, type MdxComponent, type RenderedMdxTree } from '../../lib/mdx/render';
import type { Translate } from '../../i18n';
import { callout } from './callout';
import { parseProps, type BodyKind, type MdxContext, type RenderContext, type WriterComponent } from './define';
import { policy } from './policy';
import { snippet } from './snippet';
import { steps } from './steps';
import { video } from './video';

export { CALLOUT_TYPES } from './callout';
export { SnippetError } from './snippet';
export { parseProps } from './define';
export type { BodyKind, MdxContext, WriterComponent } from './define';

/** Every component writers can use, in the order the CMS's + menu lists them. */
export const WRITER_COMPONENTS: readonly WriterComponent[] = [callout, steps, snippet, video, policy] as WriterComponent[];

/**
 * An article section heading with a link to the section that copies its address; the link shows on
 * hover and focus, and without JS it is a plain `#section` link. It sits beside the heading, not in it,
 * so screen readers' list of headings reads just the titles.
 */
const sectionHeading =
	(t: Translate): MdxComponent =>
	({ id }, children) => {
		const heading = element('h2', { id }, children);
		const title = textOf(heading).replace(/\s+/g, ' ').trim();
		const link = element(
			'a',
			{
				className: ['heading-link'],
				href: `#${id}`,
				dataCopy: '',
				dataCopied: t('copy.linkCopied'),
				ariaLabel: t('copy.sectionLink', { title }),
				dataPagefindIgnore: true,
			},
			[text('#')],
		);
		return element('div', { className: ['heading-wrapper'] }, [heading, link]);
	};

/**
 * The components of one kind of body by name: the writers' components usable in it, and for articles the
 * `h2` replacement. `parse` is the Markdown parser (satteri in the build, micromark in the CMS preview).
 */
export function componentsFor(kind: BodyKind, context: MdxContext, parse: (source: string) => Root): Record<string, MdxComponent> {
	const renderContext: RenderContext = {
		...context,
		render: (source, nested) => renderParsedMdx(parse(source), source, componentsFor(nested, context, parse)),
	};
	const components: Record<string, MdxComponent> = {};
	for (const component of WRITER_COMPONENTS) {
		if (!component.usableIn.includes(kind)) continue;
		components[component.name] = (props, children) => component.render(parseProps(component, props), children, renderContext);
	}
	if (kind === 'article') components.h2 = sectionHeading(context.t);
	return components;
}

/** Renders a body of `kind` with `parse`; throws MdxError (src/lib/mdx/render.ts) or SnippetError for a writer's mistake. */
export function renderBody(source: string, kind: BodyKind, context: MdxContext, parse: (source: string) => Root): RenderedMdxTree {
	return renderParsedMdx(parse(source), source, componentsFor(kind, context, parse));
}
