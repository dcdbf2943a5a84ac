/**
 * Cross-file checks the per-file schemas cannot make: references between files, unique ids,
 * component names. Each problem names the file (and line when known) in words a writer can act on.
 */
import { ID_PATTERN } from '../schemas';
import { AA_TEXT_CONTRAST, contrastRatio } from './contrast';
import { parseProps, WRITER_COMPONENTS, type BodyKind } from '../components/mdx';
import { MdxComponentError } from './mdx/render';
import { fieldLine } from './content-file';
import { inspectBody, type BodyReport } from './mdx';
import { didYouMean } from './suggest';
import { derivedShortId } from './short-id';
import { missingUiKeys, UI_STRINGS } from '../i18n';

/** Something wrong in the content, located for the writer who has to fix it. */
export interface Problem {
	/** Path of the file, relative to the content folder, e.g. `articles/start-a-return.mdx`. */
	file: string;
	line?: number;
	message: string;
}

/** What the checks need to know about the content, independent of how it was loaded. */
export interface ContentSnapshot {
	/**
	 * `source` is the whole file. With a `digest` of it, the checks reuse what they found in the file while the
	 * digest stays the same, and need not read `source` (a getter can read the file only then).
	 */
	articles: {
		slug: string;
		id: string;
		file: string;
		category: string;
		/** The purchase stage the article is filed under; it must be its category's. */
		stage?: string;
		related: string[];
		draft: boolean;
		source: string;
		digest?: string;
	}[];
	categories: { id: string; file: string; stage?: string }[];
	/** `source` is the file's YAML, to find the line of an answer. */
	faqGroups: {
		id: string;
		file: string;
		category: string;
		stage?: string;
		questions: { id: string; answer: string }[];
		source?: string;
	}[];
	snippets: { id: string; file: string; source: string; digest?: string }[];
	settings: {
		file: string;
		featured: string[];
		removedArticles?: { slug: string; replacedBy: string }[];
		policies: Record<string, unknown>;
		brandColor: string;
		/** The language whose interface text the pages need. */
		locale: string;
		/** The settings field naming that language: `locale` for the default language, `languages` for the others. */
		localeField?: 'locale' | 'languages';
	};
	/** The files in `uploads/` (their own checks run when they are loaded: src/loaders/uploads-folder.ts). */
	uploads?: string[];
	/** File names found in each entry folder, to catch ones the site would silently skip. */
	folders: { folder: string; extension: string; files: string[] }[];
	/** Production builds leave drafts out, so nothing may point at one. */
	production: boolean;
}

/**
 * Runs every cross-file check and returns the problems found (empty when the content is sound). For a
 * `translation` (one other language's files), only what its own files can get wrong: the references and
 * file names it shares with its source are checked with the source.
 */
export function checkContent(content: ContentSnapshot, options: { translation?: boolean } = {}): Problem[] {
	return inspectContent(content, options).problems;
}

/** A body's links: the file (and, for a FAQ answer, the question id) they were written in. */
export interface BodyLinks {
	file: string;
	kind: BodyKind;
	question?: string;
	links: string[];
}

/** `checkContent`, also handing back the links of every body it read (for content health), so bodies are parsed once. */
export function inspectContent(content: ContentSnapshot, { translation = false } = {}): { problems: Problem[]; links: BodyLinks[] } {
	const bodies = inspectBodies(content);
	const links = bodies.map(({ file, kind, answer, report }) => ({ file, kind, question: answer?.question, links: report.links }));
	return {
		links,
		problems: [
			...checkFileNames(content.folders),
			...(translation ? [] : checkReferences(content)),
			...checkComponents(content, bodies),
			// FAQ answers are edited as plain text in the CMS, so only articles and snippets pass its rich-text editor.
			...bodies.filter((body) => body.kind !== 'faq-answer').flatMap((body) => body.report.cmsUnsafe.map((problem) => at(body, problem))),
			...bodies.flatMap((body) => body.report.markup.map((problem) => at(body, problem))),
			...checkFaqIds(content.faqGroups),
			...(translation ? [] : checkArticleIds(content.articles)),
			...(translation ? [] : checkBrandColor(content.settings)),
			...checkInterfaceText(content.settings),
		],
	};
}

function checkFileNames(folders: ContentSnapshot['folders']): Problem[] {
	const problems: Problem[] = [];
	for (const { folder, extension, files } of folders) {
		for (const name of files) {
			if (name.startsWith('.')) continue;
			const file = `${folder}/${name}`;
			if (!name.endsWith(extension)) {
				problems.push({
					file,
					message: `is not a ${extension} file, so it would be ignored. Files in ${folder}/ must end in ${extension}.`,
				});
				continue;
			}
			const id = name.slice(0, -extension.length);
			if (!ID_PATTERN.test(id)) {
				const suggestion = id
					.toLowerCase()
					.replace(/[^a-z0-9]+/g, '-')
					.replace(/^-|-$/g, '');
				problems.push({
					file,
					message: `the file name is the page's address, so it must be lowercase words joined by hyphens. Rename it to "${suggestion}${extension}".`,
				});
			}
		}
	}
	return problems;
}

