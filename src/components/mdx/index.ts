/**
 * The components writers may use in MDX (`<Callout>`, `<Steps>`, `<Policy>`, `<Snippet>`), and the
 * section heading every article's `##` becomes. Each turns its props and rendered children into HTML
 * elements; see src/lib/mdx-html.ts for how bodies are rendered.
 */
import type { Translate } from '../../i18n';
import { CALLOUT_TYPES } from '../../lib/component-usage';
import { MdxComponentError, element, renderMdx, renderMdxTree, text, textOf, type MdxComponent, type RenderedMdx, type RenderedMdxTree } from '../../lib/mdx-html';

/** What the components need from the content and the site. */
export interface MdxContext {
	policies: Readonly<Record<string, string | number>>;
	/** Each snippet's MDX body, by id. */
	snippets: ReadonlyMap<string, string>;
	t: Translate;
}

/** A highlighted note: `<Callout type="warning" title="…">…</Callout>`. */
const callout =
	(t: Translate): MdxComponent =>
	({ type = 'info', title }, children) => {
		if (!CALLOUT_TYPES.includes(type as (typeof CALLOUT_TYPES)[number])) {
			throw new MdxComponentError(`<Callout type="${type}"> must be one of ${CALLOUT_TYPES.join(', ')}`);
		}
		return element('div', { className: ['callout', `callout--${type}`], role: 'note' }, [
			element('p', { className: ['callout__title'] }, [text(title ?? t(`callout.${type as (typeof CALLOUT_TYPES)[number]}`))]),
			element('div', { className: ['callout__body'] }, children),
		]);
	};

/** A numbered procedure: wraps a Markdown ordered list, `<Steps>1. …</Steps>`. */
const steps: MdxComponent = (_props, children) => element('div', { className: ['steps'] }, children);

/** A policy value from settings: `<Policy name="return-window" />`. */
const policy =
	(policies: MdxContext['policies']): MdxComponent =>
	({ name = '' }, children) => {
		if (children.some((child) => child.type !== 'text' || child.value.trim() !== '')) {
			throw new MdxComponentError(`<Policy name="${name}"> shows the value from settings and takes nothing between tags. Write it as <Policy name="${name}" />`);
		}
		if (!(name in policies)) throw new MdxComponentError(`<Policy name="${name}" /> is not a policy in settings/site.yaml`);
		return element('span', { className: ['policy'], dataPolicy: name }, [text(String(policies[name]))]);
	};

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
			{ className: ['heading-link'], href: `#${id}`, dataCopy: '', dataCopied: t('copy.linkCopied'), ariaLabel: t('copy.sectionLink', { title }), dataPagefindIgnore: true },
			[text('#')],
		);
		return element('div', { className: ['heading-wrapper'] }, [heading, link]);
	};

/**
 * The components of an article body by name: writers' components (capitalised) and `h2`. A mistake in
 * an included snippet is a {@link SnippetError}.
 */
export function articleComponents(context: MdxContext): Record<string, MdxComponent> {
	const inSnippets = { Callout: callout(context.t), Policy: policy(context.policies), Steps: steps };
	/** Includes a reusable block from `snippets/<id>.mdx`: `<Snippet id="find-order-number" />`. */
	const snippet: MdxComponent = ({ id = '' }) => {
		const source = context.snippets.get(id);
		if (source === undefined) throw new MdxComponentError(`<Snippet id="${id}" /> is not a snippet in snippets/`);
		let rendered: RenderedMdxTree;
		try {
			rendered = renderMdxTree(source, inSnippets);
		} catch (error) {
			throw new SnippetError(id, error as Error);
		}
		return element('div', { className: ['snippet'], dataSource: `snippets/${id}.mdx` }, rendered.children);
	};
	return { ...inSnippets, Snippet: snippet, h2: sectionHeading(context.t) };
}

/** The components a FAQ answer may use: only `<Policy>`, since answers are short and shown in search results. */
export function faqAnswerComponents(context: Pick<MdxContext, 'policies'>): Record<string, MdxComponent> {
	return { Policy: policy(context.policies) };
}

/** Renders an article body; throws {@link MdxError} (src/lib/mdx-html.ts) or {@link SnippetError} for a writer's mistake. */
export function renderArticleMdx(body: string, context: MdxContext): RenderedMdx {
	return renderMdx(body, articleComponents(context));
}

/** A mistake in a snippet an article includes: the snippet's file is the one to fix. */
export class SnippetError extends Error {
	constructor(
		readonly snippet: string,
		readonly cause: Error,
	) {
		super(cause.message);
	}
}
