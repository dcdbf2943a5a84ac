/**
 * Saves and deletions that would break the build are refused: the files a save is about to write go to `npm run cms`
 * (POST /admin/check/, src/cms/save-check.ts), and a save with problems fails with them, in the build's words.
 * The editor keeps the writer's changes to fix. Only in `npm run cms`: a built /admin/ (editing a Git host)
 * saves as before, and the build reports what is wrong.
 */
import type { DeleteCheck, SaveStep, SavedFile } from './before-save';

/** Where `npm run cms` checks the files a save is about to write (src/integrations/cms.ts); with its slash, as every address of the site. */
export const SAVE_CHECK_PATH = '/admin/check/';

/** Why a save was refused: one line per problem. */
export class RefusedSave extends Error {
	constructor(readonly problems: string[]) {
		super(`Not saved: the site could not be published with this change. ${problems.join(' ')}`);
		this.name = 'RefusedSave';
	}
}

/** The save step that refuses a save with problems; `onRefused` shows them. */
export function refuseBreakingSaves(onRefused: (problems: string[]) => void): SaveStep {
	return async (files, { uploads }) => {
		await refuseIfBreaking({ files: files.map(({ path, raw }) => ({ path, raw })), uploads }, onRefused);
		return files;
	};
}

/** The deletion check that refuses removing what others use (a snippet, a category, an article, an image), naming them. */
export function refuseBreakingDeletes(onRefused: (problems: string[]) => void): DeleteCheck {
	return (paths) => refuseIfBreaking({ files: [], deleted: paths }, onRefused);
}

/** What `npm run cms` is asked: the files a change writes, the uploads it adds, the files it deletes. */
export interface SaveCheckRequest {
	files: SavedFile[];
	uploads?: string[];
	deleted?: string[];
}

async function refuseIfBreaking(change: SaveCheckRequest, onRefused: (problems: string[]) => void) {
	const problems = await problemsOf(change);
	if (problems.length === 0) return;
	onRefused(problems);
	throw new RefusedSave(problems);
}

async function problemsOf(change: SaveCheckRequest): Promise<string[]> {
	const response = await fetch(SAVE_CHECK_PATH, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(change),
	}).catch(() => undefined);
	// The check failed itself: the save goes ahead, and the build still checks.
	if (response?.status !== 200) return [];
	const body = (await response.json().catch(() => undefined)) as { problems?: unknown } | undefined;
	return Array.isArray(body?.problems) ? body.problems.map(String) : [];
}
