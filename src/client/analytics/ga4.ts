/**
 * Google Analytics 4, through gtag.js as Google documents it (https://developers.google.com/tag-platform/gtag/reference):
 * Google serves gtag.js only from its own host (or the shop's tagging server), so this loads it from there,
 * which sends the page view, then reports each event with `gtag('event', …)`; searches use GA4's
 * recommended `search` event with `search_term`.
 */
import { GA4_EVENT_NAMES } from '../../lib/analytics';
import type { Adapter } from './sink';

declare global {
	interface Window {
		dataLayer: unknown[];
	}
}

export const start: Adapter = ({ site, address }) => {
	window.dataLayer = window.dataLayer ?? [];
	// gtag.js reads the `arguments` objects it is given, not arrays.
	function gtag(..._args: unknown[]) {
		// eslint-disable-next-line prefer-rest-params
		window.dataLayer.push(arguments);
	}
	gtag('js', new Date());
	gtag('config', site);
	const script = document.createElement('script');
	script.async = true;
	script.src = `${address}/gtag/js?id=${encodeURIComponent(site)}`;
	document.head.append(script);
	return ({ type, props }) => {
		const { query, ...rest } = props as { query?: string };
		gtag('event', GA4_EVENT_NAMES[type], { ...(query !== undefined && { search_term: query }), ...rest });
	};
};
