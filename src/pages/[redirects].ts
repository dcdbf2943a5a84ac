import type { APIRoute, GetStaticPaths } from 'astro';
import { loadKnowledgeBase } from '../data/knowledge-base';
import { articleRedirectLinks, redirectsFile, shortLinks } from '../lib/redirects';

/** `/_redirects`: the site's redirects for hosts that read the file (a page's name cannot start with "_"). */
export const getStaticPaths = (() => [{ params: { redirects: '_redirects' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const { articles, articlesBySlug, articleRedirects, pageRedirects, faqGroups } = await loadKnowledgeBase();
	const body = redirectsFile([
		...shortLinks({ articles, faqGroups: faqGroups.map((group) => ({ id: group.id, questions: group.data.questions })) }),
		...articleRedirectLinks(articleRedirects, (slug) => articlesBySlug.get(slug)!.title),
		...pageRedirects.map(({ from, to }) => ({ from, to, title: '' })),
	]);
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
