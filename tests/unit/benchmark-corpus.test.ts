/** The benchmark corpus (npm run corpus) reads like a real help center: Zipf's law, topical words, varied lengths. */
import { describe, expect, it } from 'vitest';
import { countWords, ENGLISH_WORDS, generateCorpus, seededRandom, zipfSampler } from '../../scripts/lib/corpus';

const corpus = generateCorpus({ articles: 400 });
const articles = [...corpus].filter(([path]) => path.startsWith('articles/en/')).map(([, text]) => text.split('\n---\n')[1]!);
const wordsOf = (body: string): string[] => body.toLowerCase().match(/[a-z]+/g) ?? [];

describe('benchmark corpus', () => {
	it('is the same for the same seed and different for another', () => {
		expect(generateCorpus({ articles: 400 })).toEqual(corpus);
		expect(generateCorpus({ articles: 400, seed: 7 }).get([...corpus.keys()][0]!)).not.toBe(corpus.get([...corpus.keys()][0]!));
	});

	it('draws ranks by Zipf’s law', () => {
		const draw = zipfSampler(1000, 1, seededRandom(1));
		const counts = new Array<number>(1000).fill(0);
		for (let n = 0; n < 200_000; n++) counts[draw()]!++;
		// Frequency ∝ 1/rank: rank 1 is drawn about twice as often as rank 2 and ten times as often as rank 10.
		expect(counts[0]! / counts[1]!).toBeCloseTo(2, 0);
		expect(counts[0]! / counts[9]!).toBeGreaterThan(8);
		expect(counts[0]! / counts[9]!).toBeLessThan(12);
	});

	it('uses a real English vocabulary, most frequent first', () => {
		expect(ENGLISH_WORDS.length).toBeGreaterThan(15_000);
		expect(ENGLISH_WORDS.slice(0, 3)).toEqual(['the', 'of', 'and']);
		expect(ENGLISH_WORDS.every((word) => /^[a-z]+$/.test(word))).toBe(true);
	});

	it('has a rank–frequency curve of natural text (log–log slope near −1)', () => {
		const counts = new Map<string, number>();
		for (const body of articles) for (const word of wordsOf(body)) counts.set(word, (counts.get(word) ?? 0) + 1);
		const sorted = [...counts.values()].sort((a, b) => b - a);
		// Least-squares slope of log(frequency) over log(rank), ranks 10 to 1,000.
		const points = sorted.slice(9, 1000).map((count, index) => [Math.log(index + 10), Math.log(count)] as const);
		const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
		const [mx, my] = [mean(points.map(([x]) => x)), mean(points.map(([, y]) => y))];
		const slope = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0) / points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
		expect(slope).toBeGreaterThan(-1.3);
		expect(slope).toBeLessThan(-0.7);
	});

	it('puts a typical query word on a small share of the articles, and stop words on nearly all', () => {
		const share = (word: string) => articles.filter((body) => wordsOf(body).includes(word)).length / articles.length;
		const queryWords = ['refund', 'parcel', 'warranty', 'invoice', 'battery', 'tent', 'headlamp', 'customs', 'voucher', 'zip'];
		const shares = queryWords.map(share).sort((a, b) => a - b);
		expect(shares[Math.floor(shares.length / 2)]).toBeLessThan(0.25);
		expect(shares[0]).toBeGreaterThan(0);
		expect(share('the')).toBeGreaterThan(0.95);
	});

	it('varies article lengths as help centers do, with headings, lists, components and links', () => {
		const lengths = articles.map(countWords).sort((a, b) => a - b);
		expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(250);
		expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThan(600);
		expect(lengths[0]).toBeLessThan(180);
		expect(lengths.at(-1)).toBeGreaterThan(900);
		const sharing = (pattern: RegExp) => articles.filter((body) => pattern.test(body)).length / articles.length;
		expect(sharing(/^## /m)).toBeGreaterThan(0.9);
		expect(sharing(/^- /m)).toBeGreaterThan(0.3);
		expect(sharing(/<Steps>|<Callout/)).toBeGreaterThan(0.3);
		expect(sharing(/\]\(\/articles\/[a-z0-9-]+\/\)/)).toBeGreaterThan(0.3);
	});
});
