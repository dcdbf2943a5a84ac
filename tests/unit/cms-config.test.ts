import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { cmsConfig, collections, type CmsField } from '../../src/cms/config';
import { backendConfig } from '../../src/cms/backend';
import { editorComponents } from '../../src/cms/components';
import { componentsFor, WRITER_COMPONENTS } from '../../src/components/mdx';
import { parseMdx } from '../../src/lib/mdx';
import { useTranslations } from '../../src/i18n';
import {
	articleSchema,
	categorySchema,
	faqGroupSchema,
	siteSettingsSchema,
	snippetSchema,
	STAGES,
	synonymsSchema,
} from '../../src/schemas';
import { projectRoot } from '../helpers/build';

type Shape = Record<string, z.core.$ZodType>;
const paths = { content: 'content', media: 'content/uploads' };
const byName = Object.fromEntries(
	collections(paths).flatMap((c) => ('files' in c ? c.files.map((f) => [f.name, f.fields]) : [[c.name, c.fields]])),
) as Record<string, CmsField[]>;

/** What a schema says about a field, independent of the generator: optional or not, and its type. */
function describeSchema(schema: z.core.$ZodType): { optional: boolean; type: string; inner: z.core.$ZodType } {
	let current = schema;
	let optional = false;
	for (;;) {
		const def = current._zod.def as unknown as { type: string; innerType: z.core.$ZodType; out: z.core.$ZodType };
		if (def.type === 'pipe') current = def.out;
		else if (def.type === 'default' || def.type === 'optional') {
			optional = true;
			current = def.innerType;
		} else break;
	}
	return { optional, type: current._zod.def.type, inner: current };
}

/** The widget each schema type must get in the CMS. */
const expectedWidget: Record<string, string[]> = {
	string: ['string', 'text', 'relation', 'kb-id', 'kb-question-id', 'kb-answer'],
	enum: ['select'],
	boolean: ['boolean'],
	number: ['number'],
	date: ['kb-date'],
	array: ['list', 'relation', 'select', 'kb-keywords'],
	object: ['object'],
	record: ['kb-pairs'],
};

function expectNoDrift(shape: Shape, fields: CmsField[], where: string) {
	const names = fields.map((f) => f.name).filter((name) => name !== 'body');
	expect(names, `${where}: CMS fields vs schema fields`).toEqual(Object.keys(shape));
	for (const field of fields) {
		if (field.name === 'body') continue;
		const { optional, type, inner } = describeSchema(shape[field.name]);
		expect(field.required === false, `${where}.${field.name} optional`).toBe(optional);
		expect(expectedWidget[type], `${where}.${field.name} widget`).toContain(field.widget);
		if (type === 'enum')
			expect((field.options as Array<{ value: string }>).map((o) => o.value)).toEqual((inner as unknown as { options: string[] }).options);
		if (type === 'object')
			expectNoDrift((inner as unknown as { shape: Shape }).shape, field.fields as CmsField[], `${where}.${field.name}`);
		if (type === 'array' && field.widget === 'list' && field.fields) {
			const element = (inner._zod.def as unknown as { element: { shape: Shape } }).element;
			expectNoDrift(element.shape, field.fields as CmsField[], `${where}.${field.name}[]`);
		}
	}
}

