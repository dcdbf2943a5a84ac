/**
 * Joins what the exports say with the content: titles for pages, the article a search that found nothing
 * most likely meant, helpfulness by category. Pure, so the report's reasoning is tested without files.
 */
import { distance } from 'fastest-levenshtein';
import { eng, removeStopwords } from 'stopword';
import { stringify } from 'yaml';
import { words } from '../../../src/lib/search/vocabulary.ts';
import { ALL_PAGES } from './exports.ts';
import type { Findings, HelpfulnessFinding, NoResultFinding, ReportArticle, ReportContent, SearchFinding, Tally } from './model.ts';

/** How many searches the top list shows. */
const TOP_SEARCHES = 25;

/** Computes everything the report shows. `hasEvents` is false when no export was given. */
export function analyze(content: ReportContent, tally: Tally, hasEvents: boolean, now = new Date()): Findings {
	const searches = Object.entries(tally.searches).map(([query, counts]): SearchFinding & { found: number } => ({
		query,
		searches: Math.max(counts.searches, counts.noResults),
		noResults: counts.noResults,
		clicks: counts.clicks,
		// Where an export has no result counts, searches that were not "no results" found something.
		found: counts.withResults || Math.max(0, counts.searches - counts.noResults),
	}));
	const bySearches = (a: SearchFinding, b: SearchFinding) => b.searches - a.searches || a.query.localeCompare(b.query);
	const strip = ({ found: _, ...finding }: SearchFinding & { found: number }): SearchFinding => finding;
	const matcher = articleMatcher(content.articles);
	const known = new Set(Object.keys(content.synonyms).map((phrase) => phrase.toLowerCase()));

	const noResultSearches = searches
		.filter((search) => search.noResults > 0)
		.sort(bySearches)
		.map((search): NoResultFinding => {
			const match = matcher(withSynonyms(search.query, content.synonyms));
			const finding: NoResultFinding = strip(search);
			if (!match) return finding;
			finding.likely = { title: match.article.title, url: match.article.url };
			const target = synonymTarget(search.query, match);
			if (target && !known.has(search.query)) finding.synonymLine = `  ${stringify(search.query).trim()}: [${stringify(target).trim()}]`;
			return finding;
		});

	const pageTitle = pageTitles(content);
	const categoryOf = pageCategories(content);
	const helpfulness = Object.entries(tally.feedback)
		.map(([page, feedback]): HelpfulnessFinding => ({
			page,
			title: pageTitle(page),
			category: categoryOf(page),
			yes: feedback.yes,
			no: feedback.no,
			reasons: feedback.reasons,
			texts: feedback.texts,
		}))
		.sort((a, b) => b.no - a.no || share(a) - share(b) || a.title.localeCompare(b.title));

	const byCategory = new Map<string, { yes: number; no: number }>();
	for (const finding of helpfulness) {
		if (!finding.category) continue;
		const votes = byCategory.get(finding.category) ?? { yes: 0, no: 0 };
		votes.yes += finding.yes;
		votes.no += finding.no;
		byCategory.set(finding.category, votes);
	}

	return {
		site: content.site,
		generated: now.toISOString(),
		hasEvents,
		sources: tally.sources,
		notes: tally.notes,
		period: tally.period,
		totals: tally.totals,
		topSearches: [...searches].sort(bySearches).slice(0, TOP_SEARCHES).map(strip),
		noResultSearches,
		searchesWithoutClick: searches
			.filter((search) => search.found > 0 && search.clicks === 0)
			.sort(bySearches)
			.map(strip),
		helpfulness,
		helpfulnessByCategory: content.categories
			.filter((category) => byCategory.has(category.id))
			.map((category) => ({ category: category.title, ...byCategory.get(category.id)! })),
		beforeContact: Object.entries(tally.beforeContact)
			.map(([page, count]) => ({ page, title: pageTitle(page), count }))
			.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
		stillNeedHelp: tally.stillNeedHelp,
		noResultTrend: Object.entries(tally.days)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([day, counts]) => ({ day, ...counts })),
		health: content.health,
	};
}

/** The query with the site's synonyms of its phrases added, as search reads it ("bill" also looks for "invoice"). */
function withSynonyms(query: string, synonyms: ReportContent['synonyms']): string {
	const padded = ` ${words(query).join(' ')} `;
	const added = Object.entries(synonyms).flatMap(([phrase, targets]) => (padded.includes(` ${phrase.toLowerCase()} `) ? targets : []));
	return [query, ...added].join(' ');
}

