/** The AI-ready exports with what a careless or hostile writer may type: Markdown twins, llms.txt, llms-full.txt. */
import type { ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleMarkdown, faqMarkdown } from '../../src/lib/article-markdown';
import { llmsFullParts } from '../../src/lib/llms-full';
import { llmsTxt } from '../../src/lib/llms-txt';

const hostile = 'Refund <script>alert(1)</script> & *50%* off [here](javascript:alert(1))\n---\ntitle: hijacked';
const japanese = '返品の方法 — 「送料」は無料です';
const paragraph = (...children: ElementContent[]): ElementContent => ({ type: 'element', tagName: 'p', properties: {}, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

describe('Markdown twins', () => {
	const markdown = articleMarkdown(
		{
			title: hostile,
			description: japanese,
			stage: 'After your order',
			category: 'Returns',
			updated: new Date('2026-10-14'),
			url: 'https://help.example/articles/start-a-return/',
			language: 'en',
		},
		[
			paragraph(text('See '), {
				type: 'element',
				tagName: 'a',
				properties: { href: '/articles/refund-status/#when' },
				children: [text('refunds')],
			}),
		],
	);

	it('keep a hostile title as text: the header reads back the same, and the Markdown holds no live tag or link', () => {
		const [, header, body] = markdown.split(/^---$/m);
		expect(markdown.startsWith('---\n')).toBe(true);
		expect(parse(header!)).toMatchObject({ title: hostile, description: japanese, updated: '2026-10-14', language: 'en' });
		expect(body).toContain('\\<script>');
		expect(body).not.toMatch(/[^\\]<script>|\]\(javascript:/);
		expect(body).toContain(japanese);
	});

	it('make relative links absolute, against the page', () => {
		expect(markdown).toContain('[refunds](https://help.example/articles/refund-status/#when)');
	});

	it('give FAQ questions their own headings, however they are written', () => {
		const faq = faqMarkdown({ title: 'Returns', url: 'https://help.example/faq/returns/', language: 'en' }, [
			{ question: '# Can I *return* <b>it</b>?', id: 'return-it', answer: [paragraph(text('Yes.'))] },
		]);
		// A `#` after the heading's own is text in Markdown; `*` and `<` are escaped.
		expect(faq).toContain('\n## # Can I \\*return\\* \\<b>it\\</b>?\n\nYes.\n');
	});
});

describe('llms.txt and llms-full.txt', () => {
	const text = llmsTxt({
		name: 'Help',
		summary: 'Answers.',
		details: [
			{ type: 'text', value: 'About the links, from ' },
			{ type: 'link', url: 'https://www.shop.md', children: [{ type: 'text', value: 'the shop' }] },
			{ type: 'text', value: '.' },
		],
		sections: [
			{
				title: 'After your order',
				groups: [
					{
						title: 'Returns',
						links: [
							{
								title: `${hostile} ](https://evil.example/steal.md)`,
								url: 'https://help.example/articles/a/index.html.md',
								description: japanese,
							},
						],
					},
				],
			},
		],
		optional: [{ title: 'All in one file', url: 'https://help.example/llms-full.txt' }],
	});

	it('list each link on one line with its title escaped', () => {
		const item = text.split('\n').find((line) => line.startsWith('- ['))!;
		expect(item).toContain('(https://help.example/articles/a/index.html.md)');
		expect(item).toContain(`: ${japanese}`);
		expect(text).not.toMatch(/[^\\]<script>/);
	});

	it("llms-full.txt reads only the pages llms.txt lists, never an address hidden in a writer's title or the shop's .md domain", async () => {
		const read: string[] = [];
		const parts: string[] = [];
		for await (const part of llmsFullParts(text, async (path) => (read.push(path), `# Page ${path}`))) parts.push(part);
		expect(read).toEqual(['/articles/a/index.html.md']);
		expect(parts[0]).toBe('# Help\n\n> Answers.\n\nAbout the links, from [the shop](https://www.shop.md).\n');
		expect(parts[1]).toBe('\n# Page /articles/a/index.html.md\n');
	});
});
