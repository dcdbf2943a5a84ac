/**
 * The content as `npm run report` needs it, written by the build it runs (`KB_REPORT_DATA=<file>`): page
 * titles to name what customers voted on, each article's words to find what a failed search meant, and the
 * content health. The report joins it with the analytics exports (scripts/report.ts).
 */
import { words } from './search/vocabulary';
import type { ContentHealth } from './content-health';

/** One article as the report names and matches it. */
export interface ReportArticle {
	slug: string;
	title: string;
	/** Its page, e.g. `/articles/start-a-return/` or `/nl/articles/retour-starten/`. */
	url: string;
	/** Its short link, `/a/<id>/`. */
	shortUrl: string;
	category: string;
	stage: string;
	language: string;
	keywords: string[];
	/** The distinct words of its title, description, keywords and body, lowercase. */
	words: string[];
	/** The distinct words of its title and keywords, which weigh more when matching a search to it. */
	titleWords: string[];
}

/** The content side of the report. */
export interface ReportContent {
	/** The help center's name and public address (from settings). */
	site: { name: string; url: string };
	/** When the build that wrote it ran (ISO date and time). */
	built: string;
	articles: ReportArticle[];
	categories: { id: string; title: string; stage: string }[];
	/** FAQ answers, by their address `/faq/<group>/#<id>`, with their group's category. */
	faqQuestions: { url: string; question: string; category?: string }[];
	/** The default language's synonyms, so the report does not suggest one that exists. */
	synonyms: Record<string, readonly string[]>;
	health: ContentHealth;
}

/** What an article gives the report, before its words are counted. */
export interface ReportArticleSource extends Omit<ReportArticle, 'words' | 'titleWords'> {
	description: string;
	/** Its Markdown body. */
	body: string;
}

/** One article's entry: its words without Markdown link targets, component tags or their attributes. */
export function reportArticle({ description, body, ...article }: ReportArticleSource): ReportArticle {
	const titleWords = new Set(words(`${article.title} ${article.keywords.join(' ')}`));
	const all = new Set([...titleWords, ...words(`${description} ${proseOf(body)}`)]);
	return { ...article, words: [...all], titleWords: [...titleWords] };
}

/** A body's prose: without link targets (`](/articles/x/)`) and tags with their attributes, which are not customers' words. */
function proseOf(body: string): string {
	return body.replace(/\]\([^)]*\)/g, ' ').replace(/<[^>]*>/g, ' ');
}
