/**
 * The query pipeline between what a customer types and what Pagefind searches for:
 * customers' words → the site's words (synonyms), small words dropped, typos corrected.
 */
import { distance } from 'fastest-levenshtein';
import type { QueryLanguage } from './languages/index.ts';
import { shardKey, words, type Vocabulary } from './vocabulary.ts';

/** Customers' phrases (lowercase) → words the articles use. */
export type Synonyms = Record<string, readonly string[]>;

/** Fetches one vocabulary shard (see vocabulary.ts); undefined when there is none. */
export type ShardLoader = (key: string) => Promise<Vocabulary | undefined>;

/** What the pipeline needs from the site: its synonyms, vocabulary and language. */
export interface QueryContext {
	synonyms: Synonyms;
	loadShard: ShardLoader;
	language: QueryLanguage;
}

/** What to search for, and how the query was reinterpreted (for "Showing results for …"). */
export interface PreparedQuery {
	/** The query in the site's words: the customer's words, with synonyms in place of the words they translate. */
	searchText: string;
	/** The customer's own words that synonyms replaced: still worth a look on their own. */
	alternativeTerms: string[];
	/** The customer's query with typos corrected, when any were; shown as "Showing results for …". */
	correctedQuery?: string;
}

/** Words this short are too ambiguous to correct. */
const MIN_CORRECTABLE_LENGTH = 4;

/** What the synonyms make of a query: the site's words, and the customer's words they stand for. */
export interface SynonymMatch {
	added: string[];
	/** The customer's words that a synonym translated ("money back" → refund: money, back). */
	replaced: string[];
}

/** Finds the synonyms whose phrase occurs in the query's words, longest phrases first. */
export function matchSynonyms(queryWords: readonly string[], synonyms: Synonyms): SynonymMatch {
	const text = ` ${queryWords.join(' ')} `;
	const added: string[] = [];
	const replaced: string[] = [];
	for (const phrase of Object.keys(synonyms).sort((a, b) => b.length - a.length)) {
		const phraseWords = queryWordsOf(phrase);
		if (phraseWords.length === 0 || !text.includes(` ${phraseWords.join(' ')} `)) continue;
		added.push(...synonyms[phrase].flatMap((target) => queryWordsOf(target)));
		replaced.push(...phraseWords);
	}
	return { added: [...new Set(added)], replaced: [...new Set(replaced)] };
}

/** Drops the language's stop words, unless that would leave nothing to search for. */
export function withoutStopWords(queryWords: readonly string[], language: QueryLanguage): string[] {
	const kept = queryWords.filter((word) => !language.stopWords.has(word));
	return kept.length > 0 ? kept : [...queryWords];
}

/**
 * The vocabulary word a misspelt word most likely meant: the closest by edit distance (1 for short
 * words, 2 for longer), ties broken by frequency. Returns the word itself when it is known, is another
 * form of a known word ("connecting" when the site says "connection": the index stems both), is the
 * start of a known word (the customer may still be typing), or nothing is close enough.
 */
export function correctWord(word: string, vocabulary: Vocabulary | undefined, language: QueryLanguage): string {
	if (!vocabulary || word.length < MIN_CORRECTABLE_LENGTH || /\d/.test(word) || word in vocabulary) return word;
	const known = Object.keys(vocabulary);
	if (stemsOf(vocabulary, language).has(language.stem(word)) || known.some((candidate) => candidate.startsWith(word))) return word;
	const allowed = word.length <= 5 ? 1 : 2;
	let best: string | undefined;
	let bestDistance = allowed + 1;
	for (const candidate of known) {
		if (Math.abs(candidate.length - word.length) > allowed) continue;
		const d = distance(word, candidate);
		if (d < bestDistance || (d === bestDistance && best !== undefined && vocabulary[candidate] > vocabulary[best])) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best ?? word;
}

const stemSets = new WeakMap<QueryLanguage, WeakMap<Vocabulary, Set<string>>>();

/** The stems of a vocabulary shard's words, computed once per shard rather than on every keystroke. */
function stemsOf(vocabulary: Vocabulary, language: QueryLanguage): Set<string> {
	let byShard = stemSets.get(language);
	if (!byShard) stemSets.set(language, (byShard = new WeakMap()));
	let stems = byShard.get(vocabulary);
	if (!stems) byShard.set(vocabulary, (stems = new Set(Object.keys(vocabulary).map((word) => language.stem(word)))));
	return stems;
}

/** The words of a query as customers type them: apostrophes dropped ("can't" → "cant"), single letters ignored. */
export function queryWords(raw: string): string[] {
	return queryWordsOf(raw);
}

function queryWordsOf(text: string): string[] {
	return words(text.replace(/['’]/g, '')).filter((word) => word.length > 1 || /\d/.test(word));
}

/** Turns a customer's query into Pagefind's search text. */
export async function prepareQuery(raw: string, context: QueryContext): Promise<PreparedQuery> {
	const typed = queryWords(raw);
	const kept = withoutStopWords(typed, context.language);
	const corrected = await Promise.all(
		kept.map(async (word) => correctWord(word, await context.loadShard(shardKey(word)), context.language)),
	);
	const correctedTyped = typed.map((word) => corrected[kept.indexOf(word)] ?? word);
	const synonyms = matchSynonyms(correctedTyped, context.synonyms);
	const own = corrected.filter((word) => !synonyms.replaced.includes(word));
	const terms = [...new Set([...own, ...synonyms.added])];
	const changed = corrected.some((word, index) => word !== kept[index]);
	return {
		searchText: terms.join(' '),
		alternativeTerms: corrected.filter((word) => synonyms.replaced.includes(word) && !terms.includes(word)),
		correctedQuery: changed ? correctedTyped.join(' ') : undefined,
	};
}
