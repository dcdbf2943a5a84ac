/**
 * `npm run cms`: the site in dev mode plus decap-server on 127.0.0.1, so writers edit at
 * http://localhost:4321/admin/ and see changes live. `npm run cms -- --git` uses the editorial workflow
 * (draft → in review → ready) with commits and branches in this repository; see README.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { LOCAL_BACKEND_PORT } from '../src/cms/backend.ts';
import { contentDir, projectRoot } from '../src/lib/content-dir.ts';
import { startDecapServer } from '../src/lib/decap-server.ts';

const mode = process.argv.includes('--git') ? 'git' : 'fs';
const root = dirname(contentDir());
const decap = await startDecapServer({ root, mode, port: LOCAL_BACKEND_PORT });
decap.stdout!.pipe(process.stdout);
decap.stderr!.pipe(process.stderr);
console.log(`decap-server (${mode} mode) edits ${root} on http://127.0.0.1:${LOCAL_BACKEND_PORT}, reachable from this machine only`);

const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const site = spawn(process.execPath, [astro, 'dev'], {
	cwd: projectRoot,
	env: { ...process.env, KB_CMS_LOCAL: mode, ASTRO_TELEMETRY_DISABLED: '1' },
	stdio: 'inherit',
});
console.log('Edit at http://localhost:4321/admin/');

const stop = () => {
	decap.kill();
	site.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
decap.on('exit', () => site.kill());
site.on('exit', (code) => {
	decap.kill();
	process.exitCode = code ?? 0;
});
