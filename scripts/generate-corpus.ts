/**
 * `npm run corpus -- --articles 10000 --out /absolute/folder`: writes a synthetic help center of any size
 * into a content folder, for benchmarks (see scripts/lib/corpus.ts for how its text is made). Deterministic
 * (`--seed`). Settings, snippets and synonyms come from the sample content, so policies and search behave as
 * on the real site. `--translated 0.34` adds Dutch and German translations of that share of the articles
 * (every third for 0.34) and of every category.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000' },
		out: { type: 'string' },
		seed: { type: 'string', default: '42' },
		translated: { type: 'string', default: '0' },
	},
});
if (!values.out) throw new Error('Usage: npm run corpus -- --articles 10000 --out /absolute/folder');
const out = values.out;
const translated = Number(values.translated);
const sample = fileURLToPath(new URL('../content/', import.meta.url));
const files = generateCorpus({ articles: Number(values.articles), seed: Number(values.seed), translated });

rmSync(out, { recursive: true, force: true });
for (const [path, text] of files) {
	mkdirSync(dirname(join(out, path)), { recursive: true });
	writeFileSync(join(out, path), text);
}
cpSync(join(sample, 'search/synonyms.yaml'), join(out, 'search/synonyms.yaml'));
// The sample's featured articles don't exist here; feature none. One language: the sample's translations aren't copied.
mkdirSync(join(out, 'settings'), { recursive: true });
writeFileSync(
	join(out, 'settings/site.yaml'),
	readFileSync(join(sample, 'settings/site.yaml'), 'utf8')
		.replace(/featured:\n(  - .*\n)+/, 'featured: []\n')
		.replace(/languages:\n(  .*\n)+/, translated > 0 ? 'languages:\n  de: Deutsch\n  en: English\n  nl: Nederlands\n' : ''),
);
for (const language of ['en', ...(translated > 0 ? ['nl', 'de'] : [])])
	cpSync(join(sample, 'snippets', language), join(out, 'snippets', language), { recursive: true });
const count = (folder: string) => [...files.keys()].filter((path) => path.startsWith(folder)).length;
console.log(`Wrote ${count('articles/en/')} articles, ${count('categories/en/')} categories and ${count('faq/en/')} FAQ groups to ${out}`);
