/** `npm run cms`: the dev site plus a guarded decap-server, as writers start it. */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireAstroLock, astroEnv, cleanUp, freePort, projectRoot, releaseAstroLock } from '../helpers/build';

const listening = (port: number) =>
	new Promise<boolean>((resolve) => {
		const socket = connect({ host: '127.0.0.1', port });
		socket.once('connect', () => resolve(socket.destroy() && true));
		socket.once('error', () => resolve(false));
	});

describe('npm run cms', () => {
	it('serves /admin/ wired to a local decap-server on the content folder, and stops both together', async () => {
		const root = mkdtempSync(join(tmpdir(), 'answerkit-cms-command-'));
		cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
		await acquireAstroLock();
		const [sitePort, cmsPort] = [await freePort(), await freePort()];
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
			for (let attempt = 0; attempt < 120 && !admin.includes('kb-cms-data'); attempt++) {
				await new Promise((resolve) => setTimeout(resolve, 500));
				admin = await fetch(`${site}/admin/`).then((response) => response.text()).catch(() => '');
			}
			expect(admin, output).toContain(`"proxy_url":"http://localhost:${cmsPort}/api/v1"`);
			const bundle = await fetch(`${site}/admin/decap/decap-cms.js`);
			expect(bundle.headers.get('content-type')).toMatch(/javascript/);

			const api = (body: object) =>
				fetch(`http://localhost:${cmsPort}/api/v1`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json', Origin: `http://localhost:${sitePort}` },
					body: JSON.stringify(body),
				}).then((response) => response.json());
			expect(await api({ action: 'info' })).toMatchObject({ type: 'local_fs' });
			const entries = (await api({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/articles', extension: 'mdx', depth: 1 } })) as { file: { path: string } }[];
			expect(entries.map((entry) => entry.file.path)).toContain('content/articles/start-a-return.mdx');
		} finally {
			child.kill('SIGTERM');
			await exited;
			releaseAstroLock();
			cleanUp(root);
		}
		expect(await listening(sitePort)).toBe(false);
		expect(await listening(cmsPort)).toBe(false);
	});
});
