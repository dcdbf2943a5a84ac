/**
 * The `uploads` collection: every file writers uploaded (`<content>/uploads/`), checked before the build
 * bundles the images: an image that cannot be read, or an SVG that could run code or load from other
 * sites, fails with the file and line instead of a bundler error or a script on the help domain.
 */
import type { Loader } from 'astro/loaders';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentLabel } from '../lib/content-dir';
import { ContentError, formatProblems, type Problem } from '../lib/integrity';
import { isImageFile, svgProblems, svgSize } from '../lib/uploads';

/** Loads `<root>/uploads/`; each entry's id is the file name and its data the image's size. */
export function uploadsFolder(root: string): Loader {
	const folder = join(root, 'uploads');
	return {
		name: 'answerkit-uploads',
		load: async ({ store, generateDigest, watcher }) => {
			const sync = async () => {
				const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => !name.startsWith('.'));
				const problems: Problem[] = [];
				const untouched = new Set(store.keys());
				await Promise.all(
					names.map(async (name) => {
						untouched.delete(name);
						const path = join(folder, name);
						const { size, mtimeMs } = await stat(path);
						const digest = generateDigest(`${size}:${mtimeMs}`);
						if (store.get(name)?.digest === digest) return;
						const checked = await checkUpload(path, name);
						if ('problems' in checked) problems.push(...checked.problems);
						else store.set({ id: name, data: checked, digest });
					}),
				);
				for (const id of untouched) store.delete(id);
				if (problems.length > 0) throw new ContentError(formatProblems(problems, contentLabel(root)));
			};
			await sync();
			watcher?.add(folder);
			watcher?.on('all', (_event, path) => {
				if (path.startsWith(folder)) void sync();
			});
		},
	};
}

/** An upload's size, or what is wrong with it. Files that are not images (a PDF) are listed without a size. */
async function checkUpload(path: string, name: string): Promise<{ width?: number; height?: number } | { problems: Problem[] }> {
	const file = `uploads/${name}`;
	if (!isImageFile(name)) return {};
	if (name.toLowerCase().endsWith('.svg')) {
		const source = await readFile(path, 'utf8');
		const problems = svgProblems(source).map((problem) => ({ file, ...problem }));
		const size = svgSize(source);
		if (!size)
			problems.push({ file, line: 1, message: 'the SVG has no size (width and height, or a viewBox). Export it again with its size.' });
		return problems.length > 0 ? { problems } : size!;
	}
	try {
		const { width, height } = await sharp(path).metadata();
		if (!width || !height) throw new Error('no size');
		return { width, height };
	} catch {
		return {
			problems: [
				{
					file,
					message:
						'is not an image the build can read (damaged, or not really the type its name says). Export it again as PNG or JPEG and upload it again.',
				},
			],
		};
	}
}
