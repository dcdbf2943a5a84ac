/**
 * Cross-file checks the per-file schemas cannot make: references between files, unique ids,
 * component names. Each problem names the file (and line when known) in words a writer can act on.
 */
import { ID_PATTERN } from '../schemas';
import { AA_TEXT_CONTRAST, contrastRatio } from './contrast';
import { findCmsUnsafeSyntax } from './cms-safe';
import { fieldLine } from './content-file';
import { findMarkupProblems } from './mdx';
import { findComponentUses, WRITER_COMPONENTS } from './component-usage';
import { didYouMean } from './suggest';

/** Something wrong in the content, located for the writer who has to fix it. */
export interface Problem {
	/** Path of the file, relative to the content folder, e.g. `articles/start-a-return.mdx`. */
	file: string;
	line?: number;
	message: string;
}

/** What the checks need to know about the content, independent of how it was loaded. */
export interface ContentSnapshot {
	articles: { slug: string; id: string; file: string; category: string; related: string[]; draft: boolean; source: string }[];
	categories: { id: string; file: string }[];
	/** `source` is the file's YAML, to find the line of an answer. */
	faqGroups: { id: string; file: string; category: string; questions: { id: string; answer: string }[]; source?: string }[];
	snippets: { id: string; file: string; source: string }[];
	settings: {
		file: string;
		featured: string[];
		removedArticles?: { slug: string; replacedBy: string }[];
		policies: Record<string, unknown>;
		brandColor: string;
	};
	/** The files in `uploads/` (their own checks run when they are loaded: src/loaders/uploads-folder.ts). */
	uploads?: string[];
	/** File names found in each entry folder, to catch ones the site would silently skip. */
	folders: { folder: string; extension: string; files: string[] }[];
	/** Production builds leave drafts out, so nothing may point at one. */
	production: boolean;
}

/** Runs every cross-file check and returns the problems found (empty when the content is sound). */
export function checkContent(content: ContentSnapshot): Problem[] {
	return [
		...checkFileNames(content.folders),
		...checkReferences(content),
		...checkComponents(content),
		...checkCmsSafety(content),
		...checkMarkup(content),
		...checkFaqIds(content.faqGroups),
		...checkArticleIds(content.articles),
		...checkBrandColor(content.settings),
	];
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
	const categoryRef = (file: string, category: string) => {
		if (categoryIds.includes(category)) return;
		problems.push({
			file,
			message: `category: "${category}" is not a category (categories are the files in categories/).${didYouMean(category, categoryIds)}`,
		});
	};

	for (const article of published) {
		categoryRef(article.file, article.category);
		for (const slug of article.related) articleRef(article.file, 'related', slug);
	}
	for (const group of content.faqGroups) categoryRef(group.file, group.category);
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

function checkComponents(content: ContentSnapshot): Problem[] {
	const problems: Problem[] = [];
	const policies = Object.keys(content.settings.policies);
	const snippetIds = content.snippets.map((snippet) => snippet.id);
	const known = WRITER_COMPONENTS as readonly string[];
	const sources = [
		...content.articles.map((article) => ({ file: article.file, source: article.source, isSnippet: false })),
		...content.snippets.map((snippet) => ({ file: snippet.file, source: snippet.source, isSnippet: true })),
		...content.faqGroups.flatMap((group) =>
			group.questions.map((question) => ({ file: group.file, source: question.answer, isSnippet: false })),
		),
	];
	for (const { file, source, isSnippet } of sources) {
		for (const use of findComponentUses(source)) {
			const at = { file, line: file.endsWith('.mdx') ? use.line : undefined };
			if (!known.includes(use.component)) {
				problems.push({
					...at,
					message: `<${use.component}> is not a component writers can use. Use one of: ${known.join(', ')}.${didYouMean(use.component, known)}`,
				});
			} else if (use.component === 'Policy' && !policies.includes(use.target ?? '')) {
				problems.push({
					...at,
					message:
						use.target === undefined
							? '<Policy> needs a name, e.g. <Policy name="return-window" />.'
							: `<Policy name="${use.target}" /> is not a policy in settings/site.yaml.${didYouMean(use.target, policies)}`,
				});
			} else if (use.component === 'Snippet') {
				if (isSnippet) problems.push({ ...at, message: 'a snippet cannot include another snippet.' });
				else if (!snippetIds.includes(use.target ?? ''))
					problems.push({
						...at,
						message:
							use.target === undefined
								? '<Snippet> needs an id, e.g. <Snippet id="find-order-number" />.'
								: `<Snippet id="${use.target}" /> is not a snippet (snippets are the files in snippets/).${didYouMean(use.target, snippetIds)}`,
					});
			}
		}
	}
	return problems;
}

/** Article and snippet bodies must survive a rich-text edit in the CMS (see cms-safe.ts). */
function checkCmsSafety(content: ContentSnapshot): Problem[] {
	return [...content.articles, ...content.snippets].flatMap(({ file, source }) =>
		findCmsUnsafeSyntax(source).map(({ line, message }) => ({ file, line, message })),
	);
}

/** Writers' HTML must pass the one allowlist (src/lib/writer-markup.ts); every refusal is listed with its line. */
function checkMarkup(content: ContentSnapshot): Problem[] {
	const uploads = content.uploads && new Set(content.uploads);
	const bodies = [...content.articles, ...content.snippets].flatMap(({ file, source }) =>
		findMarkupProblems(source, uploads).map((problem) => ({ file, ...problem })),
	);
	const answers = content.faqGroups.flatMap((group) =>
		group.questions.flatMap((question, index) =>
			findMarkupProblems(question.answer, uploads).map(({ message }) => ({
				file: group.file,
				line: group.source === undefined ? undefined : fieldLine(group.source, '.yaml', ['questions', index, 'answer']),
				message: `the answer to "${question.id}": ${message}`,
			})),
		),
	);
	return [...bodies, ...answers];
}

/** Two articles with one short-link id would send agents' links to the wrong page. */
function checkArticleIds(articles: ContentSnapshot['articles']): Problem[] {
	const seen = new Map<string, string>();
	const problems: Problem[] = [];
	for (const article of articles) {
		const other = seen.get(article.id);
		if (other)
			problems.push({
				file: article.file,
				message: `id: "${article.id}" is already the short-link id of ${other}. Remove the id line from the newer article, and a new one is derived from its file name.`,
			});
		else seen.set(article.id, article.file);
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

/** Formats problems as one message for the build log, one line each, grouped by file. */
export function formatProblems(problems: readonly Problem[], contentLabel = 'content'): string {
	const lines = [...problems]
		.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
		.map((problem) => `  ${contentLabel}/${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`);
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return `The help center content has ${count} to fix:\n${lines.join('\n')}`;
}
