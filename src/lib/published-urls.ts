/**
 * Published addresses never stop working. `settings/published-urls.yaml` records, per article id, every
 * slug the site has published it under, and every category and FAQ page with the page it falls back to;
 * each production build adds the current ones. From it the build derives redirects for renamed articles
 * and vanished pages, and refuses to drop an article's address without a replacement.
 * Only committed files are read (no Git history), so a shallow clone in CI checks the same.
 */
import { Document, isSeq, parse, visit } from 'yaml';
import { articleUrl, shortArticleUrl } from './urls';

/** The ledger: article id → every slug it was published under, oldest first. */
export type PublishedUrls = Record<string, string[]>;

/** Other recorded pages: path → where it leads if it disappears (a category's stage, page 1, the FAQ index). */
export type PublishedPages = Record<string, string>;

/** The ledger file, relative to the content folder. */
export const PUBLISHED_URLS_FILE = 'settings/published-urls.yaml';

const HEADER = `# Every article address this help center has published, per article id. The build adds new ones;
# commit this file with the content and never edit it by hand: it is how renamed and removed articles keep
# their old addresses working (README, "Links for support agents").
`;

const sortedEntries = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));

/** The translations' ledger: language code → article id → every file name its translation was published under. */
export type PublishedTranslations = Record<string, PublishedUrls>;

/** Reads the ledger (an absent or empty file is an empty ledger). */
export function parsePublishedUrls(text: string | undefined): {
	articles: PublishedUrls;
	pages: PublishedPages;
	translations: PublishedTranslations;
} {
	const data = (text ? parse(text) : undefined) as
		{ articles?: PublishedUrls; pages?: PublishedPages; translations?: PublishedTranslations } | null | undefined;
	return { articles: data?.articles ?? {}, pages: data?.pages ?? {}, translations: data?.translations ?? {} };
}

/** Writes the ledger with sorted keys, so additions show as small diffs. */
export function serializePublishedUrls(
	ledger: PublishedUrls,
	pages: PublishedPages = {},
	translations: PublishedTranslations = {},
): string {
	const document = new Document({
		articles: sortedEntries(ledger),
		...(Object.keys(translations).length > 0 && {
			translations: sortedEntries(Object.fromEntries(Object.entries(translations).map(([code, urls]) => [code, sortedEntries(urls)]))),
		}),
		pages: sortedEntries(pages),
	});
	// One line per article: `id: [slug, older-slug]`.
	visit(document, { Seq: (_, node) => void (isSeq(node) && (node.flow = true)) });
	return HEADER + document.toString();
}

/** An old article address and where it leads now. */
export interface ArticleRedirect {
	fromSlug: string;
	/** The slug of the article it leads to. */
	toSlug: string;
	/** The id whose short link must lead there too, when its article is gone. */
	removedId?: string;
}

/** What the check found: redirects to publish, addresses that would break, and the updated ledger. */
export interface PermanencePlan {
	redirects: ArticleRedirect[];
	/** One message per published address that would 404, saying how to fix it. */
	broken: { slug: string; id: string; message: string }[];
	ledger: PublishedUrls;
}

/**
 * Plans redirects for every address in the ledger that no current article has: renamed articles (same
 * id, new slug) redirect automatically; removed ones need an entry in `removedArticles` of site settings.
 */
export function planPermanence(
	ledger: PublishedUrls,
	articles: readonly { id: string; slug: string }[],
	removedArticles: readonly { slug: string; replacedBy: string }[],
): PermanencePlan {
	const slugOfId = new Map(articles.map((article) => [article.id, article.slug]));
	const liveSlugs = new Set(articles.map((article) => article.slug));
	const replacement = new Map(removedArticles.map((entry) => [entry.slug, entry.replacedBy]));
	const redirects: ArticleRedirect[] = [];
	const broken: PermanencePlan['broken'] = [];

	for (const [id, slugs] of Object.entries(ledger)) {
		const current = slugOfId.get(id);
		for (const slug of slugs) {
			if (liveSlugs.has(slug)) continue;
			if (current) {
				redirects.push({ fromSlug: slug, toSlug: current });
				continue;
			}
			const target = replacement.get(slug);
			if (target) {
				redirects.push({ fromSlug: slug, toSlug: target, removedId: id });
				continue;
			}
			broken.push({
				slug,
				id,
				message:
					`/articles/${slug}/ (short link /a/${id}/) was published, but no article has id "${id}" any more, so links customers ` +
					`and agents saved would break. If you renamed the file, put "id: ${id}" back in its frontmatter. If you removed ` +
					`the article, add it under "removedArticles" in settings/site.yaml (Site settings in the CMS) with the article that replaces it: ` +
					`- slug: ${slug}\n    replacedBy: <another article>`,
			});
		}
	}

	const updated: PublishedUrls = Object.fromEntries(Object.entries(ledger).map(([id, slugs]) => [id, [...slugs]]));
	for (const { id, slug } of articles) {
		const slugs = (updated[id] ??= []);
		if (!slugs.includes(slug)) slugs.push(slug);
	}
	return { redirects, broken, ledger: updated };
}

