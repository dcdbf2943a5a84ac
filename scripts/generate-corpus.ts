/**
 * Writes a synthetic help center of any size into a content folder, for benchmarks:
 *   node scripts/generate-corpus.ts --articles 10000 --out /tmp/kb-10k
 * Deterministic (seeded), with realistic shape: 400–900-word articles with 3–6 sections, lists,
 * callouts and steps, categories across the three stages, and FAQ groups. Settings and synonyms
 * come from the sample content so policies and search behave as on the real site.
 * `--translated 0.34` adds Dutch and German translations of that share of the articles (every third for
 * 0.34) and of every category, for the translation budgets of `npm run bench`.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { derivedShortId } from '../src/lib/short-id.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000' },
		out: { type: 'string' },
		seed: { type: 'string', default: '42' },
		translated: { type: 'string', default: '0' },
	},
});
if (!values.out) throw new Error('Usage: node scripts/generate-corpus.ts --articles 10000 --out /absolute/folder');
const count = Number(values.articles);
const out = values.out;
const sample = fileURLToPath(new URL('../content/', import.meta.url));
/** Every how-many-th article has a translation into each other language (0: none, one language only). */
const translatedEvery = Number(values.translated) > 0 ? Math.round(1 / Number(values.translated)) : 0;
const otherLanguages = translatedEvery ? ['nl', 'de'] : [];

/** mulberry32: small, fast, seedable. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = random(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

const stages = ['before-purchase', 'during-purchase', 'after-purchase'] as const;
const products = [
	'tent',
	'sleeping bag',
	'rain jacket',
	'hiking boot',
	'backpack',
	'headlamp',
	'GPS watch',
	'power bank',
	'stove',
	'trekking pole',
	'fleece',
	'water filter',
	'camping chair',
	'base layer',
	'gaiter',
	'compass',
	'sleeping mat',
	'dry bag',
	'cooking set',
	'beanie',
];
const topics = [
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
];
const verbs = [
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
];
const nouns = [
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
];
const fillers = [
	'usually',
	'within a few days',
	'in most cases',
	'for all orders',
	'once we receive it',
	'before it ships',
	'after checkout',
	'on the product page',
	'in your account',
	'by email',
	'at no extra cost',
	'from any of our stores',
	'with the original packaging',
	'during opening hours',
	'for orders in the EU',
];

function sentence(): string {
	const parts = [
		`You can ${pick(verbs)} your ${pick(products)} ${pick(fillers)}`,
		`Most ${pick(topics)} questions about a ${pick(products)} are answered ${pick(fillers)}`,
		`If your ${pick(nouns)} does not arrive, we ${pick(verbs)} it ${pick(fillers)}`,
		`Our team checks every ${pick(nouns)} ${pick(fillers)}`,
		`Keep your ${pick(nouns)} ready when you ${pick(verbs)} a ${pick(products)}`,
		`We send an email about your ${pick(nouns)} ${pick(fillers)}`,
	];
	const text = pick(parts);
	return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
const paragraph = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');

function article(index: number, category: { id: string; stage: string }, slugs: string[]): { slug: string; text: string } {
	const product = pick(products);
	const verb = pick(verbs);
	const slug = `${verb}-${product}-${index}`.toLowerCase().replace(/ /g, '-');
	const title = `How do I ${verb} my ${product}? (${index})`;
	const sections = between(3, 6);
	const body: string[] = [paragraph(between(3, 5))];
	let words = 0;
	for (let section = 0; section < sections; section++) {
		body.push(`## ${pick(['About', 'Before you', 'When you', 'After you', 'If you'])} ${pick(verbs)} ${pick(nouns)} ${section + 1}`);
		body.push(paragraph(between(4, 7)));
		if (rand() < 0.5) body.push(Array.from({ length: between(3, 5) }, () => `- ${sentence()}`).join('\n'));
		if (rand() < 0.25)
			body.push(
				`<Callout type="${pick(['info', 'warning', 'success'])}">\n${sentence()} You have <Policy name="return-window" /> to return it.\n</Callout>`,
			);
		if (rand() < 0.25)
			body.push(`<Steps>\n${Array.from({ length: between(3, 5) }, (_, n) => `${n + 1}. ${sentence()}`).join('\n')}\n</Steps>`);
		words = body.join(' ').split(/\s+/).length;
		if (words > 900) break;
	}
	while (words < 400) {
		body.push(paragraph(5));
		words = body.join(' ').split(/\s+/).length;
	}
	const related = slugs.length > 2 ? [pick(slugs), pick(slugs)].filter((s, i, all) => all.indexOf(s) === i) : [];
	const description = `${sentence()}`.slice(0, 190);
	const text = [
		'---',
		`title: "${title}"`,
		`description: "${description.length >= 20 ? description : `${description} Read on for the details.`}"`,
		`stage: ${category.stage}`,
		`category: ${category.id}`,
		`keywords: [${pick(topics)}, ${pick(nouns)}, ${product}]`,
		`related: [${related.join(', ')}]`,
		`updated: 2026-${String(between(1, 11)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
		'---',
		'',
		body.join('\n\n'),
		'',
	].join('\n');
	return { slug, text };
}

/**
 * A translation of a generated article: its own title, description and body (new sentences, as long as the
 * original's), linked by the id the original's file name gives it.
 */
