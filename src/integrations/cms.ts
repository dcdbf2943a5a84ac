import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAVE_CHECK_PATH, type SaveCheckRequest } from '../cms/save-guard';

/** The public folder of Decap's bundle: served at /admin/decap/. */
export const DECAP_PUBLIC_PATH = '/admin/decap/';

/** Decap's prebuilt browser bundle, its lazily loaded chunks and WASM (source maps stay out). */
export async function decapBundleFiles(): Promise<{ dir: string; files: string[] }> {
	const dir = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
	const files = (await readdir(dir)).filter((name) => /^(?:[\w-]+\.)?decap-cms\.js$|\.wasm$/.test(name));
	return { dir, files };
}

/**
 * Serves Decap CMS from the npm package at /admin/decap/ (dev server) and copies it into the build,
 * so /admin/ never loads anything from a CDN.
 */
export function cms(): AstroIntegration {
	return {
		name: 'answerkit:cms',
		hooks: {
			'astro:server:setup': async ({ server }) => {
				const { dir, files } = await decapBundleFiles();
				const known = new Set(files);
				// Before the CMS saves or deletes: would the change break the build? (src/cms/save-check.ts)
				server.middlewares.use(SAVE_CHECK_PATH, (req, res, next) => {
					if (req.method !== 'POST') return next();
					let body = '';
					req.on('data', (chunk) => (body += chunk));
					req.on('end', async () => {
						try {
							const change = JSON.parse(body) as SaveCheckRequest;
							const { checkSave } = (await server.ssrLoadModule('/src/cms/save-check.ts')) as typeof import('../cms/save-check');
							res.setHeader('Content-Type', 'application/json');
							res.end(JSON.stringify({ problems: await checkSave(change) }));
						} catch (error) {
							res.statusCode = 500;
							res.end(JSON.stringify({ error: String(error) }));
						}
					});
				});
				server.middlewares.use((req, res, next) => {
					const path = req.url?.split('?')[0] ?? '';
					const name = path.startsWith(DECAP_PUBLIC_PATH) ? path.slice(DECAP_PUBLIC_PATH.length) : '';
					if (!known.has(name)) return next();
					res.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
					createReadStream(join(dir, name)).pipe(res);
				});
			},
			'astro:build:done': async ({ dir: outDir, logger }) => {
				const { dir, files } = await decapBundleFiles();
				const target = join(fileURLToPath(outDir), DECAP_PUBLIC_PATH);
				await mkdir(target, { recursive: true });
				await Promise.all(files.map((name) => copyFile(join(dir, name), join(target, name))));
				logger.info(`Decap CMS: ${files.length} files in ${DECAP_PUBLIC_PATH}`);
			},
		},
	};
}