/** A translation's address in the ledger: its language's code and path (`nl`), the article's id and the file name. */
export interface PublishedTranslation {
	language: string;
	id: string;
	slug: string;
	title: string;
}

/**
 * Redirects for every recorded translation address the site no longer has: a renamed translation's old
 * address leads to its new one; a removed translation's address and short link lead to `fallback(id)`, the
 * article in the default language (or what replaced it). And the ledger with the current translations added.
 */
export function planTranslationPermanence(
	recorded: PublishedTranslations,
	current: readonly PublishedTranslation[],
	fallback: (id: string) => { url: string; title: string } | undefined,
	pathOf: (language: string) => string | undefined,
) {
	const live = new Map(current.map((translation) => [`${translation.language}/${translation.id}`, translation]));
	// An address another translation has now is that translation's page, never a redirect.
	const pages = new Set(current.map((translation) => `${translation.language}/${translation.slug}`));
	const redirects: { from: string; to: string; title: string }[] = [];
	for (const [language, ids] of Object.entries(recorded)) {
		const path = pathOf(language);
		// A language no longer configured has no pages to keep; its ledger stays for when it comes back.
		if (path === undefined) continue;
		for (const [id, slugs] of Object.entries(ids)) {
			const now = live.get(`${language}/${id}`);
			const target = now ? { url: articleUrl(now.slug, path), title: now.title } : fallback(id);
			if (!target) continue;
			const to = { to: target.url, title: target.title };
			for (const slug of slugs) if (!pages.has(`${language}/${slug}`)) redirects.push({ from: articleUrl(slug, path), ...to });
			if (!now) redirects.push({ from: shortArticleUrl(id, path), ...to });
		}
	}
	const ledger: PublishedTranslations = Object.fromEntries(
		Object.entries(recorded).map(([language, ids]) => [
			language,
			Object.fromEntries(Object.entries(ids).map(([id, slugs]) => [id, [...slugs]])),
		]),
	);
	for (const { language, id, slug } of current) {
		const slugs = ((ledger[language] ??= {})[id] ??= []);
		if (!slugs.includes(slug)) slugs.push(slug);
	}
	return { redirects, ledger };
}

/** A recorded page that no longer exists, and where it leads now. */
export interface PageRedirect {
	from: string;
	to: string;
}

/**
 * Redirects for recorded category and FAQ pages the site no longer has (a category that shrank to fewer
 * pages, was renamed or removed; a FAQ group renamed or removed), following fallbacks until one exists;
 * and the record with the current pages added.
 */
export function planPagePermanence(recorded: PublishedPages, current: PublishedPages, alwaysThere: ReadonlySet<string>) {
	const exists = (path: string) => path in current || alwaysThere.has(path);
	const redirects: PageRedirect[] = [];
	for (const [path, fallback] of Object.entries(recorded)) {
		if (exists(path)) continue;
		let to = fallback;
		for (let hops = 0; !exists(to) && to in recorded && hops < 5; hops++) to = recorded[to];
		redirects.push({ from: path, to: exists(to) ? to : '/' });
	}
	return { redirects, pages: { ...recorded, ...current } };
}

/**
 * The articles the live site lists in its `/api/articles.json`, as ledger entries. Lets a production
 * build (`KB_PUBLISHED_SITE`) also protect addresses published since the ledger was last committed, such
 * as an article created and then deleted through the CMS. A site that has no feed yet lists nothing.
 */
export async function fetchPublishedArticles(site: string, fetchFn: typeof fetch = fetch): Promise<PublishedUrls> {
	const feedUrl = new URL('/api/articles.json', site).href;
	let response: Response;
	try {
		response = await fetchFn(feedUrl);
	} catch (error) {
		throw new Error(
			`Could not read ${feedUrl} to check that no published address breaks (${(error as Error).message}). ` +
				'Check KB_PUBLISHED_SITE, or unset it to rely on settings/published-urls.yaml alone.',
		);
	}
	if (response.status === 404) return {};
	if (!response.ok) throw new Error(`Could not read ${feedUrl} (HTTP ${response.status}) to check that no published address breaks.`);
	const feed = (await response.json()) as { articles?: { id?: unknown; url?: unknown }[] };
	const entries: PublishedUrls = {};
	for (const article of feed.articles ?? []) {
		const slug = typeof article.url === 'string' ? /\/articles\/([^/]+)\/$/.exec(new URL(article.url).pathname)?.[1] : undefined;
		if (typeof article.id === 'string' && slug) (entries[article.id] ??= []).push(slug);
	}
	return entries;
}

/** Both records together: every slug either knows, per id. */
export function mergePublishedUrls(a: PublishedUrls, b: PublishedUrls): PublishedUrls {
	const merged: PublishedUrls = Object.fromEntries(Object.entries(a).map(([id, slugs]) => [id, [...slugs]]));
	for (const [id, slugs] of Object.entries(b)) {
		const list = (merged[id] ??= []);
		for (const slug of slugs) if (!list.includes(slug)) list.push(slug);
	}
	return merged;
}
