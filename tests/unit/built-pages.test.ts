import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtPages } from '../../src/integrations/built-pages';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function outputFolder(files: Record<string, string>): string {
	const folder = mkdtempSync(join(tmpdir(), 'answerkit-built-'));
	folders.push(folder);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(folder, path, '..'), { recursive: true });
		writeFileSync(join(folder, path), content);
	}
	return folder;
}

describe('built pages read once after the build for every integration', () => {
	it('hands every page to every integration once, however many ask, by its site path', async () => {
		const outDir = outputFolder({
			'index.html': '<h1>Home</h1>',
			'articles/start-a-return/index.html': '<h1>Start a return</h1>',
			'404.html': '<h1>Not found</h1>',
			'rss.xml': '<rss/>',
			'_astro/site.css': 'body{}',
		});
		const pages = builtPages();
		const seenByLinkCheck: string[] = [];
		const seenByHeaders = new Map<string, string>();
		pages.onPage((path) => seenByLinkCheck.push(path));
		pages.onPage((path, html) => seenByHeaders.set(path, html));

		// A redirect page the build wrote itself is handed over as written, not read again.
		writeFileSync(join(outDir, 'index.html'), '<h1>Changed on disk</h1>');
		pages.visit('/index.html', '<h1>Home</h1>');

		const [first, second] = await Promise.all([pages.read(outDir), pages.read(outDir)]);
		expect(second).toBe(first);
		expect(first.pages.sort()).toEqual(['/', '/404.html', '/articles/start-a-return/']);
		expect(first.otherFiles.sort()).toEqual(['/_astro/site.css', '/rss.xml']);
		expect(seenByLinkCheck.sort()).toEqual(['/', '/404.html', '/articles/start-a-return/']);
		expect(seenByHeaders.get('/articles/start-a-return/')).toBe('<h1>Start a return</h1>');
		expect(seenByHeaders.get('/')).toBe('<h1>Home</h1>');
	});
});
