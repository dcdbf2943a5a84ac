/**
 * The real search of a built site in Node, as its pages run it (see scripts/lib/site-search.ts), for tests
 * that check what customers find.
 */
import { loadSiteSearch, siteReader } from '../../scripts/lib/site-search.ts';

/**
 * Loads the search of a build output folder, or of a running dev server (an http:// origin), and returns
 * its query function. `languagePath` (`nl`) searches as a page in that language does: its Pagefind index,
 * synonyms, typo vocabulary and query rules.
 */
export async function loadSearch(source: string, languagePath = '') {
	return (await loadSiteSearch(siteReader(source), languagePath)).run;
}
