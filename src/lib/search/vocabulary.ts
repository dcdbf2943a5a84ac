/**
 * The words of the indexed pages, with how often they occur, split into small shards by first letter.
 * Typo correction fetches only the shard of each unknown word, so a query never loads the whole vocabulary.
 */

/** Word → number of occurrences. */
export type Vocabulary = Record<string, number>;

/** Words shorter than this are never corrected, so they need not be stored. */
export const MIN_WORD_LENGTH = 3;

/** Splits text into lowercase words (letters and digits, any script). */
export function words(text: string): string[] {
	const found: string[] = [];
	// A pattern without Unicode properties takes a third of the time: most text is ASCII, and only the runs with
	// other characters (letters of other scripts, but also curly quotes and dashes) go through the exact one.
	for (const run of text
		.toLowerCase()
		.normalize('NFC')
		.match(/[a-z0-9\u0080-\uffff]+/g) ?? []) {
		if (/^[a-z0-9]+$/.test(run)) found.push(run);
		else for (const word of run.match(/[\p{L}\p{N}]+/gu) ?? []) found.push(word);
	}
	return found;
}

/** The shard a word lives in: its first character, or `_` for anything outside a–z and 0–9. */
export function shardKey(word: string): string {
	const code = word.charCodeAt(0);
	return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? word[0]! : '_';
}

/** Counts the words of many texts into shards: `{ r: { refund: 12, … }, … }`. */
export function buildVocabularyShards(texts: Iterable<string>): Record<string, Vocabulary> {
	const shards: Record<string, Vocabulary> = {};
	for (const text of texts) countWords(text, shards);
	return shards;
}

/** Adds the words of one text to `shards` (page by page, so no build holds every page's text at once). */
export function countWords(text: string, shards: Record<string, Vocabulary>): void {
	// The hottest loop of the build's search work (a 10,000-article site has millions of words): no regex per word.
	for (const word of words(text)) {
		if (word.length < MIN_WORD_LENGTH || isNumber(word)) continue;
		const shard = (shards[shardKey(word)] ??= {});
		shard[word] = (shard[word] ?? 0) + 1;
	}
}

/** Only digits 0–9. */
function isNumber(word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		const code = word.charCodeAt(i);
		if (code < 48 || code > 57) return false;
	}
	return true;
}