describe('CMS configuration generated from the schemas (no drift)', () => {
	it('has exactly the schema fields, with matching required flags and widgets, for every collection', () => {
		expectNoDrift(articleSchema.shape, byName.articles, 'articles');
		expectNoDrift(categorySchema.shape, byName.categories, 'categories');
		expectNoDrift(faqGroupSchema.shape, byName.faq, 'faq');
		expectNoDrift(snippetSchema.shape, byName.snippets, 'snippets');
		expectNoDrift(siteSettingsSchema.shape, byName.site, 'site');
		expectNoDrift(synonymsSchema.shape, byName.synonyms, 'synonyms');
	});

	it('uses the widgets writers expect for articles', () => {
		const field = (name: string) => byName.articles.find((f) => f.name === name)!;
		expect(field('stage')).toMatchObject({ widget: 'select', options: STAGES.map((value) => ({ value })) });
		expect(field('stage').options).toContainEqual({ label: 'During purchase', value: 'during-purchase' });
		expect(field('category')).toMatchObject({ widget: 'relation', collection: 'categories', value_field: '{{slug}}' });
		expect(field('related')).toMatchObject({ widget: 'relation', collection: 'articles', multiple: true, required: false });
		expect(field('keywords')).toMatchObject({ widget: 'kb-keywords', required: false });
		expect(field('updated')).toMatchObject({ widget: 'kb-date' });
		expect(field('reviewed')).toMatchObject({ widget: 'kb-date', required: false });
		// A category's choice shows its stage, which the article's must match.
		expect(field('category').display_fields).toEqual(['{{title}} ({{stage}})']);
		expect(field('body')).toMatchObject({ widget: 'markdown' });
		expect(field('draft')).toMatchObject({ widget: 'boolean', default: false });
		expect(byName.faq.find((f) => f.name === 'questions')).toMatchObject({ summary: '{{fields.question}}' });
		expect(byName.faq.find((f) => f.name === 'questions')!.fields).toMatchObject([
			{ name: 'id', widget: 'kb-question-id' },
			{ name: 'question', widget: 'string' },
			{ name: 'answer', widget: 'kb-answer' },
		]);
	});

	it('carries the schema rules over as patterns the CMS checks before saving', () => {
		const title = byName.articles.find((f) => f.name === 'title')!;
		const pattern = new RegExp(title.pattern![0]);
		expect(pattern.test('ab')).toBe(false);
		expect(pattern.test('How do I return an item?')).toBe(true);
		expect(pattern.test('x'.repeat(91))).toBe(false);
		const questionId = byName.faq.find((f) => f.name === 'questions')!.fields as CmsField[];
		const id = new RegExp(questionId[0].pattern![0]);
		expect(id.test('return-costs')).toBe(true);
		expect(id.test('Return costs')).toBe(false);
		const policies = byName.site.find((f) => f.name === 'policies')!;
		expect(policies).toMatchObject({ widget: 'kb-pairs', value_type: 'text' });
		expect(new RegExp(policies.key_pattern as string).test('return-window')).toBe(true);
		expect(byName.synonyms[0]).toMatchObject({ widget: 'kb-pairs', value_type: 'list' });
	});

	it('covers every folder of the content layout: a collection each, and uploads as the media folder', () => {
		const folders = collections(paths).flatMap((c) => ('folder' in c ? [c.folder] : c.files.map((f) => f.file.replace(/\/[^/]+$/, ''))));
		folders.push(paths.media);
		// Articles, categories, FAQ groups and snippets in the default language's folder.
		const layout = readdirSync(join(projectRoot, 'content')).map((name) =>
			['articles', 'categories', 'faq', 'snippets'].includes(name) ? `content/${name}/en` : `content/${name}`,
		);
		expect(new Set(folders)).toEqual(new Set(layout));
	});

	it('registers an editor component for every MDX component writers may use in articles, with a field per prop', () => {
		const rendered = Object.keys(
			componentsFor('article', { policies: {}, embeds: [], snippets: new Map(), t: useTranslations('en') }, parseMdx),
		);
		const editors = editorComponents({ locale: 'en', policies: { 'return-window': '30 days' }, embeds: [], snippets: {} });
		expect(editors.map((c) => c.id)).toEqual(WRITER_COMPONENTS.map((c) => c.name.toLowerCase()));
		expect(rendered.filter((name) => /^[A-Z]/.test(name)).sort()).toEqual(WRITER_COMPONENTS.map((c) => c.name).sort());
		for (const [index, component] of WRITER_COMPONENTS.entries()) {
			const props = Object.keys(component.props.shape);
			expect(editors[index]!.fields.map((f) => f.name)).toEqual(component.children ? [...props, 'body'] : props);
		}
		expect(editors.find((c) => c.id === 'policy')!.fields[0]).toMatchObject({ widget: 'select', options: ['return-window'] });
		expect(editors.find((c) => c.id === 'snippet')!.fields[0]).toMatchObject({ widget: 'relation', collection: 'snippets' });
	});
});

