/**
 * Problems the content loaders found in files edited while `astro dev` runs. A file that no longer reads
 * (broken YAML, a field the schema refuses) leaves its last good version in Astro's data store, so the site
 * keeps working; the CMS shows writers these problems instead (src/cms/admin-data.ts). Kept on `globalThis`:
 * the loaders run in Astro's own module graph, the /admin/ page in Vite's, both in one process.
 */
import type { Problem } from './integrity';

const KEY = Symbol.for('answerkit.fileProblems');
const registry = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, Problem[]>()) as Map<string, Problem[]>;

/** Records what is wrong with `file` now (nothing clears it). */
export function setFileProblems(file: string, problems: readonly Problem[]): void {
	if (problems.length > 0) registry.set(file, [...problems]);
	else registry.delete(file);
}

/** Every problem of files that are wrong now. */
export function fileProblems(): Problem[] {
	return [...registry.values()].flat();
}
