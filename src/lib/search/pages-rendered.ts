/**
 * How `astro build` tells the search index which pages it has rendered: the search-index integration sets a
 * listener here (pages render in the build's own process) and its middleware calls it for every page.
 */

/** Called with each page's site path as the page is rendered. */
export type PageListener = (path: string) => void;

const KEY = Symbol.for('answerkit.page-rendered');
const shared = globalThis as { [KEY]?: PageListener };

/** Sets (or, with undefined, removes) the running build's listener. */
export function onPageRendered(listener: PageListener | undefined): void {
	shared[KEY] = listener;
}

/** Tells the running build's listener, if any, that the page at `path` is being rendered. */
export function pageRendered(path: string): void {
	shared[KEY]?.(path);
}
