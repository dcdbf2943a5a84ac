/**
 * The Decap CMS configuration, generated from the Zod schemas in `src/schemas.ts`: every field writers
 * see in /admin/ is derived from the schema that validates it, so the two cannot drift apart.
 * Plain module (no Astro imports): the admin page, scripts and tests all call it.
 */
import { z } from 'astro/zod';
import {
	articleSchema,
	articleTranslationSchema,
	categorySchema,
	categoryTranslationSchema,
	faqGroupSchema,
	faqGroupTranslationSchema,
	siteSettingsSchema,
	siteSettingsTranslationSchema,
	snippetSchema,
	snippetTranslationSchema,
	STAGES,
	synonymsSchema,
} from '../schemas.ts';
import { backendConfig, type BackendOptions } from './backend.ts';
import { CMS_SAFE_MARKUP } from '../lib/writer-markup.ts';

/** A Decap field definition (the subset of keys this generator writes). */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	pattern?: [string, string];
	[option: string]: unknown;
}

type AnySchema = z.core.$ZodType;

interface Unwrapped {
	schema: AnySchema;
	required: boolean;
	defaultValue?: unknown;
	meta: Record<string, unknown>;
}

/** Strips `.default()`/`.optional()` wrappers and the schemas' empty-means-missing preprocessing, remembering what they said. */
function unwrap(schema: AnySchema): Unwrapped {
	let current = schema;
	let required = true;
	let defaultValue: unknown;
	const meta: Record<string, unknown> = { ...z.globalRegistry.get(current) };
	for (;;) {
		const def = current._zod.def as { type: string; innerType?: AnySchema; defaultValue?: unknown; in?: AnySchema; out?: AnySchema };
		if (def.type === 'pipe' && def.in?._zod.def.type === 'transform') {
			current = def.out!;
			Object.assign(meta, z.globalRegistry.get(current));
			continue;
		}
		if (def.type === 'default') {
			required = false;
			defaultValue = def.defaultValue;
		} else if (def.type === 'optional') {
			required = false;
		} else break;
		current = def.innerType!;
		Object.assign(meta, z.globalRegistry.get(current));
	}
	return { schema: current, required, defaultValue, meta };
}

interface StringRules {
	min?: number;
	max?: number;
	pattern?: RegExp;
	patternMessage?: string;
	format?: string;
}

function stringRules(schema: AnySchema): StringRules {
	const rules: StringRules = {};
	const def = schema._zod.def as { format?: string; checks?: Array<{ _zod: { def: Record<string, unknown> } }> };
	if (def.format) rules.format = def.format;
	for (const check of def.checks ?? []) {
		const c = check._zod.def;
		if (c.check === 'min_length') rules.min = c.minimum as number;
		if (c.check === 'max_length') rules.max = c.maximum as number;
		if (c.check === 'string_format' && c.format === 'regex') {
			rules.pattern = c.pattern as RegExp;
			const message = typeof c.error === 'function' ? (c.error as () => unknown)() : undefined;
			rules.patternMessage = typeof message === 'string' ? message : undefined;
		}
		if (c.check === 'string_format' && c.format === 'starts_with') {
			rules.pattern = new RegExp(`^${(c.prefix as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`);
		}
	}
	return rules;
}

