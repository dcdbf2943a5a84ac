/**
 * The whole content set, loaded once per build, checked, and indexed for the pages.
 * Pages call `loadKnowledgeBase()` instead of `getCollection()`, so the collections are walked once
 * (not once per page) and every listing is a map lookup.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir, contentLabel } from '../lib/content-dir';
import { checkContent, ContentError, formatProblems, inspectContent, type Problem } from '../lib/integrity';
import { checkTranslations } from '../lib/translations';
import { siteLanguages, type SiteLanguage } from '../lib/site-languages';
import { STAGES, type FaqQuestion, type Stage } from '../schemas';
import { derivedShortId } from '../lib/short-id';
import {
	fetchPublishedArticles,
	mergePublishedUrls,
	parsePublishedUrls,
	planPagePermanence,
	planPermanence,
	planTranslationPermanence,
	PUBLISHED_URLS_FILE,
	serializePublishedUrls,
	type ArticleRedirect,
	type PageRedirect,
	type PublishedPages,
} from '../lib/published-urls';
import { paginate } from '../lib/paginate';
import { contentHealth, healthSummary, linkedArticles, type ContentHealth } from '../lib/content-health';
import { reportArticle, type ReportContent } from '../lib/report-content';
import { articleUrl, categoryUrl, faqGroupUrl, faqIndexUrl, faqQuestionUrl, shortArticleUrl, stageUrl } from '../lib/urls';

export type ArticleEntry = CollectionEntry<'articles'>;

/** An article in one language, with the fields pages use. */
export interface ArticleSummary {
	/** The article's name everywhere it is referred to (`related`, `featured`): its file name in the default language. */
	slug: string;
	/** Permanent short-link id: `/a/<id>/`; a translation has the id of its source. */
	id: string;
	title: string;
	description: string;
	category: string;
	stage: Stage;
	updated: Date;
	related: string[];
	keywords: string[];
	/** The code of the language it is written in. */
	language: string;
	/** Its page: `/articles/<file name>/`, or `/nl/articles/<file name>/` for a Dutch translation. */
	url: string;
	/** Its file, relative to the content folder, e.g. `articles/nl/start-a-return.mdx`. */
	file: string;
	/** Its file relative to the project (Astro's `filePath`), to read lines for error messages. */
	filePath?: string;
	/** Its Markdown body. */
	body: string;
	/** When someone last checked it is still right (shown as "Last reviewed"). */
	reviewed?: Date;
	/** Its own review interval in months (content health), when set. */
	reviewEvery?: number;
	/** A translation's `sourceUpdated`: the version of the source it was translated from. */
	sourceUpdated?: Date;
	/** A translation whose source was updated since it was made: the source, to point readers to. */
	newerSource?: ArticleSummary;
}

/** A category in one language. */
export interface CategoryEntry {
	id: string;
	data: CollectionEntry<'categories'>['data'];
	/** The language of its title and description. */
	language: string;
}

/** A FAQ group in one language; questions it has no translation of stay in the default language. */
export interface FaqEntry {
	id: string;
	data: Omit<CollectionEntry<'faq'>['data'], 'questions'> & { questions: (FaqQuestion & { language: string })[] };
	language: string;
	/** Its page: `/faq/<id>/`, or `/nl/faq/<id>/`. */
	url: string;
	/** Its file, relative to the content folder. */
	file: string;
	filePath?: string;
}

/** A snippet's body in one language (the default language's where it has no translation). */
export interface Snippet {
	body: string;
	file: string;
	filePath?: string;
}

