import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';

/** The loopback address decap-server binds to: it has no authentication, so nothing else may reach it. */
export const LOOPBACK = '127.0.0.1';

/** Options for a local Decap backend. */
export interface DecapServerOptions {
	/** The folder the CMS paths are relative to (the parent of the content folder). */
	root: string;
	/** `fs` writes files in place; `git` commits, and supports the editorial workflow. */
	mode: 'fs' | 'git';
	port: number;
}

/**
 * Starts the real `decap-server` bound to the loopback interface (`BIND_HOST`), resolving once it listens.
 */
export function startDecapServer({ root, mode, port }: DecapServerOptions): Promise<ChildProcess> {
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
