/** `npm run cms`: the dev site plus a guarded decap-server, as writers start it. */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceptsConnections, acquireDevServerLock, astroEnv, cleanUp, freePort, projectRoot, releaseDevServerLock } from '../helpers/build';

describe('npm run cms', () => {
	// The dev server compiles /admin/ on the first request: slow while other test files keep both cores busy.
	it(
		'serves /admin/ wired to a local decap-server on the content folder, and short links, and stops both together',
		{ timeout: 300_000 },
		async () => {
			const root = mkdtempSync(join(tmpdir(), 'answerkit-cms-command-'));
			cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
			await acquireDevServerLock();
			const sitePort = await freePort();
			let cmsPort = await freePort();
			while (cmsPort === sitePort) cmsPort = await freePort();
			const child = spawn(process.execPath, ['scripts/cms.ts', '--port', String(sitePort)], {
				cwd: projectRoot,
				env: { ...astroEnv(join(root, 'content')), KB_CMS_LOCAL_PORT: String(cmsPort) },
			});
			let output = '';
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
			const exited = new Promise((resolve) => child.once('exit', resolve));
			try {
				const site = `http://127.0.0.1:${sitePort}`;
				let admin = '';
				for (let attempt = 0; attempt < 480 && !admin.includes('kb-cms-data') && child.exitCode === null; attempt++) {
					await new Promise((resolve) => setTimeout(resolve, 500));
					admin = await fetch(`${site}/admin/`)
						.then((response) => response.text())
						.catch(() => '');
				}
				expect(admin, output).toContain(`"proxy_url":"http://localhost:${cmsPort}/api/v1"`);
				const bundle = await fetch(`${site}/admin/decap/decap-cms.js`);
				expect(bundle.headers.get('content-type')).toMatch(/javascript/);
				// Short links work on the dev site too, so writers can try the link the CMS shows them.
				const shortLink = await fetch(`${site}/a/qytarm/`, { redirect: 'manual' });
				expect(shortLink.status).toBe(302);
				expect(shortLink.headers.get('location')).toBe('/articles/start-a-return/');

				// The knowledge base is computed once per content change: a saved edit shows on the next page view.
				const articlePage = () => fetch(`${site}/articles/start-a-return/`).then((response) => response.text());
				expect(await articlePage()).toContain('<h1>How do I return an item?</h1>');
				const file = join(root, 'content/articles/en/start-a-return.mdx');
				writeFileSync(file, readFileSync(file, 'utf8').replace('title: How do I return an item?', 'title: How do I send an item back?'));
				await expect.poll(articlePage, { timeout: 30_000, interval: 500 }).toContain('<h1>How do I send an item back?</h1>');

				const api = (body: object) =>
					fetch(`http://localhost:${cmsPort}/api/v1`, {
						method: 'POST',
						headers: { 'Content-Type': 'application/json', Origin: `http://localhost:${sitePort}` },
						body: JSON.stringify(body),
					}).then((response) => response.json());
				expect(await api({ action: 'info' })).toMatchObject({ type: 'local_fs' });
				const entries = (await api({
					action: 'entriesByFolder',
					params: { branch: 'main', folder: 'content/articles/en', extension: 'mdx', depth: 1 },
				})) as { file: { path: string } }[];
				expect(entries.map((entry) => entry.file.path)).toContain('content/articles/en/start-a-return.mdx');
			} finally {
				child.kill('SIGTERM');
				await exited;
				releaseDevServerLock();
				cleanUp(root);
			}
			expect(await acceptsConnections('127.0.0.1', sitePort)).toBe(false);
			expect(await acceptsConnections('127.0.0.1', cmsPort)).toBe(false);
		},
	);
});
