import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type ContentSnapshot } from '../../src/lib/integrity';
import { derivedShortId, SHORT_ID_PATTERN } from '../../src/lib/short-id';

function snapshot(overrides: Partial<ContentSnapshot> = {}): ContentSnapshot {
	return {
		articles: [
			{
				slug: 'start-a-return',
				id: 'k7f2qa',
				file: 'articles/start-a-return.mdx',
				category: 'returns',
				related: ['refund-status'],
				draft: false,
				source: 'You have <Policy name="return-window" />.\n<Snippet id="order-number" />',
			},
			{
				slug: 'refund-status',
				id: 'r3fund',
				file: 'articles/refund-status.mdx',
				category: 'returns',
				related: [],
				draft: false,
				source: '<Callout type="info">\nHi\n</Callout>',
			},
		],
		categories: [{ id: 'returns', file: 'categories/returns.yaml' }],
		faqGroups: [
			{
				id: 'returns',
				file: 'faq/returns.yaml',
				category: 'returns',
				questions: [{ id: 'return-cost', answer: 'Free within <Policy name="return-window" />.' }],
			},
		],
		snippets: [{ id: 'order-number', file: 'snippets/order-number.mdx', source: 'Your order number.' }],
		settings: {
			file: 'settings/site.yaml',
			featured: ['start-a-return'],
			policies: { 'return-window': '30 days' },
			brandColor: '#1d6b57',
			locale: 'en',
		},
		folders: [{ folder: 'articles', extension: '.mdx', files: ['start-a-return.mdx', 'refund-status.mdx'] }],
		production: true,
		...overrides,
	};
}