/** The help center in one language: everything its pages need, indexed once. */
export interface KnowledgeBase {
	/** The language of this view. */
	language: SiteLanguage;
	/** Every language of the help center, the default first. */
	languages: SiteLanguage[];
	/** The settings, with this language's texts (name, tagline, contact hours, policy values). */
	settings: CollectionEntry<'settings'>['data'];
	/** This language's synonyms. */
	synonyms: Record<string, string[]>;
	/**
	 * The articles this language lists: its own, and the default language's articles it has no translation
	 * of (which link to the default-language page, marked with its language).
	 */
	articles: ArticleSummary[];
	/** The listed articles by slug. */
	articlesBySlug: Map<string, ArticleSummary>;
	/** Each category's listed articles, sorted by title. */
	articlesByCategory: Map<string, ArticleSummary[]>;
	/** The articles with a page in this language: every article in the default language, translations in the others. */
	pages: ArticleSummary[];
	categories: CategoryEntry[];
	categoriesById: Map<string, CategoryEntry>;
	/** Each stage's categories, in their `order`. */
	categoriesByStage: Map<Stage, CategoryEntry[]>;
	faqGroups: FaqEntry[];
	faqGroupsByCategory: Map<string, FaqEntry[]>;
	snippets: Map<string, Snippet>;
	/** Every language's version of each article, by article id then language code. */
	versions: Map<string, Map<string, ArticleSummary>>;
	/** The view of each language, by code (this one included). */
	byLanguage: Map<string, KnowledgeBase>;
	/** Old addresses of renamed and removed articles, and where they lead now. */
	articleRedirects: ArticleRedirect[];
	/** Category and FAQ pages the site published once and no longer has, and where they lead now. */
	pageRedirects: PageRedirect[];
	/** Old addresses and short links of renamed and removed translations, and where they lead now. */
	translationRedirects: { from: string; to: string; title: string }[];
	/** Content health of the default language's articles (the same for every language's view). */
	health: ContentHealth;
}

type Collections = Awaited<ReturnType<typeof loadCollections>>;

let cached: { key: string; knowledgeBase: Promise<KnowledgeBase> } | undefined;

/**
 * Loads, checks and indexes the content. Throws one error listing every problem a writer must fix.
 * Pages and components get it from `Astro.locals.kb` (src/middleware.ts); only `getStaticPaths`, which runs
 * outside a request, calls this directly. A build computes it once; `astro dev` once per content change.
 */
export async function loadKnowledgeBase(): Promise<KnowledgeBase> {
	if (!import.meta.env.DEV) return (cached ??= { key: '', knowledgeBase: loadCollections().then(build) }).knowledgeBase;
	const collections = await loadCollections();
	// The loaders give every entry a digest of its file: the same digests mean the same content.
	const key = Object.values(collections)
		.flatMap((entries) => entries.map((entry) => `${entry.collection}/${entry.id}:${entry.digest ?? ''}`))
		.join('\n');
	if (cached?.key !== key) cached = { key, knowledgeBase: build(collections) };
	return cached.knowledgeBase;
}

type TranslationCollection =
	| 'articleTranslations'
	| 'categoryTranslations'
	| 'faqTranslations'
	| 'snippetTranslations'
	| 'settingsTranslations'
	| 'searchTranslations';

async function loadCollections() {
	const [articles, categories, faq, snippets, settings, search, uploads] = await Promise.all([
		getCollection('articles'),
		getCollection('categories'),
		getCollection('faq'),
		getCollection('snippets'),
		getCollection('settings'),
		getCollection('search'),
		getCollection('uploads'),
	]);
	// A help center in one language has no translations: asking for them anyway has Astro warn of each empty
	// collection on every page the dev server renders.
	const siteSettings = settings.find((entry) => entry.id === 'site')?.data;
	const translated = siteSettings !== undefined && siteLanguages(siteSettings).length > 1;
	const translations = <C extends TranslationCollection>(name: C) => (translated ? getCollection(name) : Promise.resolve([]));
	const [articleTranslations, categoryTranslations, faqTranslations, snippetTranslations, settingsTranslations, searchTranslations] =
		await Promise.all([
			translations('articleTranslations'),
			translations('categoryTranslations'),
			translations('faqTranslations'),
			translations('snippetTranslations'),
			translations('settingsTranslations'),
			translations('searchTranslations'),
		]);
	return {
		articles,
		categories,
		faq,
		snippets,
		settings,
		search,
		uploads,
		articleTranslations,
		categoryTranslations,
		faqTranslations,
		snippetTranslations,
		settingsTranslations,
		searchTranslations,
	};
}

/** A translation's language and file name, from its entry id `<language>/<file name>`. */
function splitId(id: string): { language: string; name: string } {
	const slash = id.indexOf('/');
	return { language: id.slice(0, slash), name: id.slice(slash + 1) };
}

