import { describe, expect, it } from 'vitest';
import { loadQueryLanguage } from '../../src/lib/search/languages';
import { german } from '../../src/lib/search/languages/de';
import { english } from '../../src/lib/search/languages/en';
import { dutch } from '../../src/lib/search/languages/nl';
import { correctWord, matchSynonyms, prepareQuery, queryWords, withoutStopWords } from '../../src/lib/search/query';
import { buildVocabularyShards, shardKey, words } from '../../src/lib/search/vocabulary';
import { prepareForIndex } from '../../src/lib/search/index-page';
import { excerptAfterKeywords, KEYWORDS_END, keywordsText } from '../../src/lib/search/keywords';

const vocabulary = buildVocabularyShards([
	'Refund refund refunds. Return your order. Delivery times. Password reset. Connection tips. Tracking number.',
]);
const context = {
	synonyms: { 'money back': ['refund'], 'how long': ['time'], parcel: ['order'] },
	loadShard: async (key: string) => vocabulary[key],
	language: english,
};

describe('query words', () => {
	it('lowercases, drops punctuation and apostrophes, ignores single letters', () => {
		expect(queryWords("Where's my PARCEL?! I can't find it.")).toEqual(['wheres', 'my', 'parcel', 'cant', 'find', 'it']);
	});

	it('drops stop words unless nothing would be left', () => {
		expect(withoutStopWords(['how', 'do', 'get', 'my', 'refund'], english)).toEqual(['refund']);
		expect(withoutStopWords(['how', 'do'], english)).toEqual(['how', 'do']);
	});
});

describe('synonyms', () => {
	it("add the site's words for customers' phrases, matching whole words only", () => {
		expect(matchSynonyms(['i', 'want', 'my', 'money', 'back'], context.synonyms).added).toEqual(['refund']);
		expect(matchSynonyms(['moneyback'], context.synonyms).added).toEqual([]);
	});

	it("say which of the customer's words they translate", () => {
		expect(matchSynonyms(['how', 'long', 'is', 'delivery'], context.synonyms)).toEqual({ added: ['time'], replaced: ['how', 'long'] });
	});
});

describe('typo correction', () => {
	const shard = (word: string) => vocabulary[shardKey(word)];
	it('corrects unknown words to the closest frequent vocabulary word', () => {
		expect(correctWord('refnud', shard('refnud'), english)).toBe('refund');
		expect(correctWord('pasword', shard('pasword'), english)).toBe('password');
		expect(correctWord('delivry', shard('delivry'), english)).toBe('delivery');
	});

	it('leaves known words, inflections, prefixes, short words and numbers alone', () => {
		expect(correctWord('refunds', shard('refunds'), english)).toBe('refunds');
		expect(correctWord('connecting', shard('connecting'), english)).toBe('connecting');
		expect(correctWord('deliv', shard('deliv'), english)).toBe('deliv');
		expect(correctWord('rfd', shard('rfd'), english)).toBe('rfd');
		expect(correctWord('2026', shard('2026'), english)).toBe('2026');
		expect(correctWord('zebra', shard('zebra'), english)).toBe('zebra');
	});
});

describe('queries in Dutch and German', () => {
	it("drop each language's small words and question words, and only that language's", async () => {
		expect(withoutStopWords(queryWords('Hoe kan ik mijn pakket retourneren?'), dutch)).toEqual(['pakket', 'retourneren']);
		expect(withoutStopWords(queryWords('Wie kann ich meine Bestellung zurücksenden?'), german)).toEqual(['bestellung', 'zurücksenden']);
		// "die" is a German article but an English verb; "over" a Dutch preposition but an English word worth keeping.
		expect(withoutStopWords(['die', 'battery'], german)).toEqual(['battery']);
		expect(withoutStopWords(['over', 'retour'], dutch)).toEqual(['retour']);
		expect(withoutStopWords(['over', 'die'], english)).toEqual(['die']);
	});

	it('tell forms of a word from typos with the language’s stemmer, and correct typos to its words', async () => {
		const dutchShard = { retourneren: 9, retour: 4, rekening: 3 };
		expect(correctWord('retourneert', dutchShard, dutch)).toBe('retourneert');
		expect(correctWord('rekning', dutchShard, dutch)).toBe('rekening');
		const germanShard = { rücksendung: 7, rechnung: 5 };
		expect(correctWord('rücksendungen', germanShard, german)).toBe('rücksendungen');
		expect(correctWord('rechnnug', germanShard, german)).toBe('rechnung');
		// English stemming knows no German plural: it would have "corrected" the plural away.
		expect(correctWord('rücksendungen', germanShard, english)).not.toBe('rücksendungen');
	});

	it("load for the page's language, regional variants included, and English for a language without rules", async () => {
		expect(await loadQueryLanguage('nl')).toBe(dutch);
		expect(await loadQueryLanguage('de-AT')).toBe(german);
		expect(await loadQueryLanguage('fr')).toBe(english);
	});
});

