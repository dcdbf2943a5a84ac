/** `npm run cms`: the dev site plus a guarded decap-server, as writers start it. */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/lib/chromium.ts';
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

				// Content broken by hand (a FAQ question id used twice, frontmatter that is no YAML): /admin/ still opens,
				// and lists the problems in the build's words, in the page and after each save.
				const duplicate = join(root, 'content/faq/en/more-returns.yaml');
				writeFileSync(
					duplicate,
					'title: More about returns\nstage: after-purchase\ncategory: returns-and-refunds\nquestions:\n' +
						'  - id: return-window-start-date\n    question: When does my return period start?\n    answer: On delivery.\n',
				);
				const problems = () =>
					fetch(`${site}/admin/problems.json`)
						.then((response) => response.json())
						.then((body: { problems: string[] }) => body.problems.join('\n'));
				await expect
					.poll(problems, { timeout: 30_000, interval: 500 })
					.toMatch(/return-window-start-date" is already used in faq\/en\/more-returns\.yaml/);
				const broken = join(root, 'content/articles/en/track-your-order.mdx');
				const tracked = readFileSync(broken, 'utf8');
				writeFileSync(broken, tracked.replace(/^title: .*$/m, 'title: [Where is my order'));
				await expect
					.poll(problems, { timeout: 30_000, interval: 500 })
					.toMatch(/articles\/en\/track-your-order\.mdx:\d+: .*not valid YAML/);
				const adminPage = await fetch(`${site}/admin/`);
				expect(adminPage.status).toBe(200);
				const adminHtml = await adminPage.text();
				expect(adminHtml).toContain('kb-cms-data');
				expect(adminHtml).toMatch(/return-window-start-date\\" is already used in faq\/en\/more-returns\.yaml/);
				const browser = await launchChromium();
				try {
					const page = await browser.newPage();
					await page.goto(`${site}/admin/`);
					const banner = page.getByRole('alert').filter({ hasText: 'can’t be published' });
					await banner.waitFor({ timeout: 60_000 });
					expect(await banner.textContent()).toMatch(/return-window-start-date" is already used in faq\/en\/more-returns\.yaml/);
					expect(await banner.textContent()).toMatch(/track-your-order\.mdx:\d+: .*not valid YAML/);
					expect(await page.locator('vite-error-overlay').count()).toBe(0);
					// Fixed by hand again: the list empties.
					writeFileSync(broken, tracked);
					rmSync(duplicate);
					await expect.poll(problems, { timeout: 30_000, interval: 500 }).toBe('');
				} finally {
					await browser.close();
				}

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
