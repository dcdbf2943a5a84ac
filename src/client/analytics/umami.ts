/**
 * Umami, through its documented collection API (https://umami.is/docs/api/sending-stats): Umami serves its
 * tracker script only from the instance, not as a package, so this sends what that script sends, a page
 * view on load and each event with its name and data, to `<instance>/api/send`.
 */
import { EVENT_NAMES } from '../../lib/analytics';
import type { Adapter } from './sink';

export const start: Adapter = ({ site, address }) => {
	const send = (extra: { name?: string; data?: object }) => {
		const payload = {
			website: site,
			hostname: location.hostname,
			language: navigator.language,
			screen: `${screen.width}x${screen.height}`,
			title: document.title,
			url: location.pathname + location.search,
			referrer: document.referrer,
			...extra,
		};
		void fetch(`${address}/api/send`, {
			method: 'POST',
			keepalive: true,
			credentials: 'omit',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ type: 'event', payload }),
		}).catch(() => undefined);
	};
	send({});
	return ({ type, props }) => send({ name: EVENT_NAMES[type], data: props });
};
