import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in src/lib/). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The content folder to build: `KB_CONTENT_DIR` (absolute, same layout as `content/`) or the repo's `content/`.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	const custom = env.KB_CONTENT_DIR;
	if (custom) {
		if (!isAbsolute(custom)) throw new Error(`KB_CONTENT_DIR must be an absolute path, got "${custom}"`);
		return custom;
	}
	return resolve(projectRoot, 'content');
}
