/**
 * Search analytics hook. The UI reports what customers search for as DOM events on the search element
 * (they bubble to `document`), and, only when settings name an endpoint, sends the same events with
 * `navigator.sendBeacon`. Events carry the query text, result count and clicked URL: nothing personal.
 */

/** The events and their details. */
export interface SearchEvents {
	'kb-search': { query: string; resultCount: number; stage?: string; category?: string };
	'kb-search-no-results': { query: string; stage?: string; category?: string };
	'kb-search-result-click': { query: string; url: string; position: number };
}

/** Dispatches an analytics event and beacons it when an endpoint is configured. */
export function report<K extends keyof SearchEvents>(target: EventTarget, type: K, detail: SearchEvents[K], endpoint: string | null) {
	target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
	if (endpoint && typeof navigator.sendBeacon === 'function') {
		navigator.sendBeacon(
			endpoint,
			new Blob([JSON.stringify({ type, ...detail, at: new Date().toISOString() })], { type: 'application/json' }),
		);
	}
}
