/**
 * What a writer waits for in `npm run dev` (and `npm run cms`) on a content folder: the first page, an
 * article page once the knowledge base is loaded, an edit showing on its page, and the dev search index.
 * Used by `npm run bench` for its dev-server lines.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freeLoopbackPort } from './decap-server.ts';

/** The dev server's figures, in milliseconds unless named otherwise. */
export interface DevServerFigures {
	/** The first article page after start (loads and checks the whole knowledge base). */
	firstPage: number;
	/** Article pages not requested before, once the knowledge base is loaded: median and slowest. */
	warm: { median: number; max: number };
	/** From saving an edit to an article to the first response of its page that shows it. */
	editShown: number;
	/** The dev search index: built at start, and again after the edit (seconds, from its own log). */
	indexSeconds: { start: number; afterEdit: number; renderedAgain: number };
}

/** How many different article pages the warm figure is taken over. */
const WARM_PAGES = 20;

/** Starts `astro dev` (the project's own) on `contentDir`, measures it, and stops it. */
export async function measureDevServer(root: string, contentDir: string): Promise<DevServerFigures> {
	const port = await freeLoopbackPort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
		{
			cwd: root,
			env: { ...process.env, KB_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		},
	);
	let log = '';
	child.stdout.on('data', (chunk) => (log += chunk));
	child.stderr.on('data', (chunk) => (log += chunk));
	const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`))));
	const waitFor = (pattern: RegExp, from: number, minutes: number) =>
		Promise.race([
			exited,
			(async () => {
				const deadline = Date.now() + minutes * 60_000;
				for (;;) {
					const match = pattern.exec(log.slice(from));
					if (match) return match;
					if (Date.now() > deadline) throw new Error(`astro dev did not log ${pattern} within ${minutes} min:\n${log.slice(-2000)}`);
					await sleep(100);
				}
			})(),
		]);
	const timed = async (path: string) => {
		const started = performance.now();
		const response = await fetch(`${origin}${path}`);
		const html = await response.text();
		if (!response.ok) throw new Error(`astro dev answered ${path} with ${response.status}:\n${html.slice(0, 2000)}`);
		return { html, ms: performance.now() - started };
	};
	try {
		await waitFor(new RegExp(`127\\.0\\.0\\.1:${port}`), 0, 2);
		const folder = join(contentDir, 'articles', 'en');
		const slugs = readdirSync(folder)
			.filter((name) => name.endsWith('.mdx'))
			.map((name) => name.slice(0, -'.mdx'.length));
		const firstPage = (await timed(`/articles/${slugs[0]}/`)).ms;
		// The dev search index renders every searchable page once at start: measure the pages after it, as a writer would see them.
		const indexLine = /search index: \d+ pages in ([\d.]+) s, (\d+) of them rendered again/;
		const start = Number((await waitFor(indexLine, 0, 15))[1]);
		const warm: number[] = [];
		for (const slug of slugs.slice(1, 1 + WARM_PAGES)) warm.push((await timed(`/articles/${slug}/`)).ms);
		warm.sort((a, b) => a - b);

		const file = join(folder, `${slugs[1]}.mdx`);
		const original = readFileSync(file, 'utf8');
		const marker = `Benchmarkedit${Date.now()}`;
		const logBefore = log.length;
		try {
			const saved = performance.now();
			writeFileSync(file, `${original.trimEnd()}\n\n${marker} shows after the edit.\n`);
			let editShown = NaN;
			while (Number.isNaN(editShown)) {
				if (performance.now() - saved > 60_000) throw new Error('the edit did not show within 60 s');
				if ((await timed(`/articles/${slugs[1]}/`)).html.includes(marker)) editShown = performance.now() - saved;
				else await sleep(50);
			}
			// The first index line after the edit may be of a rebuild already under way (nothing rendered again).
			const [, afterEdit, renderedAgain] = await waitFor(
				/search index: \d+ pages in ([\d.]+) s, ([1-9]\d*) of them rendered again/,
				logBefore,
				5,
			);
			return {
				firstPage,
				warm: { median: warm[Math.floor(warm.length / 2)]!, max: warm.at(-1)! },
				editShown,
				indexSeconds: { start, afterEdit: Number(afterEdit), renderedAgain: Number(renderedAgain) },
			};
		} finally {
			writeFileSync(file, original);
		}
	} finally {
		// Astro allows one dev server per project: the next size's must not find this one still running.
		const stopped = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await stopped;
	}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
