/**
 * The content collections' loader, written on Astro's public loader API: each file of one flat folder is
 * an entry whose id is its file name. `.mdx` files are stored as data (frontmatter and body), never as
 * Vite modules: src/lib/mdx/ renders the body with the page. A module per article made bundling
 * most of a 10,000-article build's time and memory (docs/performance.md).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentLabel } from '../lib/content-dir';
import { fieldLine, readContentFile, YamlSyntaxError } from '../lib/content-file';
import { ContentError, formatProblems, type Problem } from '../lib/integrity';

type Extension = '.mdx' | '.yaml';

/**
 * Loads `<root>/<name>/*<extension>` (or only the file `only`, e.g. `site.yaml`), checked against
 * `schema`. Every problem in every file is reported at once, with its line. Files are re-read only when
 * their text changed; in dev, a file added, changed or removed updates its entry.
 */
export function contentFolder(root: string, name: string, extension: Extension, schema: z.ZodType, only?: string): Loader {
	const folder = join(root, name);
	const matches = (file: string) => (only ? file === only : file.endsWith(extension) && !file.startsWith('.'));
	const fail = (problems: Problem[]) => {
		throw new ContentError(formatProblems(problems, contentLabel(root)));
	};
	return {
		name: 'answerkit-content-folder',
		load: async (context) => {
			const files = (await readdir(folder).catch(() => [] as string[])).filter(matches);
			const untouched = new Set(context.store.keys());
			const problems = (
				await Promise.all(files.map((file) => readEntry(context, { folder: name, path: join(folder, file), extension, schema })))
			).flat();
			if (problems.length > 0) fail(problems);
			for (const file of files) untouched.delete(file.slice(0, -extension.length));
			for (const id of untouched) context.store.delete(id);

			if (!context.watcher) return;
			context.watcher.add(folder);
			const onFile = async (path: string, removed: boolean) => {
				if (relative(folder, path) !== basename(path) || !matches(basename(path))) return;
				if (removed) return context.store.delete(basename(path).slice(0, -extension.length));
				const problems = await readEntry(context, { folder: name, path, extension, schema });
				if (problems.length > 0) fail(problems);
			};
			context.watcher.on('add', (path) => onFile(path, false));
			context.watcher.on('change', (path) => onFile(path, false));
			context.watcher.on('unlink', (path) => onFile(path, true));
		},
	};
}

/** Reads one file into the store unless its text is unchanged; returns what is wrong with it. */
async function readEntry(
	context: LoaderContext,
	{ folder, path, extension, schema }: { folder: string; path: string; extension: Extension; schema: z.ZodType },
): Promise<Problem[]> {
	const file = `${folder}/${basename(path)}`;
	const id = basename(path).slice(0, -extension.length);
	const source = await readFile(path, 'utf8');
	const digest = context.generateDigest(source);
	if (context.store.get(id)?.digest === digest) return [];
	let content;
	try {
		content = readContentFile(source, extension);
	} catch (error) {
		if (error instanceof YamlSyntaxError)
			return [
				{ file, line: error.line, message: `the ${extension === '.mdx' ? 'frontmatter' : 'file'} is not valid YAML: ${error.message}` },
			];
		throw error;
	}
	const checked = schema.safeParse(content.data);
	if (!checked.success) {
		return checked.error.issues.map((issue) => ({
			file,
			line: fieldLine(source, extension, issue.path),
			message: `${issue.path.join('.') || 'the file'}: ${issue.message}`,
		}));
	}
	const data = await context.parseData({ id, data: content.data, filePath: path });
	const filePath = relative(fileURLToPath(context.config.root), path).replaceAll('\\', '/');
	context.store.set({ id, data, body: extension === '.mdx' ? content.body : undefined, filePath, digest });
	return [];
}
