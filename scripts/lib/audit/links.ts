/**
 * Broken-link crawl of a served site with linkinator: every page reachable from the entry pages and the
 * sitemap; every link, stylesheet, script, image and CSS `url()`, and
 * every `#fragment` against the ids of the page it points to. Absolute links to the site's production
 * address (canonical, Open Graph, sitemap) are checked against the served copy; other origins can't be
 * reached from here and are counted, not fetched.
 */
import { check, LinkState } from 'linkinator';

/** What the crawl found. */
export interface LinkReport {
	/** Distinct URLs on the site that were fetched and answered. */
	checked: number;
	/** "url: problem (linked from parent)" for each broken link or fragment. */
	broken: string[];
	/** Distinct links to other origins, mailto: and tel: (not fetched). */
	external: number;
}

/**
 * Crawls the site served at `origin`, whose production address is `siteUrl`, from the `entries` paths
 * (pages no link leads to) and, when given, the pages its sitemap lists.
 */
export async function crawlLinks(origin: string, siteUrl: string, entries: string[], sitemap?: string): Promise<LinkReport> {
	const production = new URL(siteUrl).origin;
	const local = (link: string) => link.startsWith(origin) || link.startsWith(production);
	const result = await check({
		path: entries.map((path) => `${origin}${path}`),
		sitemap: sitemap && `${origin}${sitemap}`,
		recurse: true,
		checkCss: true,
		checkFragments: true,
		concurrency: 16,
		timeout: 20_000,
		linksToSkip: async (link) => !local(link),
		urlRewriteExpressions: [{ pattern: new RegExp(`^${production.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: origin }],
	});
	const path = (url: string) => url.replace(origin, '');
	const broken = result.links
		// A missing page is also reported as "linked from" itself (the 404 page's own links): once is enough.
		.filter((link) => link.state === LinkState.BROKEN && link.parent && link.parent !== link.url)
		.map((link) => {
			const problem = link.status === 200 && link.url.includes('#') ? 'no such id' : `HTTP ${link.status ?? 'error'}`;
			return `${path(link.url)}: ${problem} (linked from ${path(link.parent!)})`;
		});
	const distinct = (state: LinkState) => new Set(result.links.filter((link) => link.state === state).map((link) => link.url)).size;
	return { checked: distinct(LinkState.OK), broken: [...new Set(broken)], external: distinct(LinkState.SKIPPED) };
}
