/**
 * Analytics hook. The search UI reports what customers search for (and the feedback widget their votes) as DOM events
 * (they bubble to `document`), and, only when settings name an endpoint, sends the same events with
 * `navigator.sendBeacon`. Events carry the query text, result count and clicked URL: nothing personal.
 */

/** The events and their details. */
export interface SearchEvents {
	'kb-search': { query: string; resultCount: number; stage?: string; category?: string };
	'kb-search-no-results': { query: string; stage?: string; category?: string };
	'kb-search-result-click': { query: string; url: string; position: number };
	/** A vote under an article or FAQ answer (src/client/feedback.ts). */
	'kb-feedback': { page: string; helpful: boolean };
	/** Why it did not help, after "No". */
	'kb-feedback-reason': { page: string; reason?: import('../../lib/feedback').FeedbackReason; text?: string };
}

/** Whether the customer asked not to be tracked: Global Privacy Control, or the older Do Not Track. */
export function trackingRefused(): boolean {
	const { globalPrivacyControl, doNotTrack } = navigator as Navigator & { globalPrivacyControl?: boolean };
	return globalPrivacyControl === true || doNotTrack === '1';
}

/**
 * Dispatches an analytics event, and beacons it when an endpoint is configured, unless the customer's
 * browser says not to track them (the event on the page stays: it leaves nothing anywhere).
 */
export function report<K extends keyof SearchEvents>(target: EventTarget, type: K, detail: SearchEvents[K], endpoint: string | null) {
	target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
	if (endpoint && typeof navigator.sendBeacon === 'function' && !trackingRefused()) {
		navigator.sendBeacon(
			endpoint,
			new Blob([JSON.stringify({ type, ...detail, at: new Date().toISOString() })], { type: 'application/json' }),
		);
	}
}
