/**
 * The check `npm run cms` runs before the CMS saves or deletes (POST /admin/check/, src/integrations/cms.ts):
 * the files Decap is about to write, parsed and checked with the rest of the content exactly as the build
 * would, without the files it is about to delete. A change that would break the build is refused with the
 * build's message (who uses a removed snippet, category, article or image), so writers learn of a mistake
 * before it is made, and never lock themselves out.
 */
import { basename, join, relative } from 'node:path';
import { contentDir, contentLabel } from '../lib/content-dir';
import { ContentError, formatProblems, problemLines, type Problem } from '../lib/integrity';
import { readLanguageCodes } from '../lib/site-languages';
import { entryOfFile } from '../data/content-collections';
import { knowledgeBaseIfSaved, type PendingSave, type RemovedEntry } from '../data/knowledge-base';
import { brokenLinksIfSaved } from './save-links';
import { parseContentText } from '../loaders/content-folder';
import type { SaveCheckRequest } from './save-guard';

/**
 * What would be wrong after the change (paths as Decap has them: `content/faq/en/orders.yaml`; uploads
 * `content/uploads/x.png`), one line each; empty when the site still builds.
 */
export async function checkSave({ files, uploads = [], deleted = [] }: SaveCheckRequest): Promise<string[]> {
	const root = contentDir();
	const folder = `${basename(root)}/`;
	const { defaultLanguage, translations } = readLanguageCodes(root);
	const inContent = (path: string) => (path.startsWith(folder) ? path.slice(folder.length) : '');
	const uploadName = (path: string) => /^uploads\/([^/]+)$/.exec(inContent(path))?.[1];
	const projectPath = (path: string) => relative(process.cwd(), join(root, path)).replaceAll('\\', '/');
	const problems: Problem[] = [];
	// An image added in the editor is written with the entry: the check counts it as uploaded. (The upload
	// itself is checked once it is written, as every upload is.)
	const saves: PendingSave[] = uploads.flatMap((path) => {
		const id = uploadName(path);
		return id ? [{ collection: 'uploads' as const, id, filePath: projectPath(inContent(path)), text: '', data: {} }] : [];
	});
	for (const file of files) {
		// Anything outside the content's collections has its own checks.
		const path = inContent(file.path);
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
			filePath: projectPath(path),
			text: file.raw,
			data: parsed.data,
			body: entry.extension === '.mdx' ? parsed.body : undefined,
		});
	}
	const removed: RemovedEntry[] = deleted.flatMap((path) => {
		const upload = uploadName(path);
		if (upload) return [{ collection: 'uploads' as const, id: upload }];
		const entry = inContent(path) ? entryOfFile(inContent(path), defaultLanguage, translations) : undefined;
		return entry ? [{ collection: entry.collection as RemovedEntry['collection'], id: entry.id }] : [];
	});
	if (problems.length > 0) return problemLines(formatProblems(problems, contentLabel(root)));
	if (saves.length === 0 && removed.length === 0) return [];
	let kb;
	try {
		kb = await knowledgeBaseIfSaved(saves, removed);
	} catch (error) {
		if (error instanceof ContentError) return problemLines(error.message);
		throw error;
	}
	const fileOf = (save: PendingSave) => `${contentLabel(root)}/${relative(root, join(process.cwd(), save.filePath)).replaceAll('\\', '/')}`;
	return brokenLinksIfSaved(kb, saves, fileOf);
}
