import type { APIRoute } from 'astro';
import { en, type UiKey } from '../../../i18n/en';
import { STAGES } from '../../../schemas';
import { categoryUrl, contactUrl, searchUrl } from '../../../lib/urls';
import { languageName } from '../../../i18n';
import { inEveryLanguage } from '../../../data/knowledge-base';

export const getStaticPaths = () => inEveryLanguage();
import type { SearchData } from '../../../lib/search/search-data';

/**
 * `/search/data.json` (and `/<lang>/search/data.json`): what the search UI needs besides the index, fetched on first use: synonyms,
 * stage and category names for filters and no-result suggestions, popular articles, contact channels,
 * UI strings and the optional analytics endpoint. Its size grows with categories, not articles.
 */
export const GET: APIRoute = async ({ locals }) => {
	const { kb } = locals;
	const { settings } = kb;
	const { t } = locals;
	const strings = Object.fromEntries(
		(Object.keys(en) as UiKey[]).filter((key) => key.startsWith('search.') || key.startsWith('contact.')).map((key) => [key, t(key)]),
	);
	const data: SearchData = {
		synonyms: kb.synonyms,
		stages: STAGES.map((stage) => ({ id: stage, label: t(`stage.${stage}`) })),
		categories: kb.categories.map((category) => ({
			id: category.id,
			title: category.data.title,
			description: category.data.description,
			stage: category.data.stage,
			url: categoryUrl(category.id, 1, kb.language.path),
		})),
		popular: settings.featured.flatMap((slug) => {
			const article = kb.articlesBySlug.get(slug);
			return article ? [{ title: article.title, url: article.url }] : [];
		}),
		contact: { ...settings.contact, url: contactUrl(kb.language.path) },
		...(kb.language !== kb.languages[0] && {
			defaultLanguageSearch: {
				url: searchUrl(),
				label: t('search.inLanguage', { language: languageName(kb.languages[0]!.code, kb.language.code) }),
				lang: kb.languages[0]!.code,
			},
		}),
		strings,
	};
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
