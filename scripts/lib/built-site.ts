/**
 * The production build as the measuring scripts (`npm run budget`, `npm run audit`) use it: build into
 * dist/, then weigh its pages.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePage, type PageWeight } from '../../src/lib/page-weight.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where `npm run build` writes the site. */
export const DIST = join(root, 'dist');

/**
 * Runs `astro build` into dist/ (KB_CONTENT_DIR and other variables pass through, build errors are shown)
 * and returns how long it took in seconds; exits with the build's status when it fails.
 */
export function buildOrExit(): number {
	const started = performance.now();
	const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
	return (performance.now() - started) / 1000;
}

/** Weight of the page `file` (relative to `dist`), with the stylesheets and scripts it loads from `dist`. */
export function builtPageWeight(dist: string, file: string): PageWeight {
	return measurePage(readFileSync(join(dist, file), 'utf8'), (path) => readFileSync(join(dist, decodeURI(path))));
}
