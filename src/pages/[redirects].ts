import type { APIRoute, GetStaticPaths } from 'astro';
import { articleRedirectLinks, REDIRECT_PLAN_FILE, shortLinks, type RedirectPlan } from '../lib/redirects';
import { STAGES } from '../schemas';
import { categoryUrl, faqIndexUrl, stageUrl } from '../lib/urls';

/**
 * Every redirect of the site: short links, renamed and removed articles, and category and FAQ pages the
 * site published once and no longer has (see src/lib/published-urls.ts). src/integrations/redirects.ts
 * turns this file into one static page per redirect plus `_redirects`, outside Astro's page pipeline:
 * a 10,000-article site has 10,000 short links, and rendering each through Astro took about 10 s.
 */
export const getStaticPaths = (() => [{ params: { redirects: REDIRECT_PLAN_FILE } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals }) => {
	const { kb } = locals;
	const { t } = locals;
	const pageTitles = new Map<string, string>([
		['/', kb.settings.name],
		[faqIndexUrl(), t('faq.heading')],
		...STAGES.map((stage) => [stageUrl(stage), t(`stage.${stage}`)] as [string, string]),
		...kb.categories.map((category) => [categoryUrl(category.id), category.data.title] as [string, string]),
	]);
	const plan: RedirectPlan = {
		site: { name: kb.settings.name, url: kb.settings.url, locale: kb.settings.locale },
		redirects: [
			// Short links in every language, for the pages that language has: `/a/<id>/`, `/nl/a/<id>/`.
			...[...kb.byLanguage.values()].flatMap((view) =>
				shortLinks({
					lang: view.language.path,
					articles: view.pages,
					faqGroups: view.faqGroups
						.filter((group) => group.language === view.language.code)
						.map((group) => ({
							url: group.url,
							questions: group.data.questions.filter((question) => question.language === view.language.code),
						})),
				}),
			),
			...articleRedirectLinks(kb.articleRedirects, (slug) => kb.articlesBySlug.get(slug)!.title),
			...kb.pageRedirects.map(({ from, to }) => ({ from, to, title: pageTitles.get(to) ?? kb.settings.name })),
			...kb.translationRedirects,
		],
	};
	return new Response(JSON.stringify(plan), { headers: { 'Content-Type': 'application/json' } });
};
