import { toHtml } from 'hast-util-to-html';
import { renderBody, type MdxContext } from '../../src/components/mdx';
import { parseMdx, type RenderedMdx } from '../../src/lib/mdx';

/** An article body as the site renders it (before images are sized, which needs the Astro build). */
export function renderArticleMdx(body: string, context: MdxContext): RenderedMdx {
	const { children, headings } = renderBody(body, 'article', context, parseMdx);
	return { html: toHtml({ type: 'root', children }), headings };
}
