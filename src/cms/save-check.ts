/**
 * The check `npm run cms` runs before the CMS saves (POST /admin/check/, src/integrations/cms.ts): the files
 * Decap is about to write, parsed and checked with the rest of the content exactly as the build would. A
 * save that would break the build is refused with the build's message, so writers learn of a mistake
 * before it is saved, and never lock themselves out.
 */
import { basename, join, relative } from 'node:path';
import { contentDir, contentLabel } from '../lib/content-dir';
import { formatProblems, problemLines, type Problem } from '../lib/integrity';
import { readLanguageCodes } from '../lib/site-languages';
import { entryOfFile } from '../data/content-collections';
import { problemsIfSaved, type PendingSave } from '../data/knowledge-base';
import { parseContentText } from '../loaders/content-folder';
import type { SavedFile } from './before-save';

/** What would be wrong after saving `files` (paths as Decap has them: `content/faq/en/orders.yaml`), one line each. */
export async function checkSave(files: readonly SavedFile[]): Promise<string[]> {
	const root = contentDir();
	const folder = `${basename(root)}/`;
	const { defaultLanguage, translations } = readLanguageCodes(root);
	const problems: Problem[] = [];
	const saves: PendingSave[] = [];
	for (const file of files) {
		// Uploads and anything outside the content's collections have their own checks.
		const path = file.path.startsWith(folder) ? file.path.slice(folder.length) : '';
		const entry = path ? entryOfFile(path, defaultLanguage, translations) : undefined;
		if (!entry) continue;
		const parsed = parseContentText(file.raw, path, entry.extension, entry.schema);
		if ('problems' in parsed) {
			problems.push(...parsed.problems);
			continue;
		}
		saves.push({
			collection: entry.collection as PendingSave['collection'],
			id: entry.id,
			filePath: relative(process.cwd(), join(root, path)).replaceAll('\\', '/'),
			text: file.raw,
			data: parsed.data,
			body: entry.extension === '.mdx' ? parsed.body : undefined,
		});
	}
	const message = problems.length > 0 ? formatProblems(problems, contentLabel(root)) : saves.length > 0 ? await problemsIfSaved(saves) : '';
	return problemLines(message);
}
