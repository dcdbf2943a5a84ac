import type { APIRoute } from 'astro';
import { en, type UiKey } from '../../../i18n/en';
import { STAGES } from '../../../schemas';
import { contactUrl, homeUrl, searchUrl } from '../../../lib/urls';
import { analyticsConfig, type AnalyticsConfig } from '../../../lib/analytics';
import { stageSuggestions, type WidgetData, type WidgetSuggestion } from '../../../lib/widget';
import { inEveryLanguage, type ArticleSummary } from '../../../data/knowledge-base';

export const getStaticPaths = () => inEveryLanguage();

/** On a shop's page a beacon address like `/api/events` would point at the shop: it becomes the help center's. */
const widgetAnalytics = (config: AnalyticsConfig | undefined, site: string) =>
	config && { ...config, address: config.address && new URL(config.address, site).href.replace(/\/$/, '') };

const suggestion = (article: ArticleSummary): WidgetSuggestion => ({ title: article.title, url: article.url });

/**
 * `/widget/data.json` (and `/<lang>/widget/data.json`): what the help widget's panel shows as soon as it opens,
 * fetched from the shop's page on the first click. Its size grows with stages and categories, not articles.
 */
export const GET: APIRoute = async ({ locals }) => {
	const { kb, t } = locals;
	const { settings } = kb;
	const strings = Object.fromEntries(
		(Object.keys(en) as UiKey[])
			.filter(
				(key) =>
					key.startsWith('widget.') ||
					key.startsWith('contact.') ||
					['search.label', 'search.placeholder', 'search.submit', 'search.contactPrompt'].includes(key),
			)
			.map((key) => [key, t(key)]),
	);
	const featured = settings.featured.flatMap((slug) => kb.articlesBySlug.get(slug) ?? []);
	const data: WidgetData = {
		name: settings.name,
		home: homeUrl(kb.language.path),
		searchPage: searchUrl(undefined, kb.language.path),
		popular: featured.map(suggestion),
		stages: STAGES.map((stage) => ({
			id: stage,
			label: t(`stage.${stage}`),
			suggestions: stageSuggestions(
				featured.filter((article) => article.stage === stage).map(suggestion),
				(kb.categoriesByStage.get(stage) ?? []).map((category) => (kb.articlesByCategory.get(category.id) ?? []).map(suggestion)),
			),
		})),
		pages: settings.widgetPages,
		contact: { ...settings.contact, url: contactUrl(kb.language.path) },
		analytics: widgetAnalytics(analyticsConfig(settings.analytics, settings.url), settings.url),
		strings,
	};
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
