/**
 * What `npm run report` works with: the content as the build saw it, and what the analytics exports say,
 * counted per search, page and day whatever tool they came from.
 */
import type { ContentHealth } from '../../../src/lib/content-health.ts';
export type { ReportArticle, ReportContent } from '../../../src/lib/report-content.ts';

/** A search query's counts. Queries are compared lowercase with spaces collapsed. */
export interface SearchTally {
	searches: number;
	/** Searches that found nothing. */
	noResults: number;
	/** Searches that found something (known only where the export carries the result count). */
	withResults: number;
	/** Results opened from it. */
	clicks: number;
}

/** Votes and reasons for one page (an article, or a FAQ answer `/faq/<group>/#<id>`). */
export interface FeedbackTally {
	yes: number;
	no: number;
	/** Reason code (`unanswered`, `outdated`, `unclear`, `other`) → count. */
	reasons: Record<string, number>;
	/** The texts customers wrote, as sent (already cleaned of e-mail addresses and phone numbers). */
	texts: string[];
}

/** Everything the exports say, merged. */
export interface Tally {
	/** Where it came from: one line per file read, e.g. "Umami data export (website_event.csv): 54 events". */
	sources: string[];
	/** What an export could not say (e.g. a Plausible download not filtered by goal has no per-search counts). */
	notes: string[];
	/** First and last day seen (YYYY-MM-DD), when the export has dates. */
	period?: { from: string; to: string };
	searches: Record<string, SearchTally>;
	/** Day (YYYY-MM-DD) → searches and searches without results that day. */
	days: Record<string, { searches: number; noResults: number }>;
	/** Page path → feedback. */
	feedback: Record<string, FeedbackTally>;
	/** Page path → times the contact page was opened right after it. */
	beforeContact: Record<string, number>;
	/** Channel (`email`, `phone`, `contact-page`) → clicks in a "Still need help?" block. */
	stillNeedHelp: Record<string, number>;
	/** Event name (as in src/lib/analytics.ts EVENT_NAMES) → total count. */
	totals: Record<string, number>;
}

/** A tally with nothing in it. */
export function emptyTally(): Tally {
	return { sources: [], notes: [], searches: {}, days: {}, feedback: {}, beforeContact: {}, stillNeedHelp: {}, totals: {} };
}

/** A search customers made, with what the report makes of it. */
export interface SearchFinding {
	query: string;
	searches: number;
	noResults: number;
	clicks: number;
}

/** A search that found nothing, with the article customers most likely meant and a ready synonyms line. */
export interface NoResultFinding extends SearchFinding {
	/** The article whose words are closest to the query, when any word is close enough. */
	likely?: { title: string; url: string };
	/** A line to add under `synonyms:` in search/synonyms.yaml, e.g. `  giftcard: [gift card]`; none when no article matched. */
	synonymLine?: string;
}

/** Helpfulness of one page. */
export interface HelpfulnessFinding {
	/** The page path, as sent (`/articles/x/`, `/faq/group/#question`). */
	page: string;
	/** The article's title or FAQ question; the path when the content no longer has the page. */
	title: string;
	/** Its category id (FAQ answers: their group's category, when known). */
	category?: string;
	yes: number;
	no: number;
	reasons: Record<string, number>;
	texts: string[];
}

/** What the report shows, computed from the content and the tally (see analyze.ts). */
export interface Findings {
	site: { name: string; url: string };
	/** When the report was made (ISO date and time). */
	generated: string;
	/** Whether any export was read (without one, only content health is reported). */
	hasEvents: boolean;
	sources: string[];
	notes: string[];
	period?: { from: string; to: string };
	totals: Record<string, number>;
	/** Most searched first, at most 25. */
	topSearches: SearchFinding[];
	/** Most searched first. */
	noResultSearches: NoResultFinding[];
	/** Searches that found something that nobody opened, most searched first. */
	searchesWithoutClick: SearchFinding[];
	/** Least helpful first (most "no" votes, then lowest share of "yes"). */
	helpfulness: HelpfulnessFinding[];
	/** Category → votes, for the chart. Category titles, in the site's category order. */
	helpfulnessByCategory: { category: string; yes: number; no: number }[];
	/** Pages customers were on right before opening the contact page, most first. */
	beforeContact: { page: string; title: string; count: number }[];
	stillNeedHelp: Record<string, number>;
	/** Day → searches and searches without results, oldest first, for the trend chart. */
	noResultTrend: { day: string; searches: number; noResults: number }[];
	health: ContentHealth;
}
