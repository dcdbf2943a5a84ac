/**
 * `npm run cms`: the site in dev mode plus decap-server on 127.0.0.1, so writers edit at
 * http://localhost:4321/admin/ and see changes live. `npm run cms -- --git` uses the editorial workflow
 * (draft → in review → ready) with commits and branches in this repository; see docs/cms.md.
 * `--port N` serves the site on another port than 4321.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { LOCAL_BACKEND_PORT } from '../src/cms/backend.ts';
import { contentDir, projectRoot } from '../src/lib/content-dir.ts';
import { startDecapServer } from './lib/decap-server.ts';

const mode = process.argv.includes('--git') ? 'git' : 'fs';
const root = dirname(contentDir());
const port = Number(process.env.KB_CMS_LOCAL_PORT || LOCAL_BACKEND_PORT);
const portOption = process.argv.indexOf('--port');
const site = portOption === -1 ? 4321 : Number(process.argv[portOption + 1]);
const { process: decap, stop: stopDecap } = await startDecapServer({
	root,
	mode,
	port,
	allowedOrigins: [`http://localhost:${site}`, `http://127.0.0.1:${site}`],
});
decap.stdout!.pipe(process.stdout);
decap.stderr!.pipe(process.stderr);
console.log(`decap-server (${mode} mode) edits ${root} on http://127.0.0.1:${port}, for pages of http://localhost:${site} only`);

const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const dev = spawn(process.execPath, [astro, 'dev', '--port', String(site)], {
	cwd: projectRoot,
	env: { ...process.env, KB_CMS_LOCAL: mode, ASTRO_TELEMETRY_DISABLED: '1' },
	stdio: 'inherit',
});
console.log(`Edit at http://localhost:${site}/admin/`);

const stop = () => {
	void stopDecap();
	dev.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
decap.on('exit', () => dev.kill());
dev.on('exit', (code) => {
	void stopDecap();
	process.exitCode = code ?? 0;
});