const share = (finding: { yes: number; no: number }) => finding.yes / Math.max(1, finding.yes + finding.no);

/** The page's title for people: an article's title, a FAQ answer's question, or what the page is. */
function pageTitles(content: ReportContent): (page: string) => string {
	const titles = new Map<string, string>([
		...content.articles.flatMap((article) => [[article.url, article.title] as const, [article.shortUrl, article.title] as const]),
		...content.faqQuestions.map((question) => [question.url, question.question] as const),
	]);
	return (page) => {
		if (page === ALL_PAGES) return 'All pages (the export does not say which)';
		const path = page.replace(/[?].*$/, '');
		return titles.get(path) ?? titles.get(path.replace(/#.*$/, '')) ?? (/\/search\/$/.test(path) ? 'Search page' : page);
	};
}

function pageCategories(content: ReportContent): (page: string) => string | undefined {
	const categories = new Map<string, string>([
		...content.articles.flatMap((article) => [[article.url, article.category] as const, [article.shortUrl, article.category] as const]),
		...content.faqQuestions.flatMap((question) => (question.category ? [[question.url, question.category] as const] : [])),
	]);
	return (page) => categories.get(page.replace(/[?].*$/, '')) ?? categories.get(page.replace(/[?#].*$/, ''));
}

/** An article a query matched, and which of its words each query word matched. */
interface Match {
	article: ReportArticle;
	/** Query word → the article's word it matched (itself when spelled the same). */
	matched: Map<string, string>;
}

/** The significant words of a query: its words without English stop words ("where is my parcel" → parcel). */
function queryTerms(query: string): string[] {
	const all = words(query);
	const terms = removeStopwords(all, eng);
	return terms.length > 0 ? terms : all;
}

/** How close a customer's word is to an article's word: 1 the same, less for a shared stem or a typo, 0 unrelated. */
function closeness(word: string, candidate: string): number {
	if (word === candidate) return 1;
	const shorter = Math.min(word.length, candidate.length);
	if (shorter >= 4 && (word.startsWith(candidate) || candidate.startsWith(word))) return 0.8;
	if (shorter < 4) return 0;
	const allowed = shorter >= 7 ? 2 : 1;
	const edits = distance(word, candidate);
	return edits <= allowed ? 0.7 - 0.1 * edits : 0;
}

/**
 * Finds the article whose words best cover a query: each query word scores its closest word in the
 * article (rarer words weigh more, title and keyword words double), so "bulk discount" finds the article
 * about discounts even though no article says "bulk".
 */
export function articleMatcher(articles: readonly ReportArticle[]): (query: string) => Match | undefined {
	const sets = articles.map((article) => ({ article, words: new Set(article.words), title: new Set(article.titleWords) }));
	const documentFrequency = new Map<string, number>();
	for (const { words } of sets) for (const word of words) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
	const vocabulary = [...documentFrequency.keys()];
	const weight = (word: string) => Math.log(1 + articles.length / (documentFrequency.get(word) ?? 1));
	return (query) => {
		const terms = queryTerms(query);
		// Each query word's candidates in the whole vocabulary, found once rather than per article.
		const candidates = terms.map((term) =>
			vocabulary.flatMap((word) => {
				const score = closeness(term, word);
				return score > 0 ? [{ word, score: score * weight(word) }] : [];
			}),
		);
		let best: (Match & { score: number }) | undefined;
		for (const { article, words, title } of sets) {
			let score = 0;
			const matched = new Map<string, string>();
			terms.forEach((term, index) => {
				let top: { word: string; score: number } | undefined;
				for (const candidate of candidates[index]!) {
					if (!words.has(candidate.word)) continue;
					const scored = candidate.score * (title.has(candidate.word) ? 2 : 1);
					if (!top || scored > top.score) top = { word: candidate.word, score: scored };
				}
				if (top) {
					score += top.score;
					matched.set(term, top.word);
				}
			});
			if (score > 0 && (!best || score > best.score)) best = { article, matched, score };
		}
		return best && { article: best.article, matched: best.matched };
	};
}

/**
 * What a synonym should turn the query into: the significant words of the article's title, which search
 * weighs most and always finds the article by ("bulk discount" → "use discount code").
 */
function synonymTarget(query: string, match: Match): string | undefined {
	const target = queryTerms(match.article.title).join(' ');
	return target && target !== query ? target : undefined;
}
