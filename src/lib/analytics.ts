/**
 * The help center's analytics events, and how each analytics tool receives them. Shared by the browser code
 * that sends them (src/client/analytics/) and `npm run report`, which reads them back from each tool's
 * export, so an event has one name per tool, defined here.
 */

/** The analytics tools a shop can choose in settings (`analytics.tool`). */
export const ANALYTICS_TOOLS = ['none', 'plausible', 'umami', 'matomo', 'ga4', 'beacon'] as const;
export type AnalyticsTool = (typeof ANALYTICS_TOOLS)[number];

/** Each event the help center reports, with the properties it carries (flat, as every tool wants them). */
export interface HelpEvents {
	/** A search the customer paused on (after typing stops). */
	'kb-search': { query: string; results: number; stage?: string; category?: string };
	/** The same search, when it found nothing. */
	'kb-search-no-results': { query: string; stage?: string; category?: string };
	/** A result opened from a search; `position` counts from 1. */
	'kb-search-result-click': { query: string; url: string; position: number };
	/** A vote under an article or FAQ answer (`page` is its path, with `#question` for an answer). */
	'kb-feedback': { page: string; helpful: 'yes' | 'no' };
	/** Why it did not help, after "No". */
	'kb-feedback-reason': { page: string; reason?: string; text?: string };
	/** The contact page opened from another help page (`from`), with the search query when it was a search. */
	'kb-contact-view': { from: string; query?: string };
	/** A way to reach support chosen in a "Still need help?" block (`channel`: email, phone or contact-page). */
	'kb-still-need-help': { page: string; channel: string; query?: string };
}
export type HelpEventType = keyof HelpEvents;
export type HelpEvent = { [K in HelpEventType]: { type: K; props: HelpEvents[K] } }[HelpEventType];

/** The event names people read in their analytics tool (Plausible, Umami, Matomo's event category). */
export const EVENT_NAMES: Record<HelpEventType, string> = {
	'kb-search': 'Search',
	'kb-search-no-results': 'Search no results',
	'kb-search-result-click': 'Search result click',
	'kb-feedback': 'Feedback',
	'kb-feedback-reason': 'Feedback reason',
	'kb-contact-view': 'Contact view',
	'kb-still-need-help': 'Still need help',
};

/** Google Analytics 4 wants snake_case names; `search` is its recommended event for site search. */
export const GA4_EVENT_NAMES: Record<HelpEventType, string> = {
	'kb-search': 'search',
	'kb-search-no-results': 'search_no_results',
	'kb-search-result-click': 'search_result_click',
	'kb-feedback': 'feedback',
	'kb-feedback-reason': 'feedback_reason',
	'kb-contact-view': 'contact_view',
	'kb-still-need-help': 'still_need_help',
};

/** The event type a tool's event name stands for (Plausible, Umami, Matomo and GA4 names alike). */
export function eventTypeOf(name: string): HelpEventType | undefined {
	for (const type of Object.keys(EVENT_NAMES) as HelpEventType[])
		if (EVENT_NAMES[type] === name || GA4_EVENT_NAMES[type] === name) return type;
	return undefined;
}

/**
 * A Matomo event's category, action and name (`e_c`, `e_a`, `e_n`) and value. Searches are not events in
 * Matomo: they use its site search tracking, whose result count of 0 is its "no result" report.
 */
export function matomoEvent(event: HelpEvent): { category: string; action: string; name?: string; value?: number } | undefined {
	const category = EVENT_NAMES[event.type];
	switch (event.type) {
		case 'kb-search':
		case 'kb-search-no-results':
			return undefined;
		case 'kb-search-result-click':
			return { category, action: event.props.url, name: event.props.query, value: event.props.position };
		case 'kb-feedback':
			return { category, action: event.props.page, name: event.props.helpful };
		case 'kb-feedback-reason': {
			const { reason = 'other', text } = event.props;
			return { category, action: event.props.page, name: text ? `${reason}: ${text}` : reason };
		}
		case 'kb-contact-view':
			return { category, action: event.props.from, ...(event.props.query && { name: event.props.query }) };
		case 'kb-still-need-help':
			return { category, action: event.props.page, name: event.props.channel };
	}
}

/** What the settings say about analytics (see `analytics` in src/schemas.ts). */
export interface AnalyticsSettings {
	tool: AnalyticsTool;
	site?: string;
	address?: string;
}

/** Where each tool lives unless settings name a self-hosted instance. */
export const DEFAULT_ADDRESSES: Partial<Record<AnalyticsTool, string>> = {
	plausible: 'https://plausible.io',
	umami: 'https://cloud.umami.is',
	ga4: 'https://www.googletagmanager.com',
};

/** What the page's analytics code needs: the tool, the site's id in it, and the address to send to. */
export interface AnalyticsConfig {
	tool: Exclude<AnalyticsTool, 'none'>;
	site: string;
	/** The instance (Plausible, Umami, Matomo), gtag.js's host (GA4), or the beacon's endpoint. */
	address: string;
}

/** The page's analytics configuration, or `undefined` when none is configured. */
export function analyticsConfig(settings: AnalyticsSettings, siteUrl: string): AnalyticsConfig | undefined {
	if (settings.tool === 'none') return undefined;
	const address = (settings.address ?? DEFAULT_ADDRESSES[settings.tool] ?? '').replace(/\/+$/, '');
	// Plausible knows a site by its domain: the help center's own unless the shop registered another.
	const site = settings.site ?? (settings.tool === 'plausible' ? new URL(siteUrl).hostname : '');
	return { tool: settings.tool, site, address };
}

/**
 * What the Content-Security-Policy must allow for the configured tool: where it sends (connect-src) and,
 * for Google Analytics, where gtag.js comes from (script-src) and the hosts it sends to, as Google lists them.
 */
export function analyticsOrigins(config: AnalyticsConfig | undefined): { script: string[]; connect: string[]; img: string[] } {
	if (!config || config.address.startsWith('/')) return { script: [], connect: [], img: [] };
	const origin = new URL(config.address).origin;
	if (config.tool !== 'ga4') return { script: [], connect: [origin], img: [] };
	const google = ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://*.googletagmanager.com'];
	return { script: [origin], connect: [...new Set([origin, ...google])], img: [...new Set([origin, ...google])] };
}