describe('content integrity checks', () => {
	it('accepts sound content', () => {
		expect(checkContent(snapshot())).toEqual([]);
	});

	it('names an unknown category and suggests the closest one', () => {
		const content = snapshot();
		content.articles[0].category = 'retruns';
		expect(checkContent(content)).toEqual([
			{
				file: 'articles/start-a-return.mdx',
				message: expect.stringMatching(/category: "retruns" is not a category.*Did you mean "returns"\?/),
			},
		]);
	});

	it('rejects related and featured slugs that do not exist', () => {
		const content = snapshot();
		content.articles[0].related = ['refund-statu'];
		content.settings.featured = ['nowhere'];
		const messages = checkContent(content).map((p) => `${p.file}: ${p.message}`);
		expect(messages).toEqual([
			expect.stringMatching(/^articles\/start-a-return\.mdx: related: there is no article "refund-statu".*Did you mean "refund-status"/),
			expect.stringMatching(/^settings\/site\.yaml: featured: there is no article "nowhere"/),
		]);
	});

	it('treats drafts as missing in production only', () => {
		const content = snapshot();
		content.articles[1].draft = true;
		expect(checkContent(content)[0].message).toMatch(/"refund-status" is a draft/);
		expect(checkContent({ ...content, production: false })).toEqual([]);
	});

	it('reports unknown Policy and Snippet names with their line', () => {
		const content = snapshot();
		content.articles[0].source = 'Intro\nYou have <Policy name="return-windw" />.\n\n<Snippet id="order-numbr" />';
		expect(checkContent(content)).toEqual([
			{
				file: 'articles/start-a-return.mdx',
				line: 2,
				message: expect.stringContaining(
					'<Policy name="return-windw" /> is not a policy in settings/site.yaml. Did you mean "return-window"?',
				),
			},
			{ file: 'articles/start-a-return.mdx', line: 4, message: expect.stringContaining('<Snippet id="order-numbr" /> is not a snippet') },
		]);
	});

	it('reports components writers cannot use, and unknown policies in FAQ answers', () => {
		const content = snapshot();
		content.articles[1].source = '<Calout type="info">\nHi\n</Calout>';
		content.faqGroups[0].questions[0].answer = 'Within <Policy name="nope" />.';
		const messages = checkContent(content).map((p) => p.message);
		expect(messages).toContainEqual(
			expect.stringContaining(
				'<Calout> is not a component writers can use. Use one of: Callout, Steps, Snippet, Video, Policy. Did you mean "Callout"?',
			),
		);
		expect(messages).toContainEqual(expect.stringContaining('<Policy name="nope" /> is not a policy'));
	});

	it('checks every component use by its definition, listing all with their lines: props, where it may be used, what it names', () => {
		const content = snapshot();
		content.articles[1].source = [
			'<Callout type="danger">',
			'Hi <Policy name="return-windw" />',
			'</Callout>',
			'',
			'<Video url="https://example.com/clip" title="Packing a parcel" />',
			'',
			'<Steps kind="numbered">',
			'1. One',
			'</Steps>',
		].join('\n');
		content.faqGroups[0].source = 'questions:\n  - id: return-cost\n    answer: See <Callout>x</Callout>\n';
		content.faqGroups[0].questions[0].answer = 'See <Callout>x</Callout>';
		expect(checkContent(content).map((p) => [p.file, p.line, p.message])).toEqual([
			['articles/refund-status.mdx', 1, '<Callout type="danger"> must be one of info, warning, success'],
			[
				'articles/refund-status.mdx',
				2,
				'<Policy name="return-windw" /> is not a policy in settings/site.yaml. Did you mean "return-window"?',
			],
			['articles/refund-status.mdx', 5, expect.stringContaining('<Video url="https://example.com/clip"> is not a YouTube or Vimeo video')],
			['articles/refund-status.mdx', 7, expect.stringContaining('<Steps> has no kind attribute. It takes no attributes')],
			['faq/returns.yaml', 3, 'the answer to "return-cost": <Callout> cannot be used in FAQ answers, only in articles and snippets.'],
		]);
	});

	it('ignores component-like text inside fenced code blocks', () => {
		const content = snapshot();
		content.articles[1].source = '```\n<Policy name="example" />\n```';
		expect(checkContent(content)).toEqual([]);
	});

	it('forbids snippets inside snippets', () => {
		const content = snapshot();
		content.snippets[0].source = '<Snippet id="order-number" />';
		expect(checkContent(content)[0].message).toBe('<Snippet> cannot be used in snippets, only in articles.');
	});

	it('rejects duplicate FAQ question ids across groups', () => {
		const content = snapshot();
		content.faqGroups.push({
			id: 'more',
			file: 'faq/more.yaml',
			category: 'returns',
			questions: [{ id: 'return-cost', answer: 'Again.' }],
		});
		expect(checkContent(content)).toEqual([
			{ file: 'faq/more.yaml', message: expect.stringContaining('question id "return-cost" is already used in faq/returns.yaml') },
		]);
	});

	it('rejects an article or FAQ group filed under another stage than its category, naming the categories that fit', () => {
		const content = snapshot({
			categories: [
				{ id: 'returns', file: 'categories/returns.yaml', stage: 'after-purchase' },
				{ id: 'payment', file: 'categories/payment.yaml', stage: 'during-purchase' },
			],
		});
		content.articles[0]!.stage = 'during-purchase';
		content.articles[1]!.stage = 'after-purchase';
		content.faqGroups[0]!.stage = 'before-purchase';
		expect(checkContent(content)).toEqual([
			{
				file: 'articles/start-a-return.mdx',
				message:
					'stage: "during-purchase" does not match category "returns", which is in after-purchase. Set stage to after-purchase, or choose a category in during-purchase (payment).',
			},
			{
				file: 'faq/returns.yaml',
				message:
					'stage: "before-purchase" does not match category "returns", which is in after-purchase. Set stage to after-purchase, or choose a category in before-purchase.',
			},
		]);
	});

	it('rejects file names that are not valid slugs and files the site would ignore', () => {
		const content = snapshot({
			folders: [{ folder: 'articles', extension: '.mdx', files: ['Start a Return.mdx', 'notes.md', '.DS_Store', 'ok-name.mdx'] }],
		});
		expect(checkContent(content).map((p) => `${p.file}: ${p.message}`)).toEqual([
			expect.stringContaining(
				'articles/Start a Return.mdx: the file name is the page\'s address, so it must be lowercase words joined by hyphens. Rename it to "start-a-return.mdx".',
			),
			expect.stringContaining('articles/notes.md: is not a .mdx file'),
		]);
	});

	it('rejects a brand colour too light to read on white', () => {
		const content = snapshot();
		content.settings.brandColor = '#7fd1b9';
		expect(checkContent(content)[0].message).toMatch(/brandColor #7fd1b9 is too light to read on white \(contrast 1\.\d:1, needs 4\.5:1\)/);
	});

	it('accepts a language with interface text and names one without, or one lacking strings', () => {
		for (const locale of ['en', 'en-GB', 'nl', 'de-AT'])
			expect(checkContent(snapshot({ settings: { ...snapshot().settings, locale } }))).toEqual([]);
		expect(checkContent(snapshot({ settings: { ...snapshot().settings, locale: 'fr' } }))).toEqual([
			{
				file: 'settings/site.yaml',
				message: 'locale: fr has no interface text. Use one of en, nl, de, or add src/i18n/fr.ts with every key of src/i18n/en.ts.',
			},
		]);
	});

	it('formats problems one per line with file and line', () => {
		const text = formatProblems([
			{ file: 'articles/b.mdx', line: 3, message: 'second' },
			{ file: 'articles/a.mdx', message: 'first' },
		]);
		expect(text).toBe(
			'The help center content has 2 problems to fix:\n  content/articles/a.mdx: first\n  content/articles/b.mdx:3: second',
		);
	});
});

describe('content the CMS editor could not write back', () => {
	it('fails on {…} expressions, imports and aligned tables, naming the line, and leaves code and component attributes alone', () => {
		const source = [
			'---',
			'title: x',
			'keywords: {a: 1}',
			'---',
			'Hello {/* note */} there.',
			'',
			'import Thing from "./thing"',
			'',
			'| Option | Cost |',
			'| :--- | ---: |',
			'| A | B |',
			'',
			'| Plain | Table |',
			'| --- | --- |',
			'| text-align: left | only words |',
			'',
			'Use `{braces}` in code.',
			'',
			'```js',
			'const a = { b: 1 };',
			'```',
			'',
			'<Callout type="info" title={"Say \\"hi\\""}>',
			'Text.',
			'</Callout>',
		].join('\n');
		const problems = checkContent(snapshot({ snippets: [{ id: 'order-number', file: 'snippets/order-number.mdx', source }] }));
		expect(problems.map((p) => [p.file, p.line, p.message.split(' ').slice(0, 3).join(' ')])).toEqual([
			['snippets/order-number.mdx', 5, 'curly braces are'],
			['snippets/order-number.mdx', 7, 'import and export'],
			['snippets/order-number.mdx', 10, 'table column alignment'],
		]);
	});
});

describe('permanent short-link ids', () => {
	it('fail the build when two articles share one, naming the newer file', () => {
		const base = snapshot();
		const problems = checkContent(snapshot({ articles: [base.articles[0], { ...base.articles[1], id: 'k7f2qa' }] }));
		expect(problems).toEqual([
			{
				file: 'articles/refund-status.mdx',
				message: expect.stringContaining('id: "k7f2qa" is already the short-link id of articles/start-a-return.mdx'),
			},
		]);
	});

	it('name a free id to add when two file names give one derived id', () => {
		const base = snapshot();
		const derived = derivedShortId('refund-status');
		// The id the second file name gives is the first article's (as if two file names hashed to one id).
		const articles = [
			{ ...base.articles[0], id: derived },
			{ ...base.articles[1], id: derived },
		];
		const [problem] = checkContent(snapshot({ articles }));
		const suggested = /add the line "id: ([a-z0-9]+)" to its frontmatter/.exec(problem!.message)?.[1];
		expect(problem!.message).toContain(
			`the short-link id derived from its file name, "${derived}", is also the id of articles/start-a-return.mdx`,
		);
		expect(suggested).toMatch(SHORT_ID_PATTERN);
		expect(suggested).not.toBe(derived);
	});
});

describe('checks after an edit (astro dev)', () => {
	it('parse again only the files whose digest changed, and find the new mistake in it', () => {
		let reads = 0;
		const counted = (file: string, digest: string, text: string) => {
			const article = { ...snapshot().articles[1]!, file, slug: file, id: file, related: [], digest };
			return Object.defineProperty(article, 'source', { get: () => (reads++, text), enumerable: true });
		};
		const content = (editedDigest: string, editedText: string) => {
			const edited = snapshot({ articles: [counted('aaaaaa', '1', 'Fine.'), counted('bbbbbb', editedDigest, editedText)], folders: [] });
			edited.settings.featured = [];
			return edited;
		};
		expect(checkContent(content('1', 'Fine too.'))).toEqual([]);
		expect(reads).toBe(2);
		// Nothing changed: nothing read or parsed again.
		expect(checkContent(content('1', 'Fine too.'))).toEqual([]);
		expect(reads).toBe(2);
		// One file changed: only it is read, and its new problem is found.
		expect(checkContent(content('2', 'Now <Policy name="nope" />.'))).toEqual([
			expect.objectContaining({ file: 'bbbbbb', message: expect.stringContaining('nope') }),
		]);
		expect(reads).toBe(3);
	});
});
