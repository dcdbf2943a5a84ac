import type { AstroIntegration } from 'astro';
import { build, type BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LauncherConfig } from '../widget/contract';

const source = (file: string) => fileURLToPath(new URL(`../widget/${file}`, import.meta.url));

/** The launcher (`/widget.js`, a classic script) and the panel with its lazily loaded parts (`/widget/*.js`). */
function bundles(config: LauncherConfig): BuildOptions[] {
	const common: BuildOptions = { bundle: true, minify: true, target: 'es2022', legalComments: 'none', logLevel: 'silent' };
	return [
		{ ...common, entryPoints: { widget: source('launcher.ts') }, format: 'iife', define: { ANSWERKIT_WIDGET: JSON.stringify(config) } },
		{ ...common, entryPoints: { 'widget/panel': source('panel.ts') }, format: 'esm', splitting: true, chunkNames: 'widget/[name]-[hash]' },
	];
}

/**
 * The help widget shops put on their own pages (src/widget/): bundled with esbuild into the build's root, and
 * served the same way by `astro dev`. Its files load from other origins: `_headers` allows that (src/lib/headers.ts).
 */
export function widget(config: LauncherConfig): AstroIntegration {
	return {
		name: 'answerkit:widget',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(async (req, res, next) => {
					const path = req.url?.split('?')[0] ?? '';
					if (path !== '/widget.js' && !/^\/widget\/[\w-]+\.js$/.test(path)) return next();
					// Bundled on request, so an edit shows on the next reload.
					const outputs = await Promise.all(bundles(config).map((options) => build({ ...options, outdir: '/', write: false })));
					const file = outputs.flatMap((output) => output.outputFiles).find((output) => output.path === path);
					if (!file) return next();
					res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
					res.setHeader('Access-Control-Allow-Origin', '*');
					res.end(file.contents);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outdir = fileURLToPath(dir);
				await Promise.all(bundles(config).map((options) => build({ ...options, outdir })));
				logger.info(`Help widget: ${join(outdir, 'widget.js').slice(outdir.length)} and its panel in /widget/`);
			},
		},
	};
}