function translation(slug: string, original: string, language: string): string {
	const updated = /^updated: (\S+)$/m.exec(original)![1];
	const body = original.split('\n---\n')[1]!;
	return [
		'---',
		`title: "${language}: ${/^title: "(.*)"$/m.exec(original)![1]}"`,
		`description: "${language}: ${sentence()}"`,
		`updated: ${updated}`,
		`id: ${derivedShortId(slug)}`,
		`sourceUpdated: ${updated}`,
		'---',
		'',
		body.replace(/^[A-Z][^\n<#]*$/gm, () => paragraph(4)),
	].join('\n');
}

rmSync(out, { recursive: true, force: true });
for (const folder of ['articles/en', 'categories/en', 'faq/en', 'snippets', 'settings', 'search'])
	mkdirSync(join(out, folder), { recursive: true });
cpSync(join(sample, 'search/synonyms.yaml'), join(out, 'search/synonyms.yaml'));
cpSync(join(sample, 'snippets/en'), join(out, 'snippets/en'), { recursive: true });
// The sample's featured articles don't exist here; feature none. One language: the sample's translations aren't copied.
writeFileSync(
	join(out, 'settings/site.yaml'),
	readFileSync(join(sample, 'settings/site.yaml'), 'utf8')
		.replace(/featured:\n(  - .*\n)+/, 'featured: []\n')
		.replace(/languages:\n(  .*\n)+/, translatedEvery ? 'languages:\n  de: Deutsch\n  en: English\n  nl: Nederlands\n' : ''),
);
// The sample's snippet translations (the same snippets), and a folder per language for the rest.
for (const language of otherLanguages) {
	cpSync(join(sample, 'snippets', language), join(out, 'snippets', language), { recursive: true });
	for (const folder of ['articles', 'categories']) mkdirSync(join(out, folder, language), { recursive: true });
}

const categoryCount = Math.max(9, Math.round(count / 60));
const categories = Array.from({ length: categoryCount }, (_, index) => ({ id: `topic-${index + 1}`, stage: stages[index % 3] }));
for (const [index, category] of categories.entries()) {
	writeFileSync(
		join(out, 'categories/en', `${category.id}.yaml`),
		`title: ${pick(topics)} and ${pick(products)}s ${index + 1}\ndescription: Everything about ${pick(topics)} for your ${pick(products)}.\nstage: ${category.stage}\norder: ${index}\n`,
	);
}
const slugs: string[] = [];
// Translated last, so the articles in the default language are the same as without translations.
const toTranslate: { slug: string; text: string }[] = [];
for (let index = 1; index <= count; index++) {
	const { slug, text } = article(index, categories[index % categories.length], slugs.slice(-50));
	slugs.push(slug);
	writeFileSync(join(out, 'articles/en', `${slug}.mdx`), text);
	if (translatedEvery && index % translatedEvery === 0) toTranslate.push({ slug, text });
}
const groups = Math.max(3, Math.round(count / 100));
for (let group = 1; group <= groups; group++) {
	const category = categories[group % categories.length];
	const questions = Array.from(
		{ length: between(5, 10) },
		(_, n) =>
			`  - id: q-${group}-${n + 1}\n    question: "Can I ${pick(verbs)} a ${pick(products)} ${n + 1}?"\n    answer: "${sentence()} ${sentence()}"`,
	);
	writeFileSync(
		join(out, 'faq/en', `group-${group}.yaml`),
		`title: Questions about ${pick(topics)} ${group}\nstage: ${category.stage}\ncategory: ${category.id}\nquestions:\n${questions.join('\n')}\n`,
	);
}
for (const [index, category] of categories.entries())
	for (const language of otherLanguages)
		writeFileSync(
			join(out, 'categories', language, `${category.id}.yaml`),
			`title: ${language} ${pick(topics)} ${index + 1}\ndescription: ${language} ${pick(topics)} en ${pick(products)}.\n`,
		);
for (const { slug, text } of toTranslate)
	for (const language of otherLanguages) writeFileSync(join(out, 'articles', language, `${slug}.mdx`), translation(slug, text, language));
console.log(`Wrote ${count} articles, ${categories.length} categories and ${groups} FAQ groups to ${out}`);
