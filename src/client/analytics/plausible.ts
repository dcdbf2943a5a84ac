/**
 * Plausible, through its official tracker package: a page view on load, then each event as a custom event
 * with its properties (https://plausible.io/docs/custom-event-goals, .../custom-props/introduction).
 */
import { init, track } from '@plausible-analytics/tracker';
import { EVENT_NAMES } from '../../lib/analytics';
import type { Adapter } from './sink';

export const start: Adapter = ({ site, address }) => {
	init({ domain: site, endpoint: `${address}/api/event`, bindToWindow: false, logging: false });
	return ({ type, props }) => track(EVENT_NAMES[type], { props: stringProps(props) });
};

/** Plausible's properties are strings. */
function stringProps(props: object): Record<string, string> {
	return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, String(value)]));
}