describe('CMS backend from the environment', () => {
	it('uses the local decap-server when nothing is configured, on the port npm run cms uses', () => {
		expect(backendConfig({ env: {} })).toEqual({
			backend: { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' },
			local_backend: true,
		});
		expect(backendConfig({ env: { KB_CMS_LOCAL_PORT: '9000' }, local: 'git' })).toMatchObject({
			backend: { proxy_url: 'http://localhost:9000/api/v1' },
			publish_mode: 'editorial_workflow',
		});
		expect(backendConfig({ env: {}, local: 'fs' })).not.toHaveProperty('publish_mode');
	});

	it('configures GitHub with its OAuth client and the editorial workflow on by default', () => {
		const env = { KB_CMS_BACKEND: 'github', KB_CMS_REPO: 'shop/help', KB_CMS_AUTH_BASE_URL: 'https://auth.shop.example' };
		expect(backendConfig({ env })).toEqual({
			backend: { name: 'github', repo: 'shop/help', branch: 'main', base_url: 'https://auth.shop.example' },
			publish_mode: 'editorial_workflow',
		});
		expect(backendConfig({ env: { ...env, KB_CMS_EDITORIAL_WORKFLOW: 'false' } })).not.toHaveProperty('publish_mode');
		expect(() => backendConfig({ env: { KB_CMS_BACKEND: 'github', KB_CMS_REPO: 'shop/help' } })).toThrow(/KB_CMS_AUTH_BASE_URL/);
	});

	it('configures GitLab with PKCE', () => {
		const env = { KB_CMS_BACKEND: 'gitlab', KB_CMS_REPO: 'shop/help', KB_CMS_GITLAB_APP_ID: 'abc', KB_CMS_BRANCH: 'content' };
		expect(backendConfig({ env })).toEqual({
			backend: { name: 'gitlab', repo: 'shop/help', branch: 'content', auth_type: 'pkce', app_id: 'abc' },
			publish_mode: 'editorial_workflow',
		});
		expect(() => backendConfig({ env: { KB_CMS_BACKEND: 'bitbucket' } })).toThrow(/github or gitlab/);
	});

	it('stores uploads in one folder, referenced by stable site paths', () => {
		expect(cmsConfig({ env: {} })).toMatchObject({ media_folder: 'content/uploads', public_folder: '/uploads', load_config_file: false });
	});
});

describe('safe markup when the CMS saves', () => {
	const articles = collections(paths).find((c) => c.name === 'articles') as { fields: CmsField[] };
	const body = new RegExp(articles.fields.find((field) => field.name === 'body')!.pattern![0]);
	const faq = collections(paths).find((c) => c.name === 'faq') as { fields: CmsField[] };
	const questions = faq.fields.find((field) => field.name === 'questions')!.fields as CmsField[];
	const answer = new RegExp(questions.find((field) => field.name === 'answer')!.pattern![0]);

	it.each([
		'x <script>alert(1)</script>',
		'\\<script>alert(1)\\</script>',
		'<img src="x" onerror="alert(1)" />',
		'<div onclick = "x">',
		'[x](javascript:alert(1))',
		'<iframe src="https://evil.example/"></iframe>',
		'<a href="data:text/html,x">x</a>',
		'<form action="/x">',
		'<svg><circle /></svg>',
	])('refuses %s in bodies and FAQ answers', (markup) => {
		expect(body.test(`Text.\n\n${markup}\n`)).toBe(false);
		expect(answer.test(`Text. ${markup}`)).toBe(false);
	});

	it.each([
		'Press <kbd>Ctrl</kbd>, read [this](https://example.com/) or mail [us](mailto:a@b.co).',
		'Say "on=" or JavaScript: in plain text.',
		'<details><summary>More</summary>Hidden</details>',
	])('lets %s through', (markup) => {
		expect(body.test(markup)).toBe(true);
		expect(answer.test(markup)).toBe(true);
	});

	it('keeps the FAQ answer length rule in the same pattern', () => {
		expect(answer.test('abc')).toBe(false);
		expect(answer.test('x'.repeat(2001))).toBe(false);
	});
});

describe('CMS configuration for a help center in several languages', () => {
	const languages = [
		{ code: 'en', label: 'English' },
		{ code: 'nl', label: 'Nederlands' },
	];
	const config = cmsConfig({ languages });
	const byName = (name: string) => config.collections.find((collection) => collection.name === name)!;

	it("uses Decap's translation support, a folder per language, with the default language first", () => {
		expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['en', 'nl'], default_locale: 'en' });
		for (const name of ['articles', 'categories', 'faq', 'snippets'])
			expect(byName(name)).toMatchObject({ folder: `content/${name}`, i18n: true });
	});

	it('translates exactly the fields a translation has (src/schemas.ts), copies the id and hides the rest', () => {
		const fields = (byName('articles') as { fields: CmsField[] }).fields;
		const marks = Object.fromEntries(fields.map((field) => [field.name, field.i18n]));
		expect(marks).toEqual({
			title: true,
			description: true,
			stage: false,
			category: false,
			keywords: true,
			related: false,
			updated: true,
			reviewed: true,
			reviewEvery: false,
			owner: true,
			draft: true,
			id: 'duplicate',
			sourceUpdated: true,
			body: true,
		});
		expect(fields.find((field) => field.name === 'sourceUpdated')).toMatchObject({ widget: 'kb-source-version', required: false });
		const questions = (byName('faq') as { fields: CmsField[] }).fields.find((field) => field.name === 'questions')!;
		expect(questions.i18n).toBe(true);
		expect((questions.fields as CmsField[]).every((field) => field.i18n === true)).toBe(true);
	});

	it("edits each other language's settings and synonyms as a file of their own, with only the fields it may have", () => {
		const settings = byName('settings') as { files: { file: string; label: string; fields: CmsField[] }[] };
		expect(settings.files.map((file) => file.file)).toEqual(['content/settings/site.yaml', 'content/settings/nl/site.yaml']);
		expect(settings.files[1]!.label).toBe('Site settings (Nederlands)');
		expect(settings.files[1]!.fields.map((field) => field.name)).toEqual(['name', 'tagline', 'contact', 'policies']);
		const search = byName('search') as { files: { file: string }[] };
		expect(search.files.map((file) => file.file)).toEqual(['content/search/synonyms.yaml', 'content/search/nl/synonyms.yaml']);
	});

	it('keeps the single-language configuration without translation support', () => {
		const single = cmsConfig({});
		expect(single).not.toHaveProperty('i18n');
		expect(single.collections.find((collection) => collection.name === 'articles')).toMatchObject({
			folder: 'content/articles/en',
			format: 'frontmatter',
		});
	});
});