/** A file's new text and what it gives its entry: a save the CMS is about to make. */
export interface PendingSave {
	collection: keyof Collections;
	id: string;
	/** Relative to the project, as Astro keeps entries' paths. */
	filePath: string;
	text: string;
	data: Record<string, unknown>;
	body?: string;
}

/** An entry a deletion the CMS is about to make removes. */
export interface RemovedEntry {
	collection: keyof Collections;
	id: string;
}

/**
 * The knowledge base as it would be if `saves` were made and `removed` deleted: every check the knowledge
 * base runs, on the content as it is with those files changed, added or gone (a ContentError says what would
 * be wrong). Used by the CMS before it saves or deletes.
 */
export async function knowledgeBaseIfSaved(saves: readonly PendingSave[], removed: readonly RemovedEntry[] = []): Promise<KnowledgeBase> {
	const collections: Record<string, unknown[]> = { ...(await loadCollections()) };
	for (const { collection, id } of removed)
		collections[collection] = collections[collection]!.filter((candidate) => (candidate as { id: string }).id !== id);
	for (const save of saves) {
		const entry = { ...save, digest: `pending:${hash(save.text)}` };
		collections[save.collection] = [
			...collections[save.collection]!.filter((candidate) => (candidate as { id: string }).id !== save.id),
			entry,
		];
	}
	return build(collections as unknown as Collections, new Map(saves.map((save) => [save.filePath, save.text])));
}

/** A short fingerprint of a text (FNV-1a), to tell pending versions of a file apart. */
function hash(text: string): string {
	let value = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
	return (value >>> 0).toString(36);
}

