/**
 * Every URL the site publishes, built in one place so links and pages can never disagree.
 * All paths end with a slash, as Astro writes them (`dist/<path>/index.html`). Pages in the default
 * language have no prefix; another language's pages are the same paths under its code (`lang`, e.g. `nl`):
 * `/nl/articles/<slug>/` (see src/lib/site-languages.ts).
 */
import type { Stage } from '../schemas';

/** A default-language path in the language whose path is `lang` (`nl`; empty for the default language). */
export const inLanguage = (path: string, lang = '') => (lang ? `/${lang}${path}` : path);
/** The default-language path of a page in the language whose path is `lang`. */
export const withoutLanguage = (path: string, lang = '') => (lang && path.startsWith(`/${lang}/`) ? path.slice(lang.length + 1) : path);

export const homeUrl = (lang?: string) => inLanguage('/', lang);
export const stageUrl = (stage: Stage, lang?: string) => inLanguage(`/${stage}/`, lang);
export const categoryUrl = (id: string, page = 1, lang?: string) =>
	inLanguage(page > 1 ? `/categories/${id}/${page}/` : `/categories/${id}/`, lang);
export const articleUrl = (slug: string, lang?: string) => inLanguage(`/articles/${slug}/`, lang);
/** An article's Markdown twin: its page's address with `index.html.md` appended (the llms.txt proposal's rule). */
export const markdownUrl = (pageUrl: string) => `${pageUrl}index.html.md`;
export const faqIndexUrl = (lang?: string) => inLanguage('/faq/', lang);
export const faqGroupUrl = (id: string, lang?: string) => inLanguage(`/faq/${id}/`, lang);
export const faqQuestionUrl = (groupId: string, questionId: string, lang?: string) => `${faqGroupUrl(groupId, lang)}#${questionId}`;
export const contactUrl = (lang?: string) => inLanguage('/contact/', lang);
/** The permanent short link of an article: survives changes of title, file name and category. */
export const shortArticleUrl = (id: string, lang?: string) => inLanguage(`/a/${id}/`, lang);
/** The permanent short link of a FAQ question: survives moving the question to another group. */
export const shortQuestionUrl = (questionId: string, lang?: string) => inLanguage(`/q/${questionId}/`, lang);
export const articlesFeedUrl = () => '/api/articles.json';
export const agentsUrl = () => '/agents/';
export const searchUrl = (query?: string, lang?: string) =>
	inLanguage(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/', lang);
/** The search page's data (synonyms, vocabulary, categories) in one language. */
export const searchDataUrl = (lang?: string) => inLanguage('/search/data.json', lang);

/** What the help widget's panel shows before a search, in one language (src/lib/widget.ts). */
export const widgetDataUrl = (lang?: string) => inLanguage('/widget/data.json', lang);

/** The language path (`nl`, or empty for the default language) a site path belongs to, given the languages' paths. */
export function languageOfPath(pathname: string, languagePaths: readonly string[]): string {
	const first = pathname.split('/')[1] ?? '';
	return first && languagePaths.includes(first) ? first : '';
}

/** Joins a site-relative path to the site's public origin, e.g. for canonical URLs. */
export function absoluteUrl(path: string, site: string): string {
	return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
