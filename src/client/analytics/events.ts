/**
 * The help center's analytics events on the page. The search UI, the feedback widget and the contact page
 * dispatch them as DOM events (they bubble to `document`, where a shop's own code may listen too); when
 * settings name an analytics tool, src/client/analytics/sink.ts forwards them to it.
 */
import type { HelpEvents, HelpEventType } from '../../lib/analytics';

/** Whether the customer asked not to be tracked: Global Privacy Control, or the older Do Not Track. */
export function trackingRefused(): boolean {
	const { globalPrivacyControl, doNotTrack } = navigator as Navigator & { globalPrivacyControl?: boolean };
	return globalPrivacyControl === true || doNotTrack === '1';
}

/** Dispatches an analytics event from `target`. It leaves the page only through the configured tool. */
export function report<K extends HelpEventType>(target: EventTarget, type: K, detail: HelpEvents[K]) {
	target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