/** `pending` holds the text of files not written yet (a save being checked), by their path in the project. */
async function build(collections: Collections, pending: ReadonlyMap<string, string> = new Map()): Promise<KnowledgeBase> {
	const production = !import.meta.env.KB_SHOW_DRAFTS;
	const { categories: categoryEntries, faq: faqEntries, snippets: snippetEntries, settings: settingsEntries, uploads } = collections;
	const root = contentDir();
	const settingsEntry = settingsEntries[0];
	if (!settingsEntry)
		throw new ContentError(`${contentLabel(root)}/settings/site.yaml is missing: the help center needs its settings file.`);
	const languages = siteLanguages(settingsEntry.data);
	const defaultLanguage = languages[0]!;

	const fileOf = (entry: { filePath?: string; id: string }) =>
		entry.filePath ? relative(root, join(process.cwd(), entry.filePath)).replaceAll('\\', '/') : entry.id;
	const source = (entry: { filePath?: string }) =>
		entry.filePath ? (pending.get(entry.filePath) ?? readFileSync(join(process.cwd(), entry.filePath), 'utf8')) : '';
	// The file's text for the checks, read only if they need it. In `astro dev` they keep what they found per
	// digest, so an edit re-inspects one file; a build checks once, and keeping it would only hold memory.
	const lazySource = <T extends object>(fields: T, entry: { filePath?: string; digest?: string | number }) =>
		Object.defineProperties(fields, {
			source: { get: () => source(entry), enumerable: true },
			digest: { value: import.meta.env.DEV && entry.digest !== undefined ? String(entry.digest) : undefined, enumerable: true },
		}) as T & { source: string; digest?: string };
	const digests = new Map(collections.articles.map((entry) => [entry.id, entry.digest]));
	const translationDigests = new Map(collections.articleTranslations.map((entry) => [fileOf(entry), entry.digest]));

	const sourceArticles: ArticleSummary[] = collections.articles.map((entry) => ({
		slug: entry.id,
		id: articleId(entry),
		title: entry.data.title,
		description: entry.data.description,
		category: entry.data.category,
		stage: entry.data.stage,
		updated: entry.data.updated,
		related: entry.data.related,
		keywords: entry.data.keywords,
		reviewed: entry.data.reviewed,
		reviewEvery: entry.data.reviewEvery,
		language: defaultLanguage.code,
		url: articleUrl(entry.id),
		file: fileOf(entry),
		filePath: entry.filePath,
		body: entry.body ?? '',
	}));
	const sourceById = new Map(sourceArticles.map((article) => [article.id, article]));
	const drafts = new Set(collections.articles.filter((entry) => entry.data.draft).map((entry) => entry.id));
	const translatedArticles = collections.articleTranslations.flatMap((entry): ArticleSummary[] => {
		const { language, name } = splitId(entry.id);
		const original = sourceById.get(entry.data.id);
		if (!original) return []; // reported by checkTranslations
		const lang = languages.find((candidate) => candidate.code === language)!;
		return [
			{
				...original,
				title: entry.data.title,
				description: entry.data.description,
				updated: entry.data.updated,
				keywords: entry.data.keywords,
				reviewed: entry.data.reviewed,
				language,
				url: articleUrl(name, lang.path),
				file: fileOf(entry),
				filePath: entry.filePath,
				body: entry.body ?? '',
				sourceUpdated: entry.data.sourceUpdated,
				newerSource: original.updated > entry.data.sourceUpdated ? original : undefined,
			},
		];
	});
	warnOfOutdatedTranslations(translatedArticles, contentLabel(root));

	const sourceContent = inspectContent({
		articles: sourceArticles.map((article) =>
			lazySource({ ...article, draft: drafts.has(article.slug) }, { filePath: article.filePath, digest: digests.get(article.slug) }),
		),
		categories: categoryEntries.map((entry) => ({ id: entry.id, file: fileOf(entry), stage: entry.data.stage })),
		faqGroups: faqEntries.map((entry) => ({
			id: entry.id,
			file: fileOf(entry),
			category: entry.data.category,
			stage: entry.data.stage,
			questions: entry.data.questions,
			source: source(entry),
		})),
		snippets: snippetEntries.map((entry) => lazySource({ id: entry.id, file: fileOf(entry) }, entry)),
		settings: {
			file: fileOf(settingsEntry),
			featured: settingsEntry.data.featured,
			removedArticles: settingsEntry.data.removedArticles,
			policies: settingsEntry.data.policies,
			brandColor: settingsEntry.data.brandColor,
			locale: settingsEntry.data.locale,
		},
		uploads: uploads.map((entry) => entry.id),
		folders: ['articles', 'categories', 'faq', 'snippets'].map((folder) => ({
			folder: `${folder}/${defaultLanguage.code}`,
			extension: folder === 'articles' || folder === 'snippets' ? '.mdx' : '.yaml',
			files: listFolder(root, `${folder}/${defaultLanguage.code}`),
		})),
		production,
	});
	const problems = [
		...sourceContent.problems,
		...checkTranslations({
			defaultLanguage: defaultLanguage.code,
			languages: languages.map((language) => language.code),
			settingsFile: fileOf(settingsEntry),
			folders: Object.fromEntries(TRANSLATED_FOLDERS.map((folder) => [folder, listFolder(root, folder)])),
			articles: collections.articleTranslations.map((entry) => ({ ...splitId(entry.id), file: fileOf(entry), id: entry.data.id })),
			sourceArticleIds: [...sourceById.keys()],
			categories: collections.categoryTranslations.map((entry) => ({ ...splitId(entry.id), file: fileOf(entry) })),
			sourceCategories: categoryEntries.map((entry) => entry.id),
			snippets: collections.snippetTranslations.map((entry) => ({ ...splitId(entry.id), file: fileOf(entry) })),
			sourceSnippets: snippetEntries.map((entry) => entry.id),
			faqGroups: collections.faqTranslations.map((entry) => ({
				...splitId(entry.id),
				file: fileOf(entry),
				questions: entry.data.questions.map((question) => question.id),
				source: source(entry),
			})),
			sourceFaqGroups: Object.fromEntries(faqEntries.map((entry) => [entry.id, entry.data.questions.map((question) => question.id)])),
			settings: collections.settingsTranslations.map((entry) => ({
				...splitId(entry.id),
				file: fileOf(entry),
				policies: Object.keys(entry.data.policies ?? {}),
				source: source(entry),
			})),
			sourcePolicies: Object.keys(settingsEntry.data.policies),
		}),
		...languages.slice(1).flatMap((language) => {
			const inLanguage = <T extends { id: string }>(entries: readonly T[]) =>
				entries.filter((entry) => splitId(entry.id).language === language.code);
			const translatedSnippets = new Map(inLanguage(collections.snippetTranslations).map((entry) => [splitId(entry.id).name, entry]));
			const policies = {
				...settingsEntry.data.policies,
				...inLanguage(collections.settingsTranslations)[0]?.data.policies,
			};
			return checkContent(
				{
					articles: translatedArticles
						.filter((article) => article.language === language.code)
						.map((article) =>
							lazySource({ ...article, draft: false }, { filePath: article.filePath, digest: translationDigests.get(article.file) }),
						),
					categories: [],
					faqGroups: inLanguage(collections.faqTranslations).map((entry) => ({
						id: splitId(entry.id).name,
						file: fileOf(entry),
						category: '',
						questions: entry.data.questions,
						source: source(entry),
					})),
					snippets: snippetEntries.map((entry) => {
						const translated = translatedSnippets.get(entry.id);
						return translated
							? { id: entry.id, file: fileOf(translated), source: source(translated) }
							: { id: entry.id, file: fileOf(entry), source: '' };
					}),
					settings: { ...settingsEntry.data, file: fileOf(settingsEntry), policies, locale: language.code, localeField: 'languages' },
					uploads: uploads.map((entry) => entry.id),
					folders: [],
					production,
				},
				{ translation: true },
			);
		}),
	];
	if (problems.length > 0) throw new ContentError(formatProblems(distinct(problems), contentLabel(root)));

	// A draft (or a translation of one) is left out of a production build.
	const published = (...drafted: boolean[]) => !(production && drafted.some(Boolean));
	const sortByTitle = (articles: ArticleSummary[]) => articles.sort((a, b) => a.title.localeCompare(b.title, a.language));
	const defaultPages = sortByTitle(sourceArticles.filter((article) => published(drafts.has(article.slug))));
	const translationDrafts = new Set(collections.articleTranslations.filter((entry) => entry.data.draft).map((entry) => fileOf(entry)));
	const pagesByLanguage = new Map(
		languages.map((language) => [
			language.code,
			language === defaultLanguage
				? defaultPages
				: translatedArticles.filter(
						(article) => article.language === language.code && published(translationDrafts.has(article.file), drafts.has(article.slug)),
					),
		]),
	);
	const versions = new Map<string, Map<string, ArticleSummary>>();
	for (const [code, pages] of pagesByLanguage)
		for (const article of pages) {
			let byCode = versions.get(article.id);
			if (!byCode) versions.set(article.id, (byCode = new Map()));
			byCode.set(code, article);
		}

	const sortedCategories = [...categoryEntries].sort(
		(a, b) =>
			STAGES.indexOf(a.data.stage) - STAGES.indexOf(b.data.stage) ||
			a.data.order - b.data.order ||
			a.data.title.localeCompare(b.data.title),
	);
	const sortedFaqGroups = [...faqEntries].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));

	// Looked up once per body below: searching the lists each time cost 6 s of a 10,000-article build.
	const faqFiles = new Map(faqEntries.map((entry) => [fileOf(entry), entry]));
	const articlesByFile = new Map(sourceArticles.map((article) => [article.file, article]));
	const answerLinks = new Map(
		sourceContent.links.filter((body) => body.kind === 'faq-answer').map((body) => [`${body.file}#${body.question}`, body.links]),
	);
	const health = contentHealth({
		articles: sourceArticles.map((article) => ({ ...article, draft: drafts.has(article.slug) })),
		categories: categoryEntries.map((entry) => ({
			id: entry.id,
			title: entry.data.title,
			file: fileOf(entry),
			reviewEvery: entry.data.reviewEvery,
		})),
		faqQuestions: faqEntries.flatMap((entry) => {
			const file = fileOf(entry);
			return entry.data.questions.map((question) => ({
				id: question.id,
				question: question.question,
				url: faqQuestionUrl(entry.id, question.id),
				file,
				links: answerLinks.get(`${file}#${question.id}`) ?? [],
			}));
		}),
		linkedArticles: linkedArticles({
			bodies: sourceContent.links.map(({ file, kind, links }) => ({
				links,
				page:
					kind === 'article'
						? articlesByFile.get(file)!.url
						: kind === 'faq-answer'
							? faqGroupUrl(faqFiles.get(file)!.id)
							: articleUrl('snippet'),
			})),
			articles: sourceArticles.filter((article) => !drafts.has(article.slug)),
			featured: settingsEntry.data.featured,
			siteUrl: settingsEntry.data.url,
		}),
		reviewEvery: settingsEntry.data.reviewEvery,
		today: new Date(),
	});

	const byLanguage = new Map<string, KnowledgeBase>();
	for (const language of languages) {
		const isDefault = language === defaultLanguage;
		const own = <T extends { id: string }>(entries: readonly T[]) =>
			new Map(entries.filter((entry) => splitId(entry.id).language === language.code).map((entry) => [splitId(entry.id).name, entry]));
		const categoryTranslations = own(collections.categoryTranslations);
		const faqTranslations = own(collections.faqTranslations);
		const snippetTranslations = own(collections.snippetTranslations);
		const settingsTranslation = own(collections.settingsTranslations).get('site')?.data;
		const pages = pagesByLanguage.get(language.code)!;
		const translated = new Map(pages.map((article) => [article.slug, article]));
		const articles = isDefault ? pages : sortByTitle(defaultPages.map((article) => translated.get(article.slug) ?? article));

		const categories: CategoryEntry[] = sortedCategories.map((entry) => {
			const translation = categoryTranslations.get(entry.id);
			return {
				id: entry.id,
				data: { ...entry.data, ...translation?.data },
				language: translation ? language.code : defaultLanguage.code,
			};
		});
		const faqGroups: FaqEntry[] = sortedFaqGroups.map((entry) => {
			const translation = faqTranslations.get(entry.id);
			const questions = new Map(translation?.data.questions.map((question) => [question.id, question]));
			const grouped = translation ?? entry;
			return {
				id: entry.id,
				data: {
					...entry.data,
					title: translation?.data.title ?? entry.data.title,
					questions: entry.data.questions.map((question) => {
						const translatedQuestion = questions.get(question.id);
						return translatedQuestion
							? { ...translatedQuestion, language: language.code }
							: { ...question, language: defaultLanguage.code };
					}),
				},
				language: translation ? language.code : defaultLanguage.code,
				url: faqGroupUrl(entry.id, translation ? language.path : ''),
				file: fileOf(grouped),
				filePath: grouped.filePath,
			};
		});
		const settings = {
			...settingsEntry.data,
			...(settingsTranslation?.name && { name: settingsTranslation.name }),
			...(settingsTranslation?.tagline && { tagline: settingsTranslation.tagline }),
			contact: { ...settingsEntry.data.contact, ...settingsTranslation?.contact },
			policies: { ...settingsEntry.data.policies, ...settingsTranslation?.policies },
		};
		const synonymsEntry = isDefault
			? collections.search[0]
			: collections.searchTranslations.find((entry) => splitId(entry.id).language === language.code);
		byLanguage.set(language.code, {
			language,
			languages,
			settings,
			synonyms: synonymsEntry?.data.synonyms ?? {},
			articles,
			articlesBySlug: new Map(articles.map((article) => [article.slug, article])),
			articlesByCategory: groupBy(articles, (article) => article.category),
			pages,
			categories,
			categoriesById: new Map(categories.map((category) => [category.id, category])),
			categoriesByStage: new Map(STAGES.map((stage) => [stage, categories.filter((category) => category.data.stage === stage)])),
			faqGroups,
			faqGroupsByCategory: groupBy(faqGroups, (group) => group.data.category),
			snippets: new Map(
				snippetEntries.map((entry) => {
					const chosen = snippetTranslations.get(entry.id) ?? entry;
					return [entry.id, { body: chosen.body ?? '', file: fileOf(chosen), filePath: chosen.filePath }];
				}),
			),
			versions,
			byLanguage,
			articleRedirects: [],
			pageRedirects: [],
			translationRedirects: [],
			health,
		});
	}

	// Every category and FAQ page the build publishes, with where it should lead should it disappear.
	const currentPages: PublishedPages = Object.fromEntries(
		[...byLanguage.values()].flatMap((kb) => [
			...kb.categories.flatMap((category) =>
				paginate(kb.articlesByCategory.get(category.id) ?? []).map((page) => [
					categoryUrl(category.id, page.number, kb.language.path),
					page.number > 1 ? categoryUrl(category.id, 1, kb.language.path) : stageUrl(category.data.stage, kb.language.path),
				]),
			),
			...kb.faqGroups.filter((group) => group.language === kb.language.code).map((group) => [group.url, faqIndexUrl(kb.language.path)]),
		]),
	);
	const alwaysThere = new Set(
		languages.flatMap((language) => [...STAGES.map((stage) => stageUrl(stage, language.path)), faqIndexUrl(language.path)]),
	);
	const permanence = production
		? await keepPublishedUrls(
				root,
				defaultPages,
				settingsEntry.data.removedArticles,
				currentPages,
				alwaysThere,
				languages,
				[...pagesByLanguage.values()].slice(1).flat(),
			)
		: { redirects: [], pageRedirects: [], translationRedirects: [] };
	for (const kb of byLanguage.values()) {
		kb.articleRedirects = permanence.redirects;
		kb.pageRedirects = permanence.pageRedirects;
		kb.translationRedirects = permanence.translationRedirects;
	}
	const site = byLanguage.get(defaultLanguage.code)!;
	if (production) console.log(`Content health: ${healthSummary(health)} (npm run report lists them).`);
	if (process.env.KB_REPORT_DATA) writeReportContent(process.env.KB_REPORT_DATA, site);
	return site;
}

