/**
 * What a writer component is: one definition per component (its name, its props and their rules, the HTML
 * it renders, how the CMS edits it), used by the site renderer, the CMS (editor and preview) and the
 * content checks alike. See README "Adding a writer component".
 */
import type { z } from 'astro/zod';
import type { ElementContent } from 'hast';
import type { CmsField } from '../../cms/config';
import type { Translate } from '../../i18n';
import { MdxComponentError, type RenderedMdxTree } from '../../lib/mdx/render';

/** The kinds of body writers' Markdown is in; each component says in which it may be used. */
export type BodyKind = 'article' | 'snippet' | 'faq-answer';

/** What components need from the content and the site. */
export interface MdxContext {
	policies: Readonly<Record<string, string | number>>;
	/** The video hosts the shop allows (`embeds:` in settings/site.yaml). */
	embeds: readonly string[];
	/** Each snippet's Markdown body, by id. */
	snippets: ReadonlyMap<string, string>;
	t: Translate;
}

/** The context a component renders in: the content, plus rendering another body (a snippet) the same way. */
export interface RenderContext extends MdxContext {
	render: (source: string, kind: BodyKind) => RenderedMdxTree;
}

/** A component writers type in MDX, such as `<Callout type="warning">…</Callout>`. */
export interface WriterComponent<Props extends z.ZodObject = z.ZodObject> {
	/** The tag: `Callout`. */
	name: string;
	/** Its name in the CMS's + menu. */
	label: string;
	/** A typical use, shown in error messages. */
	example: string;
	/** The attributes and their rules, in the order the CMS writes them. Their `.meta()` titles label the CMS fields. */
	props: Props;
	/** Present when the component wraps Markdown (`<Steps>…</Steps>`): the CMS field's label. Else it is self-closing. */
	children?: { label: string };
	/** Used inside a sentence (`<Policy … />`) rather than on lines of its own. */
	inline?: boolean;
	usableIn: readonly BodyKind[];
	/** The prop naming another entry, which the content checks look up across files. */
	reference?: { prop: keyof z.output<Props> & string; to: 'policy' | 'snippet' };
	/** CMS fields that depend on the content (the policy names to choose from), replacing those derived from `props`. */
	cmsFields?: (content: MdxContext) => Record<string, Partial<CmsField>>;
	/** The HTML: `children` are already rendered. Throw {@link MdxComponentError} for a mistake the writer must fix. */
	render: (props: z.output<Props>, children: ElementContent[], context: RenderContext) => ElementContent | ElementContent[];
}

/** Declares a writer component (typed props for `render`). */
export const defineWriterComponent = <Props extends z.ZodObject>(component: WriterComponent<Props>) => component;

/** Reads a component's attributes by its rules; a mistake becomes a message for the writer. */
export function parseProps<Props extends z.ZodObject>(component: WriterComponent<Props>, raw: Record<string, string>): z.output<Props> {
	const result = component.props.safeParse(raw);
	if (result.success) return result.data;
	// A misspelt attribute explains the missing one: name it first.
	const issue = result.error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? result.error.issues[0]!;
	const known = Object.keys(component.props.shape);
	if (issue.code === 'unrecognized_keys') {
		const takes = known.length ? `It takes ${known.join(', ')}` : 'It takes no attributes';
		throw new MdxComponentError(`<${component.name}> has no ${issue.keys.join(', ')} attribute. ${takes}, e.g. ${component.example}`);
	}
	const prop = String(issue.path[0]);
	if (raw[prop] === undefined) throw new MdxComponentError(`<${component.name}> is missing ${prop}="…", e.g. ${component.example}`);
	throw new MdxComponentError(issue.message);
}
