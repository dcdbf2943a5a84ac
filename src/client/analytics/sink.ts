/**
 * Forwards the help center's events to the analytics tool named in settings (src/components/AnalyticsSupport.astro
 * loads this only then). Nothing starts, loads or sends when the browser asks not to be tracked. Besides the
 * events the search and feedback code dispatch, it reports two of its own: the contact page opened from
 * another help page (with the search query when that page was a search), and the way to support chosen in a
 * "Still need help?" block: together they show which answers did not spare the customer a message.
 */
import { ANALYTICS_TOOLS, EVENT_NAMES, type AnalyticsConfig, type HelpEvent, type HelpEventType } from '../../lib/analytics';
import { report, trackingRefused } from './events';

/** An adapter: started once per page, it sends the page view and then each event in its tool's own API. */
export type Adapter = (config: AnalyticsConfig) => (event: HelpEvent) => void;

const adapters: Record<AnalyticsConfig['tool'], () => Promise<{ start: Adapter }>> = {
	plausible: () => import('./plausible'),
	umami: () => import('./umami'),
	matomo: () => import('./matomo'),
	ga4: () => import('./ga4'),
	beacon: () => import('./beacon'),
};

/**
 * Starts the tool's adapter and forwards every event to it: with the configuration the page carries, or the one
 * the help widget brought to a shop's page (its events leave its shadow root and reach `document` like the site's).
 */
export async function startAnalytics(config = pageConfig()): Promise<void> {
	if (!config || !ANALYTICS_TOOLS.includes(config.tool) || trackingRefused()) return;
	const { start } = await adapters[config.tool]();
	const send = start(config);
	for (const type of Object.keys(EVENT_NAMES) as HelpEventType[])
		document.addEventListener(type, (event) => send({ type, props: definedOnly((event as CustomEvent).detail) } as HelpEvent));
	document.addEventListener('click', onStillNeedHelp);
	reportContactView();
}

/** The configuration a help center page carries (src/components/AnalyticsSupport.astro). */
function pageConfig(): AnalyticsConfig | undefined {
	const element = document.getElementById('kb-analytics');
	const tool = element?.dataset.tool as AnalyticsConfig['tool'] | undefined;
	return element && tool ? { tool, site: element.dataset.site ?? '', address: element.dataset.address ?? '' } : undefined;
}

/** The properties that have a value: tools would record an unset filter as "undefined". */
function definedOnly(props: object): object {
	return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined && value !== ''));
}

/** The search query of a help search page's address, if it is one. */
function searchQuery(url: URL): string | undefined {
	return url.pathname.endsWith('/search/') ? url.searchParams.get('q')?.trim() || undefined : undefined;
}

/** On the contact page: where the customer came from, when that was a page of this help center. */
function reportContactView() {
	if (!document.querySelector('[data-contact-channels]') || !document.referrer) return;
	const from = new URL(document.referrer);
	if (from.origin !== location.origin) return;
	const query = searchQuery(from);
	report(document, 'kb-contact-view', { from: from.pathname, ...(query && { query }) });
}

function onStillNeedHelp(event: MouseEvent) {
	// The element clicked, also inside the help widget's shadow root (where `target` is the widget itself).
	const link = (event.composedPath()[0] as Element).closest?.<HTMLAnchorElement>('[data-still-need-help] a[href]');
	if (!link) return;
	const href = link.getAttribute('href') ?? '';
	const channel = href.startsWith('mailto:') ? 'email' : href.startsWith('tel:') ? 'phone' : 'contact-page';
	const query = searchQuery(new URL(location.href));
	report(link, 'kb-still-need-help', { page: location.pathname, channel, ...(query && { query }) });
}
