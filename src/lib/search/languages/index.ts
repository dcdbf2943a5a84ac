/**
 * What the query pipeline knows about each language: the small words it drops and how it tells forms of one
 * word apart from typos. Each language is its own module, loaded with the search, so a page downloads only
 * its own language's lists.
 */

/** A language's stop words (lowercase) and stemmer. */
export interface QueryLanguage {
	stopWords: ReadonlySet<string>;
	stem(word: string): string;
}

const LANGUAGES: Record<string, () => Promise<QueryLanguage>> = {
	en: () => import('./en.ts').then((module) => module.english),
	nl: () => import('./nl.ts').then((module) => module.dutch),
	de: () => import('./de.ts').then((module) => module.german),
};

/** The rules for a page's language (`<html lang>`, e.g. nl or de-AT); English for one without its own. */
export function loadQueryLanguage(locale: string): Promise<QueryLanguage> {
	const load = LANGUAGES[locale.toLowerCase().split('-')[0]!] ?? LANGUAGES.en!;
	return load();
}