/**
 * Lists the translations whose source was updated after they were made: a warning, not a failure, since an
 * older translation is still better than none. Its page tells readers, with a link to the newer original.
 */
function warnOfOutdatedTranslations(translations: readonly ArticleSummary[], label: string) {
	const outdated = translations.filter((translation) => translation.newerSource);
	if (outdated.length === 0) return;
	const day = (date: Date) => date.toISOString().slice(0, 10);
	console.warn(
		[
			`${outdated.length === 1 ? '1 translation was' : `${outdated.length} translations were`} made from an older version of the article it translates. Update the translation, then set its sourceUpdated to the original's updated date:`,
			...outdated.map(
				(translation) =>
					`  ${label}/${translation.file}: translated from the version of ${day(translation.sourceUpdated!)}; ${translation.newerSource!.file} was updated on ${day(translation.newerSource!.updated)}`,
			),
		].join('\n'),
	);
}

/** The content folders with a folder per language. */
const TRANSLATED_FOLDERS = ['articles', 'categories', 'faq', 'snippets'];

/** Problems without repeats: checks run per language report a shared file's problem once per language. */
function distinct(problems: readonly Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((problem) => {
		const key = `${problem.file}:${problem.line}:${problem.message}`;
		return !seen.has(key) && seen.add(key) !== undefined;
	});
}

