import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { parse } from 'yaml';
import { renderPreview } from '../../src/cms/components';
import { renderBody, type BodyKind } from '../../src/components/mdx';
import { useTranslations } from '../../src/i18n';
import { parseMdx } from '../../src/lib/mdx';
import { projectRoot, sampleFiles } from '../helpers/build';

const content = (path: string) => readFileSync(join(projectRoot, 'content', path), 'utf8');
const files = sampleFiles;
const bodyOf = (source: string) => source.split(/^---$/m).slice(2).join('---');
const settings = parse(content('settings/site.yaml'));
const snippets = Object.fromEntries(
	files('snippets')
		.filter((file) => file.startsWith('en/'))
		.map((file) => [file.replace(/^en\/|\.mdx$/g, ''), bodyOf(content(`snippets/${file}`))]),
);
const site = {
	policies: settings.policies,
	embeds: settings.embeds ?? [],
	snippets: new Map(Object.entries(snippets)),
	t: useTranslations('en'),
};
const preview = { locale: 'en', policies: settings.policies, embeds: settings.embeds ?? [], snippets };

/** Every body of the sample content, and a fixture with the Markdown it does not use yet (tables, footnotes…). */
const bodies: { file: string; kind: BodyKind; body: string }[] = [
	...files('articles').map((file) => ({ file: `articles/${file}`, kind: 'article' as const, body: bodyOf(content(`articles/${file}`)) })),
	...Object.entries(snippets).map(([id, body]) => ({ file: `snippets/${id}.mdx`, kind: 'snippet' as const, body })),
	...files('faq').flatMap((file) =>
		(parse(content(`faq/${file}`)).questions as { id: string; answer: string }[]).map((question) => ({
			file: `faq/${file} ${question.id}`,
			kind: 'faq-answer' as const,
			body: question.answer,
		})),
	),
	{
		file: 'tests/fixtures/every-markdown-feature.mdx',
		kind: 'article',
		body: readFileSync(join(projectRoot, 'tests/fixtures/every-markdown-feature.mdx'), 'utf8'),
	},
];

describe('CMS preview', () => {
	it('renders every body of the sample content, every component use included, exactly as the site does', () => {
		expect(bodies.filter((b) => b.kind === 'faq-answer').length).toBeGreaterThan(20);
		for (const { file, kind, body } of bodies) {
			const onSite = toHtml({ type: 'root', children: renderBody(body, kind, site, parseMdx).children });
			expect(renderPreview(body, kind, preview), file).toBe(onSite);
		}
		const uses = bodies.map(({ body }) => body.match(/<(Callout|Steps|Snippet|Policy|Video)\b/g)?.length ?? 0);
		expect(uses.reduce((a, b) => a + b)).toBeGreaterThan(100);
	});
});
