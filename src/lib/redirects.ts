/**
 * Every redirect the site publishes, in one list: each becomes a static page (RedirectPage.astro) and a
 * line of `_redirects` for hosts that read one.
 */
import { articleUrl, faqQuestionUrl, shortArticleUrl, shortQuestionUrl } from './urls';

/** One address that sends visitors to another. */
export interface Redirect {
	from: string;
	to: string;
	/** The title of the destination, for the static page. */
	title: string;
}

/** What redirects are made from: articles with their ids, and FAQ questions with their groups. */
export interface RedirectSources {
	articles: readonly { id: string; slug: string; title: string }[];
	faqGroups: readonly { id: string; questions: readonly { id: string; question: string }[] }[];
}

/** Short links of every article and FAQ question. */
export function shortLinks({ articles, faqGroups }: RedirectSources): Redirect[] {
	return [
		...articles.map((article) => ({ from: shortArticleUrl(article.id), to: articleUrl(article.slug), title: article.title })),
		...faqGroups.flatMap((group) =>
			group.questions.map((question) => ({ from: shortQuestionUrl(question.id), to: faqQuestionUrl(group.id, question.id), title: question.question })),
		),
	];
}

/** Old addresses of renamed and removed articles, and the short links of removed ones. */
export function articleRedirectLinks(
	redirects: readonly { fromSlug: string; toSlug: string; removedId?: string }[],
	titleOf: (slug: string) => string,
): Redirect[] {
	return redirects.flatMap(({ fromSlug, toSlug, removedId }) => {
		const to = articleUrl(toSlug);
		const title = titleOf(toSlug);
		return [{ from: articleUrl(fromSlug), to, title }, ...(removedId ? [{ from: shortArticleUrl(removedId), to, title }] : [])];
	});
}

/** The `_redirects` file (Netlify, Cloudflare Pages and others): permanent redirects, one per line. */
export function redirectsFile(redirects: readonly Redirect[]): string {
	// Hosts match the path without its trailing slash too; the fragment goes with the target as written.
	return redirects.map(({ from, to }) => `${from} ${to} 301`).join('\n') + '\n';
}