/**
 * Checks that every address ever published still leads somewhere, and records the current ones
 * (see src/lib/published-urls.ts). Production builds only: drafts are never published.
 */
async function keepPublishedUrls(
	root: string,
	articles: readonly ArticleSummary[],
	removed: { slug: string; replacedBy: string }[],
	currentPages: PublishedPages,
	alwaysThere: ReadonlySet<string>,
	languages: readonly SiteLanguage[],
	translations: readonly ArticleSummary[],
) {
	const language = languages[0]!.code;
	const path = join(root, PUBLISHED_URLS_FILE);
	const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	const recorded = parsePublishedUrls(before);
	// The live site knows what was published since the record was last committed (see docs/agents.md).
	const live = process.env.KB_PUBLISHED_SITE ? await fetchPublishedArticles(process.env.KB_PUBLISHED_SITE) : {};
	const plan = planPermanence(mergePublishedUrls(recorded.articles, live), articles, removed);
	if (plan.broken.length > 0) {
		throw new ContentError(
			formatProblems(
				plan.broken.map(({ slug, message }) => ({ file: `articles/${language}/${slug}.mdx`, message })),
				contentLabel(root),
			),
		);
	}
	const pages = planPagePermanence(recorded.pages, currentPages, alwaysThere);
	// A translation's old address leads to its new one, or to the article in the default language once removed.
	const bySlug = new Map(articles.map((article) => [article.slug, article]));
	const removedTo = new Map(plan.redirects.flatMap(({ removedId, toSlug }) => (removedId ? [[removedId, bySlug.get(toSlug)!]] : [])));
	const translated = planTranslationPermanence(
		recorded.translations,
		translations.map((translation) => ({ ...translation, slug: translation.url.split('/').at(-2)! })),
		(id) => articles.find((article) => article.id === id) ?? removedTo.get(id),
		(code) => languages.find((candidate) => candidate.code === code)?.path,
	);
	const after = serializePublishedUrls(plan.ledger, pages.pages, translated.ledger);
	if (after !== before) writeFileSync(path, after);
	return { redirects: plan.redirects, pageRedirects: pages.redirects, translationRedirects: translated.redirects };
}

