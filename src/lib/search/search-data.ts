import type { Synonyms } from './query.ts';

/** The shape of `/search/data.json` (see src/pages/search/data.json.ts). */
export interface SearchData {
	synonyms: Synonyms;
	stages: { id: string; label: string }[];
	categories: { id: string; title: string; description: string; stage: string; url: string }[];
	popular: { title: string; url: string }[];
	contact: { email: string; phone?: string; hours: string; responseTime?: string; url: string };
	/**
	 * On a page in another language than the default: the default language's search page, offered when a
	 * search finds nothing (this language's index has only its translations), with its label and language.
	 */
	defaultLanguageSearch?: { url: string; label: string; lang: string };
	/** UI strings (`search.*`, `contact.*`) in the site's language. */
	strings: Record<string, string>;
}

/** Categories most related to a query's words (for "no results" suggestions), best first. */
export function closestCategories(
	queryWords: readonly string[],
	categories: SearchData['categories'],
	limit = 3,
): SearchData['categories'] {
	const stems = queryWords.map((word) => word.slice(0, 5));
	const scored = categories.map((category) => {
		const text = `${category.title} ${category.description}`.toLowerCase();
		return { category, score: stems.filter((stem) => stem.length >= 3 && text.includes(stem)).length };
	});
	return scored
		.filter((entry) => entry.score > 0)
		.sort((a, b) => b.score - a.score)
		.slice(0, limit)
		.map((entry) => entry.category);
}
