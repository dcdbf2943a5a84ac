/**
 * `/llms.txt` (and `/<lang>/llms.txt`): the help center for AI assistants, linking the Markdown twin of every
 * article by stage and category and of every FAQ page, and `llms-full.txt`, which is these twins in one file
 * (src/integrations/llms-full.ts). See src/lib/llms-txt.ts.
 */
import type { APIRoute } from 'astro';
import { inEveryLanguage } from '../../data/knowledge-base';
import { llmsTxt } from '../../lib/llms-txt';
import { STAGES } from '../../schemas';
import { absoluteUrl, faqGroupUrl, homeUrl, markdownUrl } from '../../lib/urls';

export const getStaticPaths = () => inEveryLanguage();

export const GET: APIRoute = ({ locals }) => {
	const { kb, t } = locals;
	const { settings } = kb;
	const absolute = (path: string) => absoluteUrl(path, settings.url);
	const lang = kb.language.path;
	const text = llmsTxt({
		name: settings.name,
		summary: settings.tagline,
		details: [
			{ type: 'text', value: 'The help center of ' },
			settings.shopUrl
				? { type: 'link', url: settings.shopUrl, children: [{ type: 'text', value: settings.shopName }] }
				: { type: 'text', value: settings.shopName },
			{
				type: 'text',
				value:
					': answers for customers before, during and after a purchase. Each link leads to an article or FAQ page as Markdown; the page itself is at the same address without "index.html.md".',
			},
		],
		sections: [
			...STAGES.map((stage) => ({
				title: t(`stage.${stage}`),
				groups: (kb.categoriesByStage.get(stage) ?? []).map((category) => ({
					title: category.data.title,
					links: (kb.articlesByCategory.get(category.id) ?? []).map((article) => ({
						title: article.title,
						url: absolute(markdownUrl(article.url)),
						description: article.description,
					})),
				})),
			})),
			{
				title: t('faq.heading'),
				groups: [
					{
						links: kb.faqGroups
							.filter((group) => group.language === kb.language.code)
							.map((group) => ({ title: group.data.title, url: absolute(markdownUrl(faqGroupUrl(group.id, lang))) })),
					},
				],
			},
		],
		optional: [
			{ title: 'Every article and FAQ answer in one file', url: absolute(`${homeUrl(lang)}llms-full.txt`) },
			...kb.languages
				.filter((language) => language !== kb.language)
				.map((language) => ({ title: `${language.label} (${language.code})`, url: absolute(`${homeUrl(language.path)}llms.txt`) })),
		],
	});
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
