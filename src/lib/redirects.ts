/**
 * Every redirect the site publishes, in one list: each becomes a static page (`redirectPage`) and a
 * line of `_redirects` for hosts that read one. src/pages/[redirects].ts gathers the list and
 * src/integrations/redirects.ts writes both after the build.
 */
import { escapeAttribute, escapeText } from 'entities';
import { absoluteUrl, articleUrl, shortArticleUrl, shortQuestionUrl } from './urls';

/** One address that sends visitors to another. */
export interface Redirect {
	from: string;
	to: string;
	/** The title of the destination, for the static page. */
	title: string;
}

/** What short links are made from: the pages of articles and FAQ groups in one language, and their ids. */
export interface RedirectSources {
	/** The path of the language (`nl`), empty for the default language. */
	lang?: string;
	articles: readonly { id: string; url: string; title: string }[];
	faqGroups: readonly { url: string; questions: readonly { id: string; question: string }[] }[];
}

/** Short links of every article and FAQ question with a page in one language (`/a/<id>/`, `/nl/a/<id>/`). */
export function shortLinks({ lang, articles, faqGroups }: RedirectSources): Redirect[] {
	return [
		...articles.map((article) => ({ from: shortArticleUrl(article.id, lang), to: article.url, title: article.title })),
		...faqGroups.flatMap((group) =>
			group.questions.map((question) => ({
				from: shortQuestionUrl(question.id, lang),
				to: `${group.url}#${question.id}`,
				title: question.question,
			})),
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

/** What the build hands over to src/integrations/redirects.ts: the site's details and every redirect. */
export interface RedirectPlan {
	site: { name: string; url: string; locale: string };
	redirects: Redirect[];
}

/** The file (in the build output, removed once used) that carries the RedirectPlan from the pages to the integration. */
export const REDIRECT_PLAN_FILE = '_redirect-plan.json';

/**
 * A static redirect page: works on any host (meta refresh, with a plain link for the rare browser without
 * it) and tells search engines where the page lives now (canonical). The title is the destination's, so a
 * short link pasted into a chat unfurls with the article's name.
 */
export function redirectPage({ to, title }: Redirect, site: RedirectPlan['site'], linkText: string): string {
	return [
		'<!doctype html>',
		`<html lang="${escapeAttribute(site.locale)}">`,
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeText(`${title} · ${site.name}`)}</title>`,
		'<meta name="robots" content="noindex">',
		`<link rel="canonical" href="${escapeAttribute(absoluteUrl(to, site.url))}">`,
		`<meta http-equiv="refresh" content="0; url=${escapeAttribute(to)}">`,
		'</head>',
		`<body><p><a href="${escapeAttribute(to)}">${escapeText(linkText)}</a></p></body>`,
		'</html>',
		'',
	].join('\n');
}
