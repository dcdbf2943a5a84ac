/**
 * A synthetic help center that reads, to search and the build, like a real one: its words follow Zipf's law
 * over a real English word list ranked by frequency (Wikipedia, from `@zxcvbn-ts/language-en`), each article
 * returns to a few subject terms of the shop's domain (a product, a topic, what the customer does), and
 * lengths vary as help articles do (log-normal, median about 350 words). So a typical query word sits on a
 * small share of the articles, as in real help centers, and not on most of them.
 * Deterministic: the same options give the same files. Used by `npm run corpus` and the benchmarks.
 */
import { dictionary } from '@zxcvbn-ts/language-en';
import { derivedShortId } from '../../src/lib/short-id.ts';

export interface CorpusOptions {
	articles: number;
	seed?: number;
	/** Share of the articles translated into Dutch and German (0: one language). */
	translated?: number;
}

/** The generated content files, by path inside the content folder. */
export type CorpusFiles = Map<string, string>;

/** mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Draws ranks 0…size-1 with probability ∝ 1/(rank+1)^exponent (Zipf), by binary search in the
 * cumulative distribution.
 */
export function zipfSampler(size: number, exponent: number, random: () => number): () => number {
	const cumulative = new Float64Array(size);
	let sum = 0;
	for (let rank = 0; rank < size; rank++) cumulative[rank] = sum += 1 / (rank + 1) ** exponent;
	return () => {
		const target = random() * sum;
		let low = 0;
		let high = size - 1;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (cumulative[middle]! < target) low = middle + 1;
			else high = middle;
		}
		return low;
	};
}

/** Words the frequency list has from web pages, not from prose. */
const NOT_PROSE = new Set(['doc', 'https', 'http', 'www', 'com', 'org', 'html', 'isbn', 'pp', 'ref', 'retrieved', 'url']);

/** The English vocabulary, most frequent first: Wikipedia's, lowercase letters only. */
export const ENGLISH_WORDS: readonly string[] = dictionary['wikipedia-en']!.filter(
	(word): word is string => typeof word === 'string' && /^[a-z]+$/.test(word) && !NOT_PROSE.has(word),
).slice(0, 20_000);

/** The shop's domain: what customers buy, ask about and do. */
export const DOMAIN = {
	products: [
		'tent',
		'sleeping bag',
		'rain jacket',
		'hiking boots',
		'backpack',
		'headlamp',
		'GPS watch',
		'power bank',
		'stove',
		'trekking poles',
		'fleece',
		'water filter',
		'camping chair',
		'base layer',
		'gaiters',
		'compass',
		'sleeping mat',
		'dry bag',
		'cooking set',
		'beanie',
	],
	topics: [
		'delivery',
		'returns',
		'refunds',
		'payment',
		'warranty',
		'sizing',
		'stock',
		'pickup',
		'invoices',
		'discounts',
		'gift cards',
		'accounts',
		'repairs',
		'care',
		'setup',
		'subscriptions',
		'exchanges',
		'tracking',
		'customs',
		'pre-orders',
	],
	actions: [
		'return',
		'exchange',
		'track',
		'repair',
		'clean',
		'register',
		'charge',
		'pack',
		'store',
		'replace',
		'adjust',
		'update',
		'cancel',
		'order',
		'reserve',
		'compare',
		'pay for',
		'set up',
		'reset',
		'waterproof',
	],
	things: [
		'order',
		'parcel',
		'refund',
		'invoice',
		'voucher',
		'size',
		'colour',
		'battery',
		'strap',
		'zip',
		'seam',
		'sole',
		'label',
		'address',
		'account',
		'password',
		'subscription',
		'warranty card',
		'receipt',
		'delivery slot',
	],
} as const;
const DOMAIN_TERMS = [...DOMAIN.things, ...DOMAIN.topics, ...DOMAIN.products, ...DOMAIN.actions];

/** Per word of prose: how often it is one of the article's subject terms, or another domain term. */
const SUBJECT_SHARE = 0.05;
const DOMAIN_SHARE = 0.004;
const STAGES = ['before-purchase', 'during-purchase', 'after-purchase'] as const;