function checkReferences(content: ContentSnapshot): Problem[] {
	const problems: Problem[] = [];
	const categoryIds = content.categories.map((category) => category.id);
	const published = content.articles.filter((article) => !(content.production && article.draft));
	const slugs = new Set(published.map((article) => article.slug));
	const allSlugs = content.articles.map((article) => article.slug);
	const drafts = new Set(content.articles.filter((article) => article.draft).map((article) => article.slug));

	const articleRef = (file: string, field: string, slug: string) => {
		if (slugs.has(slug)) return;
		problems.push({
			file,
			message: drafts.has(slug)
				? `${field}: "${slug}" is a draft, so it is not published. Remove it here or publish that article.`
				: `${field}: there is no article "${slug}" (articles are the files in articles/).${didYouMean(slug, allSlugs)}`,
		});
	};
	const categoryStages = new Map(content.categories.map((category) => [category.id, category.stage]));
	// A page filed under another stage than its category's would be listed under one and shown under the other.
	const categoryRef = (file: string, category: string, stage: string | undefined) => {
		if (!categoryIds.includes(category)) {
			problems.push({
				file,
				message: `category: "${category}" is not a category (categories are the files in categories/).${didYouMean(category, categoryIds)}`,
			});
			return;
		}
		const expected = categoryStages.get(category);
		if (stage && expected && stage !== expected) {
			const fitting = content.categories.filter((candidate) => candidate.stage === stage).map((candidate) => candidate.id);
			problems.push({
				file,
				message: `stage: "${stage}" does not match category "${category}", which is in ${expected}. Set stage to ${expected}, or choose a category in ${stage}${fitting.length ? ` (${fitting.join(', ')})` : ''}.`,
			});
		}
	};

	for (const article of published) {
		categoryRef(article.file, article.category, article.stage);
		for (const slug of article.related) articleRef(article.file, 'related', slug);
	}
	for (const group of content.faqGroups) categoryRef(group.file, group.category, group.stage);
	for (const slug of content.settings.featured) articleRef(content.settings.file, 'featured', slug);
	for (const removed of content.settings.removedArticles ?? []) {
		articleRef(content.settings.file, 'removedArticles replacedBy', removed.replacedBy);
		if (published.some((article) => article.slug === removed.slug)) {
			problems.push({
				file: content.settings.file,
				message: `removedArticles: "${removed.slug}" is still an article (articles/${removed.slug}.mdx). Remove the entry, or the article.`,
			});
		}
	}
	return problems;
}

/** A body of writers' Markdown, read once for the checks below. */
interface InspectedBody {
	file: string;
	kind: BodyKind;
	report: BodyReport;
	/** A FAQ answer: its question and the line of the answer in the YAML file. */
	answer?: { question: string; line?: number };
}

/** The last inspection of each file, with the digest and uploads it was made with. */
const inspections = new Map<string, { digest: string; uploads: string; report: BodyReport }>();

function inspectBodies(content: ContentSnapshot): InspectedBody[] {
	const uploads = content.uploads && new Set(content.uploads);
	const uploadsKey = content.uploads?.join('\n') ?? '';
	// In `astro dev` every edit checks the whole knowledge base again: a file whose digest is unchanged is not
	// parsed (nor read) again, so one edit in 10,000 articles costs one article's inspection.
	const inspect = (body: { file: string; source: string; digest?: string }) => {
		const { file, digest } = body;
		const known = digest === undefined ? undefined : inspections.get(file);
		if (known && known.digest === digest && known.uploads === uploadsKey) return known.report;
		const report = inspectBody(body.source, uploads);
		if (digest !== undefined) inspections.set(file, { digest, uploads: uploadsKey, report });
		return report;
	};
	return [
		...content.articles.map((article) => ({ file: article.file, kind: 'article' as const, report: inspect(article) })),
		...content.snippets.map((snippet) => ({ file: snippet.file, kind: 'snippet' as const, report: inspect(snippet) })),
		...content.faqGroups.flatMap((group) =>
			group.questions.map((question, index) => ({
				file: group.file,
				kind: 'faq-answer' as const,
				report: inspectBody(question.answer, uploads),
				answer: {
					question: question.id,
					line: group.source === undefined ? undefined : fieldLine(group.source, '.yaml', ['questions', index, 'answer']),
				},
			})),
		),
	];
}

/** A problem found in a body, located in its file (a FAQ answer by the line of the answer). */
function at(body: InspectedBody, problem: { line?: number; message: string }): Problem {
	if (body.answer)
		return { file: body.file, line: body.answer.line, message: `the answer to "${body.answer.question}": ${problem.message}` };
	return { file: body.file, line: problem.line, message: problem.message };
}

const KIND_LABEL: Record<BodyKind, string> = { article: 'articles', snippet: 'snippets', 'faq-answer': 'FAQ answers' };

