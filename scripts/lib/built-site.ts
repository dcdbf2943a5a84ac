/**
 * The production build as the measuring scripts (`npm run budget`, `npm run audit`) use it: build into
 * dist/, then weigh its pages.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePage, type PageWeight } from './page-weight.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where `npm run build` writes the site. */
export const DIST = join(root, 'dist');

/**
 * Runs `astro build` into `outDir` (dist/ unless given; KB_CONTENT_DIR and other variables pass through,
 * with `env` added; build errors are shown) and returns how long it took and how long of it went to
 * encoding images; exits with the build's status when it fails.
 */
export function buildOrExit(options: { outDir?: string; env?: Record<string, string> } = {}): { seconds: number; imageSeconds: number } {
	const started = performance.now();
	const outDir = options.outDir ? ['--outDir', options.outDir] : [];
	const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...outDir], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit'],
		encoding: 'utf8',
		env: { ...process.env, ...options.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) {
		process.stdout.write(build.stdout);
		process.exit(build.status ?? 1);
	}
	// Astro reports the image step as "generating optimized images", then "✓ Completed in 275ms." (or "1.2s").
	const images = /generating optimized images[\s\S]*?Completed in ([\d.]+)(m?s)/.exec(build.stdout);
	const imageSeconds = images ? Number(images[1]) / (images[2] === 'ms' ? 1000 : 1) : 0;
	return { seconds: (performance.now() - started) / 1000, imageSeconds };
}

/** Weight of the page `file` (relative to `dist`), with the stylesheets and scripts it loads from `dist`. */
export function builtPageWeight(dist: string, file: string): PageWeight {
	return measurePage(readFileSync(join(dist, file), 'utf8'), (path) => readFileSync(join(dist, decodeURI(path))));
}
