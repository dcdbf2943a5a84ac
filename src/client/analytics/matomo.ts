/**
 * Matomo, through its HTTP Tracking API (https://developer.matomo.org/api-reference/tracking-api), which
 * its own matomo.js also uses: a page view on load, searches as site searches with their result count
 * (Matomo's "no result keywords" report counts those with 0), and the other events as events (src/lib/analytics.ts).
 * No visitor id or cookie is set: Matomo then counts visits as it does for cookieless tracking.
 */
import { matomoEvent } from '../../lib/analytics';
import type { Adapter } from './sink';

export const start: Adapter = ({ site, address }) => {
	const send = (params: Record<string, string | number | undefined>) => {
		const query = new URLSearchParams({ idsite: site, rec: '1', apiv: '1', url: location.href, rand: String(Math.random()).slice(2) });
		if (document.referrer) query.set('urlref', document.referrer);
		for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') query.set(key, String(value));
		navigator.sendBeacon(`${address}/matomo.php?${query}`);
	};
	send({ action_name: document.title });
	return (event) => {
		if (event.type === 'kb-search')
			return send({ search: event.props.query, search_cat: event.props.category ?? event.props.stage, search_count: event.props.results });
		const matomo = matomoEvent(event);
		if (matomo) send({ e_c: matomo.category, e_a: matomo.action, e_n: matomo.name, e_v: matomo.value });
	};
};