describe('prepared query', () => {
	it("puts the query in the site's words, keeps the replaced words as alternatives, and reports corrections", async () => {
		expect(await prepareQuery('How do I get my money back?', context)).toEqual({
			searchText: 'refund',
			alternativeTerms: ['money', 'back'],
			correctedQuery: undefined,
		});
		expect(await prepareQuery('refnud for my parcel', context)).toEqual({
			searchText: 'refund order',
			alternativeTerms: ['parcel'],
			correctedQuery: 'refund for my parcel',
		});
		expect(await prepareQuery('how long', context)).toEqual({ searchText: 'time', alternativeTerms: ['long'], correctedQuery: undefined });
	});
});

describe('vocabulary', () => {
	it('counts words per first-letter shard, skipping short words and numbers', () => {
		expect(words('Café, 2-4 days!')).toEqual(['café', '2', '4', 'days']);
		expect(buildVocabularyShards(['Refund refund to 2026 Über'])).toEqual({ r: { refund: 2 }, _: { über: 1 } });
	});
});

describe('pages prepared for the index', () => {
	const faq =
		'<html><body><main><div data-pagefind-body><h1>Returns</h1><details><summary><h2 class="faq__question" data-search-anchor="return-cost">Cost?</h2></summary><div class="faq__answer" id="return-cost">Free.</div></details></div></main><footer>Footer</footer></body></html>';

	it('move FAQ anchors to the question headings, so Pagefind makes them sub-results', () => {
		const page = prepareForIndex(faq)!;
		expect(page.html).toContain('<h2 class="faq__question" id="return-cost">');
		expect(page.html).toContain('<div class="faq__answer">Free.</div>');
	});

	it('collect the searchable text, without the footer, scripts or the keywords marker', () => {
		const page = prepareForIndex(
			faq
				.replace('<h1>', `<p hidden>${keywordsText(['money back'])}</p><h1>`)
				.replace('</details>', '</details><script type="module">addEventListener("load", () => {});</script>'),
		)!;
		expect(page.text).toMatch(/money back\s+Returns\s+Cost\?\s+Free\./);
		expect(page.text).not.toContain('Footer');
		expect(page.text).not.toContain('addEventListener');
		expect(page.text).not.toContain(KEYWORDS_END);
	});

	it('skip pages without searchable content', () => {
		expect(prepareForIndex('<html><body><nav>Menu</nav></body></html>')).toBeUndefined();
	});
});

describe('excerpts', () => {
	const content = `send back, money back ${KEYWORDS_END} How do I return an item? You have thirty days to send it back and get your money back.`;
	const position = (word: string, from = 0) => content.split(' ').indexOf(word, from);

	it('never show the hidden keywords, even when they matched', () => {
		const back = [position('back'), position('back,'), position('back', 12)].filter((p) => p >= 0);
		const excerpt = excerptAfterKeywords(content, back, 8, 'fallback');
		expect(excerpt).toBe('send it <mark>back</mark> and get your money back.');
	});

	it("are empty when only keywords matched, and Pagefind's own without a keywords block", () => {
		expect(excerptAfterKeywords(content, [position('money')], 8, 'fallback')).toBe('');
		expect(excerptAfterKeywords('plain text here', [1], 8, 'fallback')).toBe('fallback');
	});

	it('escape the text', () => {
		expect(excerptAfterKeywords(`a ${KEYWORDS_END} <b>bold</b> word`, [3], 8, '')).toBe('&lt;b&gt;bold&lt;/b&gt; <mark>word</mark>');
	});
});
