import { basename, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in src/lib/), for scripts that run from source. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The content folder to build: `KB_CONTENT_DIR` (absolute, same layout as `content/`) or the project's
 * `content/`. Found from the working directory, not from this file: inside a build this module runs from a
 * bundle under dist/, and Astro always runs in the project root.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	const custom = env.KB_CONTENT_DIR;
	if (custom) {
		if (!isAbsolute(custom)) throw new Error(`KB_CONTENT_DIR must be an absolute path, got "${custom}"`);
		return custom;
	}
	return resolve(process.cwd(), 'content');
}

/** How messages name a content folder: `content` for the repo's own, a relative path inside the project, else its path. */
export function contentLabel(root: string = contentDir()): string {
	const relativePath = relative(process.cwd(), root);
	return relativePath && !relativePath.startsWith('..') ? relativePath : basename(root) === 'content' ? 'content' : root;
}