/** "responseTime" → "Response time", "before-purchase" → "Before purchase". */
function humanize(name: string): string {
	const words = name
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.replaceAll('-', ' ')
		.toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Decap validates `pattern` on save, so writers see the schema's rules before the build does. */
function stringPattern(rules: StringRules): [string, string] | undefined {
	if (rules.pattern) return [rules.pattern.source, rules.patternMessage ?? `Must match ${rules.pattern.source}`];
	if (rules.format === 'email') return ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', 'Must be an email address'];
	if (rules.format === 'url') return ['^https?://\\S+$', 'Must be a full address like https://help.example.com'];
	if (rules.min !== undefined || rules.max !== undefined) {
		const min = rules.min ?? 0;
		const range = rules.max === undefined ? `at least ${min}` : `${min}–${rules.max}`;
		return [`^[\\s\\S]{${min},${rules.max ?? ''}}$`, `Must be ${range} characters`];
	}
	return undefined;
}

/** How the choices of a relation field read: a category shows its stage, since the two must match. */
const RELATION_LABELS: Record<string, string> = { categories: '{{title}} ({{stage}})' };

/** Relation widget options for a field whose schema says which collection it points at. */
function relation(collection: string, multiple: boolean) {
	return {
		widget: 'relation',
		collection,
		value_field: '{{slug}}',
		search_fields: ['title'],
		display_fields: [RELATION_LABELS[collection] ?? 'title'],
		...(multiple ? { multiple: true } : {}),
	};
}

/** Widgets whose choice depends on the field's role rather than its type. */
const widgetOverrides: Record<string, Partial<CmsField>> = {
	// The one-sentence answer and FAQ answers: several lines of plain text, stored exactly as typed.
	description: { widget: 'text' },
	tagline: { widget: 'text' },
};

/** A FAQ answer: its length rules and the safe-markup check in the one pattern Decap allows per field. */
function faqAnswerField(answerSchema: AnySchema): CmsField {
	const { min = 0, max } = stringRules(unwrap(answerSchema).schema);
	return {
		name: 'answer',
		label: 'Answer',
		// A text field with a list of policy values to insert (src/cms/answer-widget.ts).
		widget: 'kb-answer',
		pattern: [
			`^(?!${CMS_SAFE_MARKUP.unsafe})[\\s\\S]{${min},${max ?? ''}}$`,
			`Must be ${min}–${max} characters. ${CMS_SAFE_MARKUP.message}`,
		],
	};
}

/** Converts one schema field to a Decap field. */
export function fieldFor(name: string, fieldSchema: AnySchema): CmsField {
	const { schema, required, defaultValue, meta } = unwrap(fieldSchema);
	const def = schema._zod.def as { type: string } & Record<string, unknown>;
	if (name === 'answer') return faqAnswerField(fieldSchema);
	const field: CmsField = {
		name,
		label: typeof meta.title === 'string' ? meta.title : humanize(name),
		widget: 'string',
		...(required ? {} : { required: false }),
		...(typeof meta.description === 'string' ? { hint: meta.description } : {}),
	};
	switch (def.type) {
		case 'string': {
			if (typeof meta.references === 'string') return { ...field, ...relation(meta.references, false) };
			const pattern = stringPattern(stringRules(schema));
			return {
				...field,
				...(pattern ? { pattern } : {}),
				...widgetOverrides[name],
				...(typeof meta.cmsWidget === 'string' && { widget: meta.cmsWidget }),
				...('cmsDefault' in meta && { default: meta.cmsDefault }),
			};
		}
		case 'enum': {
			const labels = (meta.labels ?? {}) as Record<string, string>;
			const options = Object.values(def.entries as Record<string, string>).map((value) => ({
				label: labels[value] ?? humanize(value),
				value,
			}));
			return { ...field, widget: 'select', options, ...(defaultValue === undefined ? {} : { default: defaultValue }) };
		}
		case 'boolean':
			return { ...field, widget: 'boolean', default: defaultValue ?? false };
		case 'number':
			return { ...field, widget: 'number', value_type: 'int', ...(defaultValue === undefined ? {} : { default: defaultValue }) };
		case 'date':
			// Dates stay plain YYYY-MM-DD strings in the files, exactly as writers type them in Git (src/cms/date-widget.ts).
			return { ...field, widget: 'kb-date' };
		case 'array': {
			if (typeof meta.cmsWidget === 'string') return { ...field, widget: meta.cmsWidget };
			const element = unwrap(def.element as AnySchema);
			const elementDef = element.schema._zod.def as { type: string; shape?: Record<string, AnySchema> };
			if (typeof element.meta.references === 'string') {
				return { ...field, ...relation(element.meta.references, true) };
			}
			if (elementDef.type === 'object') {
				const summary = typeof meta.cmsSummary === 'string' ? { summary: meta.cmsSummary } : {};
				return { ...field, widget: 'list', ...summary, fields: fieldsOf(elementDef.shape!) };
			}
			if (elementDef.type === 'enum') {
				const entries = (element.schema._zod.def as unknown as { entries: Record<string, string> }).entries;
				return {
					...field,
					widget: 'select',
					multiple: true,
					options: Object.values(entries).map((value) => ({ label: humanize(value), value })),
				};
			}
			return { ...field, widget: 'list' };
		}
		case 'object':
			return { ...field, widget: 'object', collapsed: false, fields: fieldsOf(def.shape as Record<string, AnySchema>) };
		case 'record': {
			// Decap has no widget for maps with writer-chosen keys: `kb-pairs` (src/cms/pairs-widget.ts) edits them.
			const value = unwrap(def.valueType as AnySchema).schema._zod.def as { type: string };
			const keyPattern = stringRules(def.keyType as AnySchema).pattern;
			return {
				...field,
				widget: 'kb-pairs',
				value_type: value.type === 'array' ? 'list' : 'text',
				...(keyPattern ? { key_pattern: keyPattern.source } : {}),
			};
		}
		default:
			throw new Error(`No CMS widget for the ${def.type} field "${name}"`);
	}
}

/** Converts an object schema's fields, in their declared order (which is also the order Decap writes them). */
export function fieldsOf(shape: Record<string, AnySchema>): CmsField[] {
	return Object.entries(shape).map(([name, schema]) => fieldFor(name, schema));
}

const body = (hint: string): CmsField => ({
	name: 'body',
	label: 'Body',
	widget: 'markdown',
	hint,
	// Rich text by default; the Markdown mode shows the file exactly as stored.
	modes: ['rich_text', 'raw'],
	// The preview shows writers' HTML the way the site will, never running it (Decap sanitises with DOMPurify).
	sanitize_preview: true,
	pattern: [`^(?!${CMS_SAFE_MARKUP.unsafe})`, CMS_SAFE_MARKUP.message],
});

/** Where the content and media live, relative to the repository the backend edits. */
export interface CmsPaths {
	/** The content folder, e.g. `content`. */
	content: string;
	/** Where uploads are stored, `<content>/uploads`; the build sizes the images (src/data/images.ts). */
	media: string;
}

/** The help center's languages, the default first, each with its name (from settings/site.yaml). */
export type CmsLanguages = readonly { code: string; label: string }[];

/**
 * Marks fields for Decap's translation support (`i18n`): a field a translation has (its schema's keys) is
 * translated, the article's `id` is copied into the translation (it links the two), every other field stays
 * with the source and is hidden in the translation. Nested fields of a translated list are translated too.
 */
function forTranslation(fields: CmsField[], translated: readonly string[]): CmsField[] {
	return fields.map((field) => {
		if (field.name === 'id') return { ...field, i18n: 'duplicate' };
		if (!translated.includes(field.name)) return { ...field, i18n: false };
		return { ...field, i18n: true, ...(Array.isArray(field.fields) && { fields: translatedThroughout(field.fields as CmsField[]) }) };
	});
}

/** The fields of a translated list or object: all translated, a question's `id` included. */
function translatedThroughout(fields: CmsField[]): CmsField[] {
	return fields.map((field) => ({
		...field,
		i18n: true,
		...(Array.isArray(field.fields) && { fields: translatedThroughout(field.fields as CmsField[]) }),
	}));
}

const keysOf = (schema: { shape: Record<string, unknown> }) => [...Object.keys(schema.shape), 'body'];

const join = (...parts: string[]) => parts.filter(Boolean).join('/');

/** A Decap collection of one file per entry. */
export interface FolderCollection {
	name: string;
	label: string;
	label_singular: string;
	description?: string;
	folder: string;
	extension: 'mdx' | 'yaml';
	format: 'frontmatter' | 'yaml';
	create: boolean;
	delete: boolean;
	identifier_field: string;
	slug: string;
	summary?: string;
	sortable_fields?: string[];
	view_filters?: Array<{ label: string; field: string; pattern: string }>;
	view_groups?: Array<{ label: string; field: string }>;
	fields: CmsField[];
}

/** A Decap collection of named single files. */
export interface FilesCollection {
	name: string;
	label: string;
	delete: boolean;
	files: Array<{ name: string; label: string; file: string; format: 'yaml'; fields: CmsField[] }>;
}

/**
 * A folder of entries, one file each, named after the title (`{{slug}}`), in a folder per language: with
 * one language, the collection is that folder (`articles/en/`); with several, Decap's translation support
 * reads and writes each language's folder (`articles/en/`, `articles/nl/` …), the fields marked by
 * `forTranslation` after `translation`, the schema of a translation.
 */
function folderCollection(
	paths: CmsPaths,
	languages: CmsLanguages,
	translation: { shape: Record<string, unknown> },
	options: Pick<FolderCollection, 'name' | 'label' | 'label_singular' | 'extension' | 'fields'> & Partial<FolderCollection>,
): FolderCollection {
	const translated = languages.length > 1;
	return {
		folder: join(paths.content, options.name, translated ? '' : languages[0]!.code),
		format: options.extension === 'mdx' ? 'frontmatter' : 'yaml',
		create: true,
		delete: true,
		identifier_field: 'title',
		slug: '{{slug}}',
		...options,
		...(translated && {
			i18n: true,
			fields: forTranslation(options.fields, keysOf(translation)),
		}),
	};
}

/**
 * A collection of single YAML files of the content folder: `file`, and for settings and synonyms, the file
 * of each other language (`settings/nl/site.yaml`) with the fields its own schema has. (Decap translates
 * single files only into one file holding every language, which would change the file writers know.)
 */
function singleFile(
	paths: CmsPaths,
	name: string,
	label: string,
	file: string,
	fields: CmsField[],
	others: { languages: CmsLanguages; fields: CmsField[] },
): FilesCollection {
	const entry = (language: { code: string; label: string } | undefined) => {
		const path = language ? file.replace(/\/([^/]+)$/, `/${language.code}/$1`) : file;
		return {
			name: path.replace(/^[^/]*\/|\.yaml$/g, '').replaceAll('/', '-'),
			label: language ? `${label} (${language.label})` : label,
			file: join(paths.content, path),
			format: 'yaml' as const,
			fields: language ? others.fields : fields,
		};
	};
	return { name, label, delete: false, files: [entry(undefined), ...others.languages.slice(1).map(entry)] };
}

/** The field that records which version of the source a translation was made from (src/cms/source-version-widget.ts). */
const sourceVersionField = (): CmsField => ({
	...fieldFor('sourceUpdated', articleTranslationSchema.shape.sourceUpdated),
	widget: 'kb-source-version',
	required: false,
});

/** The collections: everything in the content folder, with fields generated from the schemas. */
export function collections(
	paths: CmsPaths,
	languages: CmsLanguages = [{ code: 'en', label: 'English' }],
): Array<FolderCollection | FilesCollection> {
	const translated = languages.length > 1;
	return [
		folderCollection(paths, languages, articleTranslationSchema, {
			name: 'articles',
			label: 'Articles',
			label_singular: 'Article',
			description: 'One answer per article. The file name (from the title) becomes the address: /articles/<name>/.',
			extension: 'mdx',
			// List rows say where an article is filed.
			summary: '{{title}} · {{stage}} · {{category}}',
			sortable_fields: ['title', 'updated', 'stage', 'category'],
			view_filters: STAGES.map((stage) => ({ label: humanize(stage), field: 'stage', pattern: `^${stage}$` })),
			view_groups: [
				{ label: 'Stage', field: 'stage' },
				{ label: 'Category', field: 'category' },
			],
			fields: [
				...fieldsOf(articleSchema.shape),
				...(translated ? [sourceVersionField()] : []),
				body('The answer. Use the + menu for callouts, steps, policy values and snippets.'),
			],
		}),
		folderCollection(paths, languages, categoryTranslationSchema, {
			name: 'categories',
			label: 'Categories',
			label_singular: 'Category',
			extension: 'yaml',
			fields: fieldsOf(categorySchema.shape),
		}),
		folderCollection(paths, languages, faqGroupTranslationSchema, {
			name: 'faq',
			label: 'FAQ groups',
			label_singular: 'FAQ group',
			extension: 'yaml',
			fields: fieldsOf(faqGroupSchema.shape),
		}),
		folderCollection(paths, languages, snippetTranslationSchema, {
			name: 'snippets',
			label: 'Snippets',
			label_singular: 'Snippet',
			description: 'Reusable blocks: articles include one with <Snippet id="file-name" />.',
			extension: 'mdx',
			fields: [...fieldsOf(snippetSchema.shape), body('The reusable block.')],
		}),
		singleFile(paths, 'settings', 'Site settings', 'settings/site.yaml', fieldsOf(siteSettingsSchema.shape), {
			languages,
			fields: fieldsOf(siteSettingsTranslationSchema.shape),
		}),
		singleFile(paths, 'search', 'Search synonyms', 'search/synonyms.yaml', fieldsOf(synonymsSchema.shape), {
			languages,
			fields: fieldsOf(synonymsSchema.shape),
		}),
	];
}

/** Everything the CMS configuration depends on besides the schemas. */
export interface CmsConfigOptions extends BackendOptions {
	/** Paths relative to the repository the backend edits. */
	paths?: CmsPaths;
	/** The public address of the help center (for "view live" links). */
	siteUrl?: string;
	/** The help center's languages, the default first. */
	languages?: CmsLanguages;
}

/** The whole Decap configuration object, passed to `CMS.init({ config })`. */
export function cmsConfig(options: CmsConfigOptions = {}) {
	const paths = options.paths ?? { content: 'content', media: 'content/uploads' };
	const languages = options.languages ?? [{ code: 'en', label: 'English' }];
	return {
		load_config_file: false,
		...backendConfig(options),
		media_folder: paths.media,
		public_folder: '/uploads',
		...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
		logo_url: '/logo.svg',
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		...(languages.length > 1 && {
			i18n: { structure: 'multiple_folders', locales: languages.map((language) => language.code), default_locale: languages[0]!.code },
		}),
		collections: collections(paths, languages),
	};
}