/** Every component use: a component writers have, usable where it is, with valid props naming what exists. */
function checkComponents(content: ContentSnapshot, bodies: InspectedBody[]): Problem[] {
	const problems: Problem[] = [];
	const names = WRITER_COMPONENTS.map((component) => component.name);
	const targets = { policy: Object.keys(content.settings.policies), snippet: content.snippets.map((snippet) => snippet.id) };
	for (const body of bodies) {
		for (const use of body.report.components) {
			const problem = (message: string) => problems.push(at(body, { line: use.line, message }));
			const component = WRITER_COMPONENTS.find((candidate) => candidate.name === use.name);
			if (!component) {
				problem(`<${use.name}> is not a component writers can use. Use one of: ${names.join(', ')}.${didYouMean(use.name, names)}`);
				continue;
			}
			if (!component.usableIn.includes(body.kind)) {
				const where = component.usableIn.map((kind) => KIND_LABEL[kind]).join(' and ');
				problem(`<${use.name}> cannot be used in ${KIND_LABEL[body.kind]}, only in ${where}.`);
				continue;
			}
			try {
				parseProps(component, use.attributes);
			} catch (error) {
				if (!(error instanceof MdxComponentError)) throw error;
				problem(error.message);
				continue;
			}
			if (component.reference) {
				const target = use.attributes[component.reference.prop]!;
				const known = targets[component.reference.to];
				if (!known.includes(target)) {
					const what =
						component.reference.to === 'policy' ? 'a policy in settings/site.yaml' : 'a snippet (snippets are the files in snippets/)';
					problem(`<${use.name} ${component.reference.prop}="${target}" /> is not ${what}.${didYouMean(target, known)}`);
				}
			}
		}
	}
	return problems;
}

/** Two articles with one short-link id would send agents' links to the wrong page. */
function checkArticleIds(articles: ContentSnapshot['articles']): Problem[] {
	const seen = new Map<string, string>();
	const problems: Problem[] = [];
	const taken = new Set(articles.map((article) => article.id));
	for (const article of articles) {
		const other = seen.get(article.id);
		if (!other) seen.set(article.id, article.file);
		else if (article.id === derivedShortId(article.slug)) {
			// Two file names can hash to one id (about 1 in 20 help centers of 10,000 articles written by hand).
			let suggestion = derivedShortId(`${article.slug}-2`);
			for (let n = 3; taken.has(suggestion); n++) suggestion = derivedShortId(`${article.slug}-${n}`);
			taken.add(suggestion);
			problems.push({
				file: article.file,
				message: `the short-link id derived from its file name, "${article.id}", is also the id of ${other}. Give the newer of the two an id of its own: add the line "id: ${suggestion}" to its frontmatter.`,
			});
		} else
			problems.push({
				file: article.file,
				message: `id: "${article.id}" is already the short-link id of ${other}. Remove the id line from the newer article, and a new one is derived from its file name.`,
			});
	}
	return problems;
}

function checkFaqIds(groups: ContentSnapshot['faqGroups']): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	for (const group of groups) {
		for (const question of group.questions) {
			const first = seen.get(question.id);
			if (first) {
				problems.push({
					file: group.file,
					message: `question id "${question.id}" is already used in ${first}. Every question needs its own id, because links point at it.`,
				});
			} else seen.set(question.id, group.file);
		}
	}
	return problems;
}

function checkBrandColor(settings: ContentSnapshot['settings']): Problem[] {
	const ratio = contrastRatio(settings.brandColor, '#ffffff');
	if (ratio >= AA_TEXT_CONTRAST) return [];
	return [
		{
			file: settings.file,
			message: `brandColor ${settings.brandColor} is too light to read on white (contrast ${ratio.toFixed(1)}:1, needs ${AA_TEXT_CONTRAST}:1). Choose a darker shade.`,
		},
	];
}

function checkInterfaceText(settings: ContentSnapshot['settings']): Problem[] {
	const missing = missingUiKeys(settings.locale);
	if (missing.length === 0) return [];
	const total = Object.keys(UI_STRINGS.en!).length;
	const which = missing.length === total ? 'has no interface text' : `lacks interface text for ${missing.join(', ')}`;
	return [
		{
			file: settings.file,
			message: `${settings.localeField ?? 'locale'}: ${settings.locale} ${which}. Use one of ${Object.keys(UI_STRINGS).join(', ')}, or add src/i18n/${settings.locale.split('-')[0]}.ts with every key of src/i18n/en.ts.`,
		},
	];
}

/**
 * An error in the content (not in the code), thrown to stop the build with a writer-friendly message.
 * `toString` is only the name so Astro does not mistake words like "window" for a browser-API bug.
 */
export class ContentError extends Error {
	override name = 'ContentError';
	hint = 'Fix the files listed above, then build again. Each line names the file, the line when known, and what is expected.';
	override toString() {
		return this.name;
	}
}

/** The lines of a `formatProblems` message, one per problem, without its heading and indentation. */
export function problemLines(message: string): string[] {
	return message
		.split('\n')
		.slice(1)
		.map((line) => line.trim())
		.filter(Boolean);
}

/** Formats problems as one message for the build log, one line each, grouped by file. */
export function formatProblems(problems: readonly Problem[], contentLabel = 'content'): string {
	const lines = [...problems]
		.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
		.map((problem) => `  ${contentLabel}/${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`);
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return `The help center content has ${count} to fix:\n${lines.join('\n')}`;
}
