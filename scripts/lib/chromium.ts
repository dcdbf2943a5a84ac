/**
 * Chromium driven by playwright-core, and a static server for a built site on loopback.
 * Free of Vitest, so the benchmark and audit scripts use them too.
 */
import { chromium, type Browser } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import sirv from 'sirv';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Debian's Chromium, used when `CHROMIUM_PATH` is not set and the package is installed (the faster start). */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium every test and script drives: `CHROMIUM_PATH`, else Debian's, else the one the npm package
 * `@sparticuz/chromium` ships (unpacked to the temp folder on first use), so `npm install && npm test` works
 * on a machine without a system browser. No test or script ever downloads a browser.
 */
export async function chromiumExecutable({ env = process.env, debianPath = DEBIAN_CHROMIUM } = {}): Promise<string> {
	if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
	if (existsSync(debianPath)) return debianPath;
	const { default: packaged } = await import('@sparticuz/chromium');
	// Its GPU emulation (SwiftShader) is only needed for WebGL; skipping it saves unpacking 10 MB.
	packaged.setGraphicsMode = false;
	return packaged.executablePath();
}

/** Flags for a closed network: without the background-networking ones Chromium keeps calling Google's hosts. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Starts Chromium with Playwright; each launch gets a fresh temporary profile. `extraArgs` add flags. */
export async function launchChromium(executablePath?: string, extraArgs: readonly string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: executablePath ?? (await chromiumExecutable()),
		headless: true,
		args: [...CHROMIUM_ARGS, ...extraArgs],
	});
}

/** A built site served on 127.0.0.1 at a free port, with the site's 404 page for unknown paths. */
export interface StaticSite {
	origin: string;
	/** Every POST the site received (e.g. analytics beacons), with its body. */
	posts: { path: string; body: string }[];
	close: () => Promise<void>;
}

/** Rules of a `_headers` file: a path pattern (exact, or ending in `*`) and its headers. */
function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
	const rules: { pattern: string; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (line.startsWith('/')) rules.push({ pattern: line.trim(), headers: [] });
		else if (line.trim()) {
			const colon = line.indexOf(':');
			rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
		}
	}
	return rules;
}

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/**
 * Serves a built site gzip-compressed, as static hosts do; with `withHeaders`, answers with the headers its
 * `_headers` file sets, as a host that reads the file would (tests/e2e/security-headers.test.ts).
 */
export async function serveSite(dir: string, { withHeaders = false } = {}): Promise<StaticSite> {
	const rules = withHeaders ? parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8')) : [];
	const files = sirv(dir, {
		dev: false,
		etag: false,
		extensions: ['html'],
		setHeaders: (response, pathname) => {
			const path = pathname.replace(/index\.html$/, '');
			for (const rule of rules) if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
		},
	});
	const notFoundPage = await readFile(join(dir, '404.html'));
	const posts: StaticSite['posts'] = [];
	const compress = compression();
	const server: Server = createServer((request, response) =>
		compress(request as never, response as never, () => {
			if (request.method === 'POST') {
				let body = '';
				request.on('data', (chunk) => (body += chunk));
				request.on('end', () => {
					posts.push({ path: request.url ?? '', body });
					response.writeHead(204).end();
				});
				return;
			}
			files(request, response, () => {
				response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
				response.end(notFoundPage);
			});
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		posts,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