/** The article's permanent id: from its frontmatter, or derived from its file name. */
const articleId = (entry: ArticleEntry) => entry.data.id ?? derivedShortId(entry.id);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const group = groups.get(key(item));
		if (group) group.push(item);
		else groups.set(key(item), [item]);
	}
	return groups;
}

/** The names in a folder of the content folder (none when it does not exist). */
function listFolder(root: string, folder: string): string[] {
	try {
		return readdirSync(join(root, folder));
	} catch {
		return [];
	}
}

/** One page of a route, as `getStaticPaths` returns it. */
interface RoutePage {
	params?: Record<string, string | undefined>;
	props?: Record<string, unknown>;
}

/**
 * `getStaticPaths` of a route under `src/pages/[...lang]/`: the pages `pagesOf` lists for each language,
 * the default language's without a prefix and the others' under their code. Pages with one address per
 * language (home, search …) leave `pagesOf` out.
 */
export async function inEveryLanguage(pagesOf: (kb: KnowledgeBase) => RoutePage[] = () => [{}]) {
	const site = await loadKnowledgeBase();
	return [...site.byLanguage.values()].flatMap((kb) =>
		pagesOf(kb).map((page) => ({ params: { ...page.params, lang: kb.language.path || undefined }, props: page.props ?? {} })),
	);
}

