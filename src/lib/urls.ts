/**
 * Every URL the site publishes, built in one place so links and pages can never disagree.
 * All paths end with a slash, as Astro writes them (`dist/<path>/index.html`).
 */
import type { Stage } from '../schemas';

export const homeUrl = () => '/';
export const stageUrl = (stage: Stage) => `/${stage}/`;
export const categoryUrl = (id: string, page = 1) => (page > 1 ? `/categories/${id}/${page}/` : `/categories/${id}/`);
export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const faqIndexUrl = () => '/faq/';
export const faqGroupUrl = (id: string) => `/faq/${id}/`;
export const faqQuestionUrl = (groupId: string, questionId: string) => `${faqGroupUrl(groupId)}#${questionId}`;
export const contactUrl = () => '/contact/';
/** The permanent short link of an article: survives changes of title, file name and category. */
export const shortArticleUrl = (id: string) => `/a/${id}/`;
/** The permanent short link of a FAQ question: survives moving the question to another group. */
export const shortQuestionUrl = (questionId: string) => `/q/${questionId}/`;
export const articlesFeedUrl = () => '/api/articles.json';
export const agentsUrl = () => '/agents/';
export const searchUrl = (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');

/** Joins a site-relative path to the site's public origin, e.g. for canonical URLs. */
export function absoluteUrl(path: string, site: string): string {
	return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
