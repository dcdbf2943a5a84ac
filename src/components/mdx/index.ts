/**
 * The components writers may use in MDX (`<Callout>`, `<Steps>`, `<Policy>`, `<Snippet>`, `<Video>`), and the
 * section heading every article's `##` becomes. Each turns its props and rendered children into HTML
 * elements; see src/lib/mdx/ for how bodies are rendered.
 */
import type { Translate } from '../../i18n';
import { CALLOUT_TYPES } from '../../lib/component-usage';
import { parseVideoUrl, VIDEO_HOSTS } from '../../lib/video';
import {
	MdxComponentError,
	element,
	renderMdx,
	renderMdxTree,
	text,
	textOf,
	type MdxComponent,
	type RenderedMdx,
	type RenderedMdxTree,
} from '../../lib/mdx';

/** What the components need from the content and the site. */
export interface MdxContext {
	policies: Readonly<Record<string, string | number>>;
	/** The video hosts the shop allows (`embeds:` in settings/site.yaml). */
	embeds: readonly string[];
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
			throw new MdxComponentError(
				`<Policy name="${name}"> shows the value from settings and takes nothing between tags. Write it as <Policy name="${name}" />`,
			);
		}
		if (!(name in policies)) throw new MdxComponentError(`<Policy name="${name}" /> is not a policy in settings/site.yaml`);
		return element('span', { className: ['policy'], dataPolicy: name }, [text(String(policies[name]))]);
	};

/**
 * A video from a host the shop allows: `<Video url="https://www.youtube.com/watch?v=…" title="…" />`. The
 * page shows a poster with the title; nothing is requested from the host until the customer clicks
 * (src/client/video.ts swaps in the player), and without JavaScript the poster links to the video's page.
 */
const video =
	(context: Pick<MdxContext, 'embeds' | 't'>): MdxComponent =>
	({ url = '', title = '' }) => {
		const found = parseVideoUrl(url);
		if (!found)
			throw new MdxComponentError(
				`<Video url="${url}"> is not a YouTube or Vimeo video address. Copy the address from the video's page, e.g. https://www.youtube.com/watch?v=aqz-KE-bpKQ`,
			);
		if (!context.embeds.includes(found.host)) {
			throw new MdxComponentError(
				`<Video> from ${VIDEO_HOSTS[found.host].label} is not allowed on this site. Add "${found.host}" under embeds: in settings/site.yaml (Site settings in the CMS), or link to the video instead.`,
			);
		}
		if (title.trim().length < 3)
			throw new MdxComponentError(
				'<Video> needs a title saying what the video shows, e.g. <Video url="…" title="How to pack your return" />',
			);
		const host = VIDEO_HOSTS[found.host].label;
		return element('div', { className: ['video'] }, [
			element('kb-video', { dataEmbed: found.embedUrl, dataTitle: title }, [
				element('a', { className: ['video__poster'], href: found.watchUrl }, [
					element('span', { className: ['video__play'], ariaHidden: 'true' }),
					element('span', { className: ['video__title'] }, [text(context.t('video.play', { title }))]),
					element('span', { className: ['video__note'] }, [text(context.t('video.notice', { host }))]),
				]),
			]),
		]);
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
 * The components of an article body by name: writers' components (capitalised) and `h2`. A mistake in
 * an included snippet is a {@link SnippetError}.
 */
export function articleComponents(context: MdxContext): Record<string, MdxComponent> {
	const inSnippets = { Callout: callout(context.t), Policy: policy(context.policies), Steps: steps, Video: video(context) };
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

/** Renders an article body; throws {@link MdxError} (src/lib/mdx/) or {@link SnippetError} for a writer's mistake. */
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
