import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

/** The loopback address decap-server binds to: it has no authentication, so nothing else may reach it. */
export const LOOPBACK = '127.0.0.1';

/** Options for a local Decap backend. */
export interface DecapServerOptions {
	/** The folder the CMS paths are relative to (the parent of the content folder). */
	root: string;
	/** `fs` writes files in place; `git` commits, and supports the editorial workflow. */
	mode: 'fs' | 'git';
	/** The port the CMS in the browser talks to. */
	port: number;
	/** Origins of the pages allowed to use the backend, e.g. `http://localhost:4321`. */
	allowedOrigins: string[];
}

/** A running local backend. */
export interface DecapServer {
	/** The decap-server process (its output is on `stdout`/`stderr`). */
	process: ChildProcess;
	/** The port decap-server itself listens on, behind the guard. */
	internalPort: number;
	stop: () => Promise<void>;
}

/**
 * Starts the real `decap-server` bound to the loopback interface (`BIND_HOST`), behind a guard on `port`
 * that only lets the help center's own pages in: decap-server answers any origin (CORS `*`), so without
 * the guard every website a writer visits could read and change the repository through their browser.
 */
export async function startDecapServer({ root, mode, port, allowedOrigins }: DecapServerOptions): Promise<DecapServer> {
	// The guard takes its port first, so the free port picked for decap-server can never be the same one.
	let internalPort = 0;
	const guard = createGuard(() => internalPort, port, new Set(allowedOrigins));
	await new Promise<void>((resolve, reject) => {
		guard.once('error', reject);
		guard.listen(port, LOOPBACK, resolve);
	});
	internalPort = await freeLoopbackPort();
	const child = await startProcess(root, mode, internalPort).catch((error: unknown) => {
		guard.close();
		throw error;
	});
	return {
		process: child,
		internalPort,
		stop: async () => {
			await new Promise((resolve) => guard.close(resolve));
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill();
				await exited;
			}
		},
	};
}

/** Whether a request may reach decap-server: addressed to the loopback name, from an allowed page. */
export function isAllowedRequest(headers: { host?: string; origin?: string }, port: number, allowedOrigins: ReadonlySet<string>): boolean {
	// The Host check stops DNS rebinding (a hostile name that resolves to 127.0.0.1).
	if (headers.host !== `localhost:${port}` && headers.host !== `${LOOPBACK}:${port}`) return false;
	// Browsers send Origin with every cross-origin request; tools like curl send none.
	return headers.origin === undefined || allowedOrigins.has(headers.origin);
}

function createGuard(internalPort: () => number, port: number, allowedOrigins: ReadonlySet<string>): Server {
	return createServer((req, res) => {
		if (!isAllowedRequest(req.headers, port, allowedOrigins)) {
			res
				.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' })
				.end('Only the help center on this machine may use the local CMS backend.\n');
			return;
		}
		const upstream = forward(
			{
				host: LOOPBACK,
				port: internalPort(),
				method: req.method,
				path: req.url,
				headers: { ...req.headers, host: `${LOOPBACK}:${internalPort()}` },
			},
			(response) => {
				res.writeHead(response.statusCode ?? 502, response.headers);
				response.pipe(res);
			},
		);
		upstream.on('error', () => res.writeHead(502).end());
		req.pipe(upstream);
	});
}

function startProcess(root: string, mode: 'fs' | 'git', port: number): Promise<ChildProcess> {
	const bin = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
	const child = spawn(process.execPath, [bin], {
		// cwd is the content root so decap-server's dotenv never picks up the project's own .env.
		cwd: root,
		env: { ...process.env, PORT: String(port), BIND_HOST: LOOPBACK, MODE: mode, GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'info' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	return new Promise((resolve, reject) => {
		let output = '';
		const onData = (chunk: Buffer) => {
			output += chunk;
			if (/listening on/i.test(output)) {
				child.stdout!.off('data', onData);
				resolve(child);
			}
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
		child.once('exit', (code) => reject(new Error(`decap-server exited with ${code}:\n${output}`)));
	});
}

/** A port nothing listens on right now, on the loopback interface. */
export function freeLoopbackPort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, LOOPBACK, () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}
