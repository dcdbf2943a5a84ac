import { describe, expect, it } from 'vitest';
import { SnippetError, type MdxContext } from '../../src/components/mdx';
import { renderArticleMdx } from '../helpers/mdx';
import { useTranslations } from '../../src/i18n';
import { MdxError } from '../../src/lib/mdx';

const context: MdxContext = {
	policies: { 'return-window': '30 days', 'free-shipping-from': 50 },
	embeds: ['youtube'],
	snippets: new Map([
		[
			'order-number',
			'Your order number is in the confirmation email.\n\n<Callout type="warning">Keep it for <Policy name="return-window" />.</Callout>',
		],
		['broken', 'Fine line\n\nThen {oops'],
	]),
	t: useTranslations('en'),
};

/** The error an MDX body throws, for assertions on its message and line. */
function failure(render: () => unknown): MdxError {
	try {
		render();
	} catch (error) {
		return error as MdxError;
	}
	throw new Error('expected the body to fail');
}

describe('article bodies rendered from MDX', () => {
	it("renders writers' components as the site's HTML", () => {
		const { html } = renderArticleMdx(
			'Return within <Policy name="return-window" />.\n\n<Callout type="warning" title="Before you send it">\n**Pack** it well.\n</Callout>\n\n<Callout>\nNo title given.\n</Callout>\n\n<Steps>\n1. Sign in.\n2. Choose the order.\n</Steps>\n\n<Snippet id="order-number" />',
			context,
		);
		expect(html).toContain('<p>Return within <span class="policy" data-policy="return-window">30 days</span>.</p>');
		expect(html).toContain(
			'<div class="callout callout--warning" role="note"><p class="callout__title">Before you send it</p><div class="callout__body"><p><strong>Pack</strong> it well.</p></div></div>',
		);
		expect(html).toContain('<p class="callout__title">Good to know</p>');
		expect(html).toMatch(/<div class="steps"><ol>\s*<li>Sign in.<\/li>\s*<li>Choose the order.<\/li>\s*<\/ol><\/div>/);
		expect(html).toContain(
			'<div class="snippet" data-source="snippets/order-number.mdx"><p>Your order number is in the confirmation email.</p>',
		);
		expect(html).toContain('Keep it for <span class="policy" data-policy="return-window">30 days</span>.');
	});

	it('gives ## sections ids like Astro does, a copy-link beside them, and reports the headings', () => {
		const { html, headings } = renderArticleMdx('## How long?\n\nText.\n\n## How long?\n\n### Costs & fees', context);
		expect(headings).toEqual([
			{ depth: 2, slug: 'how-long', text: 'How long?' },
			{ depth: 2, slug: 'how-long-1', text: 'How long?' },
			{ depth: 3, slug: 'costs--fees', text: 'Costs & fees' },
		]);
		expect(html).toContain(
			'<div class="heading-wrapper"><h2 id="how-long">How long?</h2><a class="heading-link" href="#how-long" data-copy="" data-copied="Link copied" aria-label="Copy link to section “How long?”" data-pagefind-ignore>#</a></div>',
		);
		expect(html).toContain('<h3 id="costs--fees">Costs &#x26; fees</h3>');
	});

	it('reads a prop the CMS wrote as a JSON string because it holds a quote', () => {
		const { html } = renderArticleMdx('<Callout type="info" title={"Say \\"hi\\""}>\nB\n</Callout>', context);
		expect(html).toContain('<p class="callout__title">Say "hi"</p>');
	});

	it('escapes what writers type, in text and in component props', () => {
		const { html } = renderArticleMdx('<Callout title="<img src=x onerror=alert(1)>">\nHi\n</Callout>\n\n5 < 6 and &copy;', context);
		expect(html).toContain('<p class="callout__title">&#x3C;img src=x onerror=alert(1)></p>');
		expect(html).not.toContain('<img');
	});

	it('keeps lowercase HTML tags, smart punctuation and MDX comments out of the page', () => {
		const { html } = renderArticleMdx('Press <kbd>Enter</kbd>, then "Save" -- done. {/* a note for writers */}', context);
		expect(html).toBe('<p>Press <kbd>Enter</kbd>, then “Save” – done. </p>');
	});

	it('names the line and what is wrong for MDX that does not parse or runs code', () => {
		expect(failure(() => renderArticleMdx('Fine.\n\nCosts are {unclosed\n', context))).toMatchObject({
			line: 3,
			message: expect.stringMatching(/^Unexpected end of file in expression/),
		});
		expect(failure(() => renderArticleMdx('One\n\nTwo {1 + 1}', context))).toMatchObject({
			line: 3,
			message: expect.stringContaining('{1 + 1} is code'),
		});
		expect(failure(() => renderArticleMdx('import X from "x"\n\nHi', context))).toMatchObject({
			line: 1,
			message: expect.stringContaining('import and export lines'),
		});
		expect(failure(() => renderArticleMdx('A\n\n<Callout title={x}>\nB\n</Callout>', context))).toMatchObject({
			line: 3,
			message: expect.stringContaining('write every value in quotes'),
		});
		expect(failure(() => renderArticleMdx('A\n\nB\n\n<Warning>\nC\n</Warning>', context))).toMatchObject({
			line: 5,
			message: expect.stringContaining('<Warning> is not a component writers can use'),
		});
		expect(failure(() => renderArticleMdx('<Callout type="danger">\nC\n</Callout>', context))).toMatchObject({
			line: 1,
			message: '<Callout type="danger"> must be one of info, warning, success',
		});
		expect(failure(() => renderArticleMdx('x <Policy name="nope" />', context))).toMatchObject({
			line: 1,
			message: '<Policy name="nope" /> is not a policy in settings/site.yaml',
		});
		// Props are read by each component's definition: a misspelt attribute is named before the one it misses.
		expect(failure(() => renderArticleMdx('A\n\nx <Policy nam="return-window" />', context))).toMatchObject({
			line: 3,
			message: '<Policy> has no nam attribute. It takes name, e.g. <Policy name="return-window" />',
		});
		expect(failure(() => renderArticleMdx('<Snippet />', context))).toMatchObject({
			message: '<Snippet> is missing id="…", e.g. <Snippet id="find-order-number" />',
		});
	});

	it("blames the snippet's own file for a mistake inside a snippet", () => {
		const error = failure(() => renderArticleMdx('Intro\n\n<Snippet id="broken" />', context)) as unknown as SnippetError;
		expect(error).toBeInstanceOf(SnippetError);
		expect(error.snippet).toBe('broken');
		expect(error.cause).toMatchObject({ line: 3 });
	});
});
