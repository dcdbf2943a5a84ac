/**
 * Links in what the CMS is about to save, checked against the help center as it would be: a link to an
 * article, FAQ or category page that does not exist, or to a `#section` that page does not have. The build
 * checks every link of the built pages; this catches a writer's own links before the save, in the same words.
 * Other addresses (the home page, search, uploads, other sites) are left to the build.
 */
import { inspectBody } from '../lib/mdx';
import { didYouMean } from '../lib/suggest';
import { normalizePath } from '../lib/link-check';
import { articleUrl, categoryUrl } from '../lib/urls';
import { renderArticleTree } from '../data/article-body';
import type { KnowledgeBase, PendingSave } from '../data/knowledge-base';

/** A page a link may point at, and how to learn its sections' ids. */
interface Target {
	ids: () => Promise<string[]>;
}

const CHECKED = /^\/(?:[a-z]{2,3}(?:-[a-z0-9]+)?\/)?(?:articles|faq|categories)\//;

/** One line per broken link in `saves` (`content/articles/en/x.mdx:12: the link …`); `fileOf` names a save's file so. */
export async function brokenLinksIfSaved(
	kb: KnowledgeBase,
	saves: readonly PendingSave[],
	fileOf: (save: PendingSave) => string,
): Promise<string[]> {
	const targets = new Map<string, Target>();
	const noSections: Target = { ids: async () => [] };
	for (const view of kb.byLanguage.values()) {
		for (const article of view.pages) {
			let ids: Promise<string[]> | undefined;
			targets.set(article.url, {
				ids: () => (ids ??= renderArticleTree(article, view).then((tree) => tree.headings.map((heading) => heading.slug))),
			});
		}
		for (const group of view.faqGroups) targets.set(group.url, { ids: async () => group.data.questions.map((question) => question.id) });
		for (const category of view.categories) targets.set(categoryUrl(category.id, 1, view.language.path), noSections);
	}
	// Old addresses still lead somewhere: redirects.
	for (const redirect of kb.articleRedirects) targets.set(articleUrl(redirect.fromSlug), noSections);
	for (const redirect of [...kb.pageRedirects, ...kb.translationRedirects]) targets.set(redirect.from, noSections);
	const known = [...targets.keys()];

	const problems: string[] = [];
	for (const save of saves) {
		const own = [...kb.byLanguage.values()].flatMap((view) => view.pages).find((article) => article.filePath === save.filePath);
		for (const href of linksOf(save)) {
			const relative = href.startsWith('#');
			if (!relative && !CHECKED.test(href)) continue;
			if (relative && !own) continue;
			const target = new URL(href, `http://site${own?.url ?? '/'}`);
			const path = normalizePath(target.pathname);
			const where = `${fileOf(save)}${lineOf(save.text, href)}`;
			const page = targets.get(path);
			if (!page) {
				problems.push(`${where}: the link "${href}" goes to a page that does not exist.${didYouMean(path, known)}`);
				continue;
			}
			const anchor = decodeURIComponent(target.hash.slice(1));
			if (!anchor || page === noSections) continue;
			const ids = await page.ids().catch(() => undefined);
			if (ids && !ids.includes(anchor))
				problems.push(`${where}: the link "${href}" goes to "#${anchor}", which is not on that page.${didYouMean(anchor, ids)}`);
		}
	}
	return problems;
}

/** The links written in a saved body, or in each answer of a saved FAQ group. */
function linksOf(save: PendingSave): string[] {
	if (save.body !== undefined) return inspectBody(save.body).links;
	const questions = (save.data as { questions?: { answer?: unknown }[] }).questions ?? [];
	return questions.flatMap((question) => (typeof question.answer === 'string' ? inspectBody(question.answer).links : []));
}

/** `:12`, the first line of `text` holding the link, or nothing. */
function lineOf(text: string, href: string): string {
	const at = text.indexOf(`(${href}`) >= 0 ? text.indexOf(`(${href}`) : text.indexOf(href);
	return at >= 0 ? `:${text.slice(0, at).split('\n').length}` : '';
}
