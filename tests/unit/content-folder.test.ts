import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { contentFolder } from '../../src/loaders/content-folder';
import { articleTranslationSchema } from '../../src/schemas';

describe('content folder', () => {
	it('uses KB_CONTENT_DIR when set and insists on an absolute path', () => {
		expect(contentDir({ KB_CONTENT_DIR: '/srv/kb' })).toBe('/srv/kb');
		expect(() => contentDir({ KB_CONTENT_DIR: 'kb' })).toThrow(/absolute/);
		expect(contentDir({})).toMatch(/content$/);
	});
});

describe('content folder loader', () => {
	/** Loads one folder of `files` with the loader, as Astro would (no watcher: a build). */
	async function load(folder: string, files: Record<string, string>, languages?: string[]) {
		const root = mkdtempSync(join(tmpdir(), 'answerkit-loader-'));
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(join(root, folder, file, '..'), { recursive: true });
			writeFileSync(join(root, folder, file), text);
		}
		const store = new Map<string, { id: string; data: unknown; digest?: string }>();
		const context = {
			store: {
				get: (id: string) => store.get(id),
				set: (entry: { id: string; data: unknown }) => store.set(entry.id, entry),
				keys: () => store.keys(),
				delete: (id: string) => store.delete(id),
			},
			generateDigest: (text: string) => String(text.length),
			parseData: async ({ data }: { data: unknown }) => data,
			config: { root: pathToFileURL(`${root}/`) },
		};
		try {
			await contentFolder(root, folder, '.mdx', articleTranslationSchema, { languages }).load(context as unknown as LoaderContext);
			return { entries: [...store.keys()], error: '' };
		} catch (error) {
			return { entries: [], error: (error as Error).message };
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}
	const translation = (extra = '') =>
		`---\ntitle: Hoe stuur ik iets terug?\ndescription: Meld je retour aan en stuur het pakket terug.\nupdated: 2026-10-02\n${extra}id: qytarm\nsourceUpdated: 2026-10-01\n---\nTekst.\n`;

	it("reads each language's folder as entries <language>/<file name>", async () => {
		const { entries, error } = await load('articles', { 'nl/start-a-return.mdx': translation(), 'de/start-a-return.mdx': translation() }, [
			'nl',
			'de',
		]);
		expect(error).toBe('');
		expect(entries.sort()).toEqual(['de/start-a-return', 'nl/start-a-return']);
	});

	it('refuses a field a translation takes from its source, at its line, saying which fields it has', async () => {
		const { error } = await load('articles', { 'nl/start-a-return.mdx': translation('stage: after-purchase\n') }, ['nl']);
		expect(error).toContain(
			'/articles/nl/start-a-return.mdx:5: stage: is not a field of a translation, which has only title, description, keywords, updated, reviewed, owner, draft, id, sourceUpdated: the rest comes from the article it translates. Remove it here.',
		);
	});
});
