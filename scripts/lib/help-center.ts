/**
 * A built help center as a program reads it, from its build output folder or its address: its languages,
 * their search, its articles feed and any page's files. What `npm run mcp` serves to assistants.
 */
import { existsSync } from 'node:fs';
import { decodeHTML } from 'entities';
import type { ArticlesFeed } from '../../src/lib/feed.ts';
import type { SearchData } from '../../src/lib/search/search-data.ts';
import { absoluteUrl, articlesFeedUrl, homeUrl, searchDataUrl } from '../../src/lib/urls.ts';
import { loadSiteSearch, siteReader, type SiteReader, type SiteSearch } from './site-search.ts';

/** One language of the help center. */
export interface HelpCenterLanguage {
	/** Its code, as in `<html lang>`: `nl`. */
	code: string;
	/** The first segment of its pages' addresses: empty for the default language, else `nl`. */
	path: string;
	/** Its `search/data.json`: stages and categories with their names in this language. */
	data: SearchData;
}

/** An opened help center. */
export interface HelpCenter {
	/** Its name, as its pages give it (`og:site_name`). */
	name: string;
	/** Its public address, from its articles feed: links given to assistants point there. */
	url: string;
	/** The default language first. */
	languages: HelpCenterLanguage[];
	/** `/api/articles.json`: every article with its id, addresses and translations. */
	feed: ArticlesFeed;
	read: SiteReader;
	/** The search of one language, loaded on first use (Pagefind and its index). */
	search(language: HelpCenterLanguage): Promise<SiteSearch>;
	/** A site path (`/articles/x/`) as an absolute address of the published site. */
	absolute(path: string): string;
}

/**
 * Opens the help center built into `source`, a folder (`dist`) or an http(s) address. Throws an error
 * saying what is wrong when it is not a built Answerkit site.
 */
export async function openHelpCenter(source: string): Promise<HelpCenter> {
	const remote = /^https?:\/\//.test(source);
	if (!remote && !existsSync(source)) throw new Error(`${source} is neither a folder nor an http(s) address.`);
	const read = siteReader(source);
	const required = async (path: string) => {
		let response: Response;
		try {
			response = await read(path);
		} catch (error) {
			throw new Error(`Could not reach ${source}: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`);
		}
		if (!response.ok) {
			throw new Error(
				`${source} is not a built Answerkit site: it has no ${path.slice(1)}. Pass the output folder of \`npm run build\` (dist) or the address of a published help center.`,
			);
		}
		return response;
	};
	await required('/pagefind/pagefind.js');
	const feed = (await (await required(articlesFeedUrl())).json()) as ArticlesFeed;
	const home = await (await required(homeUrl())).text();
	const defaultLanguage: HelpCenterLanguage = {
		code: /<html lang="([^"]+)"/.exec(home)?.[1] ?? 'en',
		path: '',
		data: (await (await required(searchDataUrl())).json()) as SearchData,
	};
	// A language without search data is no language of the search: its pages are not indexed.
	const translations = await Promise.all(
		translationsOf(home).map(async (language) => {
			const response = await read(searchDataUrl(language.path));
			return response.ok ? [{ ...language, data: (await response.json()) as SearchData }] : [];
		}),
	);
	const languages = [defaultLanguage, ...translations.flat()];
	const searches = new Map<HelpCenterLanguage, Promise<SiteSearch>>();
	return {
		name: decodeHTML(/<meta property="og:site_name" content="([^"]*)"/.exec(home)?.[1] ?? new URL(feed.site).host),
		url: feed.site,
		languages,
		feed,
		read,
		search(language) {
			if (!searches.has(language)) {
				// A failed load (the site unreachable for a moment) is tried again by the next search.
				const loading = loadSiteSearch(read, language.path);
				loading.catch(() => searches.delete(language));
				searches.set(language, loading);
			}
			return searches.get(language)!;
		},
		absolute: (path) => absoluteUrl(path, feed.site),
	};
}

/** The other languages the home page links to (`<link rel="alternate" hreflang="nl" href="…/nl/">`). */
function translationsOf(home: string): { code: string; path: string }[] {
	const languages: { code: string; path: string }[] = [];
	for (const [link] of home.matchAll(/<link\b[^>]*>/g)) {
		const code = /\shreflang="([^"]+)"/.exec(link)?.[1];
		const href = /\shref="([^"]+)"/.exec(link)?.[1];
		if (!/\srel="alternate"/.test(link) || !code || !href || code === 'x-default') continue;
		const path = new URL(href, 'http://site.invalid').pathname.replace(/^\/|\/$/g, '');
		if (path) languages.push({ code, path });
	}
	return languages;
}
