/** Runs real Astro builds of a content folder, the way `npm run build` does, for build and browser tests. */
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { freeLoopbackPort } from '../../scripts/lib/decap-server.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixturesDir = join(projectRoot, 'tests/fixtures');

/** The files of a folder of the sample content with a folder per language, as `<language>/<file>`: `articles` → `en/start-a-return.mdx`. */
export function sampleFiles(folder: string): string[] {
	const root = join(projectRoot, 'content', folder);
	return readdirSync(root).flatMap((language) => readdirSync(join(root, language)).map((file) => `${language}/${file}`));
}
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** What a build printed and whether it succeeded. */
export interface BuildResult {
	ok: boolean;
	/** stdout and stderr together, without colour codes. */
	output: string;
	outDir: string;
}

/**
 * Builds `contentDir` (absolute) into a fresh folder under `.test-builds/`. The output must stay inside
 * the project: Astro puts its prerender chunks beside an outDir within the project, but in one shared
 * `dist/` folder for any other. Builds of different test files run side by side: each has its own outDir and
 * (per content folder) cache, and what they share in `.astro/` is the same for every content folder, which
 * Astro leaves alone when unchanged.
 */
export async function buildSite(contentDir: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
	mkdirSync(join(projectRoot, '.test-builds'), { recursive: true });
	return runBuild(contentDir, extraEnv);
}

/** Where the dev-server lock lives; the global setup removes one a killed run left behind. */
export const DEV_SERVER_LOCK = join(projectRoot, '.test-builds', 'dev-server.lock');

/**
 * Waits until no other test file runs `astro dev` in this project, then claims it: Astro refuses a second
 * dev server in one project (`.astro/dev.json`).
 */
export async function acquireDevServerLock() {
	mkdirSync(join(projectRoot, '.test-builds'), { recursive: true });
	for (;;) {
		try {
			mkdirSync(DEV_SERVER_LOCK);
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			await sleep(250);
		}
	}
}

/** Lets the next test file's dev server start. */
export function releaseDevServerLock() {
	rmSync(DEV_SERVER_LOCK, { recursive: true, force: true });
}

function runBuild(contentDir: string, extraEnv: NodeJS.ProcessEnv): Promise<BuildResult> {
	const outDir = mkdtempSync(join(projectRoot, '.test-builds', 'dist-'));
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astroBin, 'build', '--outDir', outDir], {
			cwd: projectRoot,
			env: { ...astroEnv(contentDir), ...extraEnv },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ ok: code === 0, output: output.replace(/\x1b\[[0-9;]*m/g, ''), outDir }));
	});
}

/** Copies a fixture content folder to a temporary folder, so a test can break it without touching the original. */
export function copyFixture(name: string): string {
	const copy = mkdtempSync(join(tmpdir(), `answerkit-${name}-`));
	cpSync(join(fixturesDir, name), copy, { recursive: true });
	return copy;
}

/** A copy of the small fixture, changed by `change` (files edited, renamed, removed) and built. */
export async function buildChangedFixture(change: (dir: string) => void, env: NodeJS.ProcessEnv = {}) {
	const dir = copyFixture('small-kb');
	change(dir);
	return { ...(await buildSite(dir, env)), dir };
}

/** Rewrites a text file through `change`. */
export function editFile(file: string, change: (text: string) => string) {
	writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** Removes temporary folders a test created. */
export function cleanUp(...folders: string[]) {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}

/**
 * The environment Astro runs in for tests, as a writer's shell would have it: without Vitest's variables
 * (Astro's dev server serves no pages when it sees VITEST) and without the MODE/DEV/PROD/NODE_ENV values
 * Vitest exports for itself, plus the content folder.
 */
export function astroEnv(contentDir: string): NodeJS.ProcessEnv {
	const vitestOwn = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|FORCE_TTY)$/;
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestOwn.test(name)));
	return { ...env, KB_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** `astro dev` for a content folder on a free loopback port, as writers run it. */
export async function startDevServer(contentDir: string): Promise<{ origin: string; output: () => string; stop: () => Promise<void> }> {
	await acquireDevServerLock();
	const port = await freeLoopbackPort();
	const child = spawn(process.execPath, [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: projectRoot,
		env: astroEnv(contentDir),
	});
	let output = '';
	const started = new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
		const onData = (chunk: Buffer) => {
			output += chunk;
			if (output.includes(`127.0.0.1:${port}`)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
	});
	await started.catch((error) => {
		child.kill();
		releaseDevServerLock();
		throw error;
	});
	// The address is printed before routes are ready; wait until the home page renders.
	const origin = `http://127.0.0.1:${port}`;
	for (let attempt = 0; attempt < 60; attempt++) {
		const response = await fetch(origin).catch(() => undefined);
		if (response?.ok) break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return {
		origin,
		output: () => output,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', () => {
					releaseDevServerLock();
					resolve();
				});
				child.kill('SIGTERM');
			}),
	};
}

export { freeLoopbackPort as freePort } from '../../scripts/lib/decap-server.ts';

/** Whether something accepts TCP connections at `host:port` (answers within 2 s). */
export function acceptsConnections(host: string, port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect({ host, port, timeout: 2000 });
		socket.once('connect', () => resolve(socket.destroy() && true));
		socket.once('error', () => resolve(false));
		socket.once('timeout', () => resolve(socket.destroy() && false));
	});
}