/** `getStaticPaths` of an article's routes (its page and its Markdown twin): every article in every language. */
export const articlePaths = () =>
	inEveryLanguage((kb) => kb.pages.map((article) => ({ params: { slug: article.url.split('/').at(-2) }, props: { article } })));

/** `getStaticPaths` of a FAQ group's routes (its page and its Markdown twin): the groups each language has. */
export const faqGroupPaths = () =>
	inEveryLanguage((kb) =>
		kb.faqGroups.filter((group) => group.language === kb.language.code).map((group) => ({ params: { id: group.id }, props: { group } })),
	);

/** Writes what `npm run report` needs from the content (see src/lib/report-content.ts). */
function writeReportContent(path: string, site: KnowledgeBase) {
	const content: ReportContent = {
		site: { name: site.settings.name, url: site.settings.url },
		built: new Date().toISOString(),
		articles: [...site.byLanguage.values()].flatMap((kb) =>
			kb.pages.map((article) =>
				reportArticle({
					slug: article.slug,
					title: article.title,
					url: article.url,
					shortUrl: shortArticleUrl(article.id, kb.language.path),
					category: article.category,
					stage: article.stage,
					language: article.language,
					keywords: article.keywords,
					description: article.description,
					body: article.body,
				}),
			),
		),
		categories: site.categories.map((category) => ({ id: category.id, title: category.data.title, stage: category.data.stage })),
		faqQuestions: site.faqGroups.flatMap((group) =>
			group.data.questions.map((question) => ({
				url: `${group.url}#${question.id}`,
				question: question.question,
				category: group.data.category,
			})),
		),
		synonyms: site.synonyms,
		health: site.health,
	};
	writeFileSync(path, JSON.stringify(content));
}
