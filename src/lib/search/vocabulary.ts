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
	return (
		text
			.toLowerCase()
			.normalize('NFC')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/** The shard a word lives in: its first character, or `_` for anything outside a–z and 0–9. */
export function shardKey(word: string): string {
	const first = word[0] ?? '_';
	return /[a-z0-9]/.test(first) ? first : '_';
}

/** Counts the words of many texts into shards: `{ r: { refund: 12, … }, … }`. */
export function buildVocabularyShards(texts: Iterable<string>): Record<string, Vocabulary> {
	const shards: Record<string, Vocabulary> = {};
	for (const text of texts) countWords(text, shards);
	return shards;
}

/** Adds the words of one text to `shards` (page by page, so no build holds every page's text at once). */
export function countWords(text: string, shards: Record<string, Vocabulary>): void {
	for (const word of words(text)) {
		if (word.length < MIN_WORD_LENGTH || /^\d+$/.test(word)) continue;
		const shard = (shards[shardKey(word)] ??= {});
		shard[word] = (shard[word] ?? 0) + 1;
	}
}
