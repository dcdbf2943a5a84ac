/**
 * Finds internal links in the built site that point nowhere: a missing page, or a `#anchor`
 * that is not on the target page. Pure: works on what was extracted from the HTML files.
 */

/** What the check needs from one built page. */
export interface BuiltPage {
	/** Site path of the page, e.g. `/articles/start-a-return/`. */
	path: string;
	/** Every id on the page (anchors). */
	ids: ReadonlySet<string>;
	links: { href: string; source?: string }[];
}

/** A link that leads nowhere. */
export interface BrokenLink {
	page: string;
	href: string;
	/** The content file the link was written in, when the page marks it (`data-source`). */
	source?: string;
	reason: 'missing-page' | 'missing-anchor';
}

/** Paths that exist in the output but are not HTML pages (feeds, files in public/ …). */
export type ExistingFiles = ReadonlySet<string>;

/** Normalises `/a/b`, `/a/b/` and `/a/b/index.html` to `/a/b/`; files with an extension stay as they are. */
export function normalizePath(path: string): string {
	const clean = decodeURI(path.replace(/\/index\.html$/, '/'));
	if (clean.endsWith('/') || /\.[a-z0-9]+$/i.test(clean)) return clean;
	return `${clean}/`;
}

/** Checks every internal link of every page against the set of pages, their ids and other output files. */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ExistingFiles = new Set()): BrokenLink[] {
	const byPath = new Map(pages.map((page) => [normalizePath(page.path), page]));
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const { href, source } of page.links) {
			if (!isInternal(href)) continue;
			const url = new URL(href, `http://site${page.path}`);
			const path = normalizePath(url.pathname);
			const target = byPath.get(path);
			if (!target) {
				if (!files.has(url.pathname)) broken.push({ page: page.path, href, source, reason: 'missing-page' });
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && !target.ids.has(anchor)) broken.push({ page: page.path, href, source, reason: 'missing-anchor' });
		}
	}
	return broken;
}

function isInternal(href: string): boolean {
	if (href.startsWith('//')) return false;
	return href.startsWith('/') || href.startsWith('#') || !/^[a-z][a-z0-9+.-]*:/i.test(href);
}
