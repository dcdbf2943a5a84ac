/**
 * The JSON beacon: each event as one JSON object posted with `navigator.sendBeacon` to the shop's endpoint
 * (`npm run report` reads these back as NDJSON). `view` is a random id of this page view, kept in memory
 * only, so the report counts a vote sent twice from one page view once.
 */
import type { Adapter } from './sink';

export const start: Adapter = ({ address }) => {
	const view = crypto.randomUUID();
	return ({ type, props }) => {
		const body = JSON.stringify({ type, ...props, view, at: new Date().toISOString() });
		navigator.sendBeacon(address, new Blob([body], { type: 'application/json' }));
	};
};
