import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pageMeta, prepareForIndex } from '../lib/search/index-page';
import { buildVocabularyShards } from '../lib/search/vocabulary';

/** Where the typo-correction vocabulary shards are written, relative to the output folder. */
export const VOCABULARY_DIR = 'search/vocabulary';

/**
 * Builds the Pagefind index of the finished site (articles and FAQ pages only: their
 * `data-pagefind-body`), a keywords record per page, and the vocabulary shards for typo correction.
 */
export function searchIndex(options: { locale: string }): AstroIntegration {
	return {
		name: 'answerkit:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const stats = await writeSearchIndex(outDir, options.locale);
				logger.info(`indexed ${stats.pages} pages and ${stats.keywordRecords} keyword sets in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}

/** Indexes the HTML pages of `outDir` into `outDir/pagefind/` and writes the vocabulary shards. */
export async function writeSearchIndex(outDir: string, locale: string): Promise<{ pages: number; keywordRecords: number }> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: locale.split('-')[0] });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));
	const texts: string[] = [];
	let pages = 0;
	let keywordRecords = 0;
	for (const file of files) {
		const page = prepareForIndex(await readFile(file, 'utf8'));
		if (!page) continue;
		const url = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
		const added = await index.addHTMLFile({ url, content: page.html });
		if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
		pages++;
		texts.push(page.text);
		if (page.keywords.length > 0) {
			const meta = Object.fromEntries(
				['title', 'description', 'stage', 'category'].map((name) => [name, pageMeta(page.html, 'meta', name) ?? added.file.meta[name] ?? '']),
			);
			const filters = Object.fromEntries(['stage', 'category'].map((name) => [name, [pageMeta(page.html, 'filter', name)].filter((v): v is string => !!v)]));
			// Its own URL: Pagefind keeps one record per URL, so sharing the page's would replace the page.
			await index.addCustomRecord({ url: `${url}?keywords`, content: page.keywords.join('. '), language: locale.split('-')[0], meta: { ...meta, kind: 'keywords' }, filters });
			keywordRecords++;
		}
	}
	const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
	if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	await pagefind.close();

	const vocabularyDir = join(outDir, VOCABULARY_DIR);
	await mkdir(vocabularyDir, { recursive: true });
	for (const [key, shard] of Object.entries(buildVocabularyShards(texts))) {
		await writeFile(join(vocabularyDir, `${key}.json`), JSON.stringify(shard));
	}
	return { pages, keywordRecords };
}
