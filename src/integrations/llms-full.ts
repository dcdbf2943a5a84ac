import type { AstroIntegration } from 'astro';
import { createWriteStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finished } from 'node:stream/promises';
import { llmsFullParts } from '../lib/llms-full';

/**
 * Writes `llms-full.txt` beside each language's `llms.txt` after the build, from the Markdown twins already
 * written (rendering them again for it cost a 10,000-article build 20 s); `astro dev` assembles it on request.
 */
export function llmsFull(options: { languagePaths: readonly string[] }): AstroIntegration {
	const folderOf = (path: string) => (path ? `/${path}/` : '/');
	return {
		name: 'answerkit:llms-full',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				for (const path of options.languagePaths) {
					const llms = join(outDir, folderOf(path), 'llms.txt');
					if (!existsSync(llms)) continue;
					const out = createWriteStream(join(outDir, folderOf(path), 'llms-full.txt'));
					for await (const part of llmsFullParts(await readFile(llms, 'utf8'), (page) =>
						readFile(join(outDir, decodeURIComponent(page)), 'utf8'),
					))
						if (!out.write(part)) await new Promise((resolve) => out.once('drain', resolve));
					out.end();
					await finished(out);
				}
				logger.info(`llms-full.txt written for ${options.languagePaths.length} language(s)`);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(async (request, response, next) => {
					const path = (request.url ?? '').split(/[?#]/)[0]!;
					const folder = options.languagePaths.map(folderOf).find((candidate) => path === `${candidate}llms-full.txt`);
					if (!folder) return next();
					try {
						const origin = `http://${request.headers.host}`;
						const get = async (page: string) => (await fetch(`${origin}${page}`)).text();
						let text = '';
						for await (const part of llmsFullParts(await get(`${folder}llms.txt`), get)) text += part;
						response.setHeader('Content-Type', 'text/plain; charset=utf-8');
						response.end(text);
					} catch (error) {
						next(error);
					}
				});
			},
		},
	};
}
