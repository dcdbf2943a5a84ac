import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { renderBody } from '../../src/components/mdx';
import { useTranslations } from '../../src/i18n';
import { parseMdx } from '../../src/lib/mdx';

describe('FAQ answers', () => {
	const render = (answer: string, policies: Record<string, string> = { 'return-window': '30 days' }) =>
		toHtml({
			type: 'root',
			children: renderBody(answer, 'faq-answer', { policies, embeds: [], snippets: new Map(), t: useTranslations('en') }, parseMdx)
				.children,
		});

	it('have the Markdown features of articles: policies, code with <, smart punctuation', () => {
		const html = render(
			'Free within **<Policy name="return-window" />**. Use `a < b` -- it\'s "easy". [Returns](/articles/start-a-return/)',
		);
		expect(html).toContain('<strong><span class="policy" data-policy="return-window">30 days</span></strong>');
		expect(html).toContain('<code>a &#x3C; b</code>');
		expect(html).toContain('it’s “easy”');
		expect(html).toContain('<a href="/articles/start-a-return/">Returns</a>');
	});

	it('refuse HTML outside the allowlist, an unknown policy and a <Policy> with content', () => {
		expect(() => render('Hi <img src="x" onerror="alert(1)" />')).toThrow(/onerror="alert\(1\)" on <img> is an event handler/);
		expect(() => render('<Policy name="nope" />')).toThrow(/not a policy/);
		expect(() => render('Within <Policy name="return-window">30 days</Policy>.')).toThrow(
			/takes nothing between tags. Write it as <Policy name="return-window" \/>/,
		);
		expect(() => render('See <Callout>x</Callout>')).toThrow(/<Callout> is not a component writers can use; use <Policy>/);
	});
});