interface Subject {
	product: string;
	topic: string;
	action: string;
	thing: string;
}

/** Generates the content folder's files of a help center of `articles` articles. */
export function generateCorpus({ articles: count, seed = 42, translated = 0 }: CorpusOptions): CorpusFiles {
	const random = seededRandom(seed);
	const english = zipfSampler(ENGLISH_WORDS.length, 1, random);
	const domain = zipfSampler(DOMAIN_TERMS.length, 1, random);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	/** Box–Muller: a normally distributed number. */
	const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
	const files: CorpusFiles = new Map();

	const subjectTerms = (subject: Subject) => [subject.product, subject.topic, subject.action, subject.thing];
	function word(subject: Subject): string {
		const roll = random();
		if (roll < SUBJECT_SHARE) return pick(subjectTerms(subject));
		if (roll < SUBJECT_SHARE + DOMAIN_SHARE) return DOMAIN_TERMS[domain()]!;
		return ENGLISH_WORDS[english()]!;
	}
	function sentence(subject: Subject, words = Math.max(4, Math.round(14 + 5 * normal()))): string {
		const text = Array.from({ length: words }, () => word(subject)).join(' ');
		return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
	}
	const paragraph = (subject: Subject, sentences: number) => Array.from({ length: sentences }, () => sentence(subject)).join(' ');
	const title = (subject: Subject) =>
		pick([
			`How do I ${subject.action} my ${subject.product}?`,
			`${capitalize(subject.topic)} for your ${subject.product}: ${subject.thing}`,
			`Can I ${subject.action} the ${subject.thing} of a ${subject.product}?`,
			`What happens to my ${subject.thing} when I ${subject.action} it?`,
		]);

	const categoryCount = Math.max(9, Math.round(count / 60));
	const categories = Array.from({ length: categoryCount }, (_, index) => ({ id: `topic-${index + 1}`, stage: STAGES[index % 3]! }));
	for (const [index, category] of categories.entries())
		files.set(
			`categories/en/${category.id}.yaml`,
			`title: ${capitalize(pick(DOMAIN.topics))} and ${pick(DOMAIN.products)} ${index + 1}\ndescription: Everything about ${pick(DOMAIN.topics)} for your ${pick(DOMAIN.products)}.\nstage: ${category.stage}\norder: ${index}\n`,
		);

	const slugs: string[] = [];
	const translatedEvery = translated > 0 ? Math.round(1 / translated) : 0;
	const toTranslate: { slug: string; id: string; text: string; subject: Subject }[] = [];
	const ids = new Set<string>();
	for (let index = 1; index <= count; index++) {
		const subject: Subject = {
			product: pick(DOMAIN.products),
			topic: pick(DOMAIN.topics),
			action: pick(DOMAIN.actions),
			thing: pick(DOMAIN.things),
		};
		const slug = slugOf(`${subject.action} ${subject.product} ${subject.thing} ${index}`);
		const category = categories[index % categories.length]!;
		// Log-normal lengths: most articles a few hundred words, a few short answers and long guides.
		const length = Math.min(3000, Math.max(60, Math.round(Math.exp(Math.log(350) + 0.6 * normal()))));
		const body: string[] = [paragraph(subject, between(1, 3))];
		let words = countWords(body[0]!);
		while (words < length) {
			const heading =
				random() < 0.5
					? `${capitalize(subject.action)} ${pick(['your', 'a', 'the'])} ${subject.product}`
					: sentence(subject, between(2, 6)).slice(0, -1);
			const section: string[] = [`## ${heading}`, paragraph(subject, between(3, 6))];
			if (random() < 0.4) section.push(paragraph(subject, between(2, 4)));
			const roll = random();
			if (roll < 0.3) section.push(Array.from({ length: between(3, 6) }, () => `- ${sentence(subject, between(4, 12))}`).join('\n'));
			else if (roll < 0.45)
				section.push(
					`<Steps>\n${Array.from({ length: between(3, 6) }, (_, n) => `${n + 1}. ${sentence(subject, between(5, 14))}`).join('\n')}\n</Steps>`,
				);
			else if (roll < 0.6)
				section.push(
					`<Callout type="${pick(['info', 'warning', 'success'])}">\n${sentence(subject)} You have <Policy name="return-window" /> to return it.\n</Callout>`,
				);
			if (slugs.length > 0 && random() < 0.4)
				section.push(`Read more in [${sentence(subject, between(2, 4)).slice(0, -1)}](/articles/${pick(slugs.slice(-200))}/).`);
			body.push(...section);
			words += countWords(section.join(' '));
		}
		// As a shop would when the build reports two file names with one derived short-link id.
		let id = derivedShortId(slug);
		const explicitId = ids.has(id);
		for (let n = 2; ids.has(id); n++) id = derivedShortId(`${slug}-${n}`);
		ids.add(id);
		const related = slugs.length > 2 ? [...new Set([pick(slugs), pick(slugs)])] : [];
		const text = [
			'---',
			`title: "${title(subject)}"`,
			`description: "${sentence(subject, between(8, 20)).slice(0, 190)}"`,
			`stage: ${category.stage}`,
			`category: ${category.id}`,
			`keywords: [${subjectTerms(subject).join(', ')}]`,
			`related: [${related.join(', ')}]`,
			...(explicitId ? [`id: ${id}`] : []),
			`updated: 2026-${String(between(1, 11)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
			'---',
			'',
			body.join('\n\n'),
			'',
		].join('\n');
		files.set(`articles/en/${slug}.mdx`, text);
		slugs.push(slug);
		if (translatedEvery && index % translatedEvery === 0) toTranslate.push({ slug, id, text, subject });
	}

	const groups = Math.max(3, Math.round(count / 100));
	for (let group = 1; group <= groups; group++) {
		const category = categories[group % categories.length]!;
		const questions = Array.from({ length: between(5, 10) }, (_, n) => {
			const subject: Subject = {
				product: pick(DOMAIN.products),
				topic: pick(DOMAIN.topics),
				action: pick(DOMAIN.actions),
				thing: pick(DOMAIN.things),
			};
			const link = random() < 0.5 ? ` See [the details](/articles/${pick(slugs)}/).` : '';
			return `  - id: q-${group}-${n + 1}\n    question: "Can I ${subject.action} a ${subject.product} ${n + 1}?"\n    answer: "${sentence(subject)} ${sentence(subject)}${link}"`;
		});
		files.set(
			`faq/en/group-${group}.yaml`,
			`title: Questions about ${pick(DOMAIN.topics)} ${group}\nstage: ${category.stage}\ncategory: ${category.id}\nquestions:\n${questions.join('\n')}\n`,
		);
	}

	// Translated last, so the articles in the default language are the same as without translations.
	const languages = translatedEvery ? ['nl', 'de'] : [];
	for (const [index, category] of categories.entries())
		for (const language of languages)
			files.set(
				`categories/${language}/${category.id}.yaml`,
				`title: ${language} ${pick(DOMAIN.topics)} ${index + 1}\ndescription: ${language} ${pick(DOMAIN.topics)} en ${pick(DOMAIN.products)}.\n`,
			);
	for (const { slug, id, text, subject } of toTranslate)
		for (const language of languages) {
			const updated = /^updated: (\S+)$/m.exec(text)![1];
			files.set(
				`articles/${language}/${slug}.mdx`,
				[
					'---',
					`title: "${language}: ${/^title: "(.*)"$/m.exec(text)![1]}"`,
					`description: "${language}: ${sentence(subject, 12)}"`,
					`updated: ${updated}`,
					`id: ${id}`,
					`sourceUpdated: ${updated}`,
					'---',
					'',
					// New prose of the same shape: the original's paragraphs replaced, headings, lists and components kept.
					text.split('\n---\n')[1]!.replace(/^[A-Z][^\n<#]*$/gm, () => paragraph(subject, 3)),
				].join('\n'),
			);
		}
	return files;
}

const capitalize = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Words of Markdown prose, without its markup. */
export function countWords(markdown: string): number {
	return markdown
		.replace(/<[^>]+>|\]\([^)]*\)|^#+ |^- |^\d+\. /gm, ' ')
		.split(/\s+/)
		.filter((word) => /[a-z]/i.test(word)).length;
}
