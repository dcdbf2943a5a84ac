/**
 * The help widget a shop puts on its own pages (`/widget.js`): what its panel reads from the help center, and
 * the choices it makes from the shop page it runs on. Used by the build (src/pages/[...lang]/widget/data.json.ts)
 * and in the browser (src/widget/panel.ts).
 */
import type { AnalyticsConfig } from './analytics';

/** An article the panel suggests before anything is typed. */
export interface WidgetSuggestion {
	title: string;
	url: string;
}

/** `/widget/data.json` (and `/<lang>/widget/data.json`): everything the panel shows before a search. */
export interface WidgetData {
	/** The help center's name and home page in this language. */
	name: string;
	home: string;
	/** This language's search page, whose data and vocabulary the widget's search uses. */
	searchPage: string;
	/** The home page's featured answers: suggested on a page of no known stage. */
	popular: WidgetSuggestion[];
	/** The stages with the articles suggested for each, best first. */
	stages: { id: string; label: string; suggestions: WidgetSuggestion[] }[];
	/** Shop paths and the stage they belong to (site settings, `widgetPages`). */
	pages: { path: string; stage: string }[];
	/** How customers reach support, as on /contact/. */
	contact: { email: string; phone?: string; hours: string; url: string };
	/** The site's analytics tool, when it has one: the widget's events go to it too. */
	analytics?: AnalyticsConfig;
	/** The widget's and the contact block's strings in this language. */
	strings: Record<string, string>;
}

/** How many articles the panel suggests for a stage. */
export const SUGGESTIONS = 5;

/**
 * The stage of the shop page the widget runs on: the script tag's `data-stage` when it names a stage, else
 * the longest `pages` rule whose path starts the page's path (`/checkout` covers `/checkout/payment`, not
 * `/checkouts`). Anything else the shop page says is ignored: it may be a typo, or hostile.
 */
export function stageOfPage(
	declared: string | undefined,
	pathname: string,
	pages: WidgetData['pages'],
	stageIds: readonly string[],
): string | undefined {
	if (declared && stageIds.includes(declared)) return declared;
	const path = pathname.toLowerCase();
	const matches = pages.filter((rule) => {
		const start = rule.path.toLowerCase().replace(/\/$/, '');
		return path === start || path.startsWith(`${start}/`) || start === '';
	});
	const best = matches.sort((a, b) => b.path.length - a.path.length)[0];
	return best && stageIds.includes(best.stage) ? best.stage : undefined;
}

/**
 * The articles suggested for a stage: the home page's featured articles of that stage first, then the first
 * article of each of its categories, then the second of each, and so on.
 */
export function stageSuggestions(
	featured: readonly WidgetSuggestion[],
	categories: readonly (readonly WidgetSuggestion[])[],
	limit = SUGGESTIONS,
): WidgetSuggestion[] {
	const chosen = new Map<string, WidgetSuggestion>();
	for (const article of featured) chosen.set(article.url, article);
	const deepest = Math.max(0, ...categories.map((articles) => articles.length));
	for (let rank = 0; rank < deepest && chosen.size < limit; rank++)
		for (const articles of categories) {
			const article = articles[rank];
			if (article && !chosen.has(article.url)) chosen.set(article.url, article);
		}
	return [...chosen.values()].slice(0, limit);
}
