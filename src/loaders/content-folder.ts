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
import { setFileProblems } from '../lib/content-problems';

type Extension = '.mdx' | '.yaml';

/**
 * Loads `<root>/<name>/*<extension>` (or only the file `only`, e.g. `site.yaml`), checked against
 * `schema`; with `languages`, the same from each language's folder `<root>/<name>/<language>/`, as entries
 * `<language>/<file name>`. Every problem in every file is reported at once, with its line. Files are
 * re-read only when their text changed; in dev, a file added, changed or removed updates its entry.
 */
export function contentFolder(
	root: string,
	name: string,
	extension: Extension,
	schema: z.ZodType,
	{ only, languages }: { only?: string; languages?: readonly string[] } = {},
): Loader {
	const matches = (file: string) => (only ? file === only : file.endsWith(extension) && !file.startsWith('.'));
	// Each folder read, with the prefix of its entries' ids.
	const folders = (languages ?? ['']).map((language) => ({ dir: join(root, name, language), prefix: language ? `${language}/` : '' }));
	const fail = (problems: Problem[]) => {
		throw new ContentError(formatProblems(problems, contentLabel(root)));
	};
	return {
		name: 'answerkit-content-folder',
		load: async (context) => {
			const untouched = new Set(context.store.keys());
			const problems: Problem[] = [];
			for (const { dir, prefix } of folders) {
				const files = (await readdir(dir).catch(() => [] as string[])).filter(matches);
				const read = (file: string) => readEntry(context, { root, path: join(dir, file), prefix, extension, schema });
				problems.push(...(await Promise.all(files.map(read))).flat());
				for (const file of files) untouched.delete(prefix + file.slice(0, -extension.length));
			}
			if (problems.length > 0) fail(problems);
			for (const id of untouched) context.store.delete(id);

			if (!context.watcher) return;
			for (const { dir, prefix } of folders) {
				context.watcher.add(dir);
				const onFile = async (path: string, removed: boolean) => {
					if (relative(dir, path) !== basename(path) || !matches(basename(path))) return;
					const file = relative(root, path).replaceAll('\\', '/');
					if (removed) {
						setFileProblems(file, []);
						return context.store.delete(prefix + basename(path).slice(0, -extension.length));
					}
					const problems = await readEntry(context, { root, path, prefix, extension, schema });
					setFileProblems(file, problems);
					if (problems.length > 0) fail(problems);
				};
				context.watcher.on('add', (path) => onFile(path, false));
				context.watcher.on('change', (path) => onFile(path, false));
				context.watcher.on('unlink', (path) => onFile(path, true));
			}
		},
	};
}

/** Reads one file into the store unless its text is unchanged; returns what is wrong with it. */
async function readEntry(
	context: LoaderContext,
	{ root, path, prefix, extension, schema }: { root: string; path: string; prefix: string; extension: Extension; schema: z.ZodType },
): Promise<Problem[]> {
	const file = relative(root, path).replaceAll('\\', '/');
	const id = prefix + basename(path).slice(0, -extension.length);
	const source = await readFile(path, 'utf8');
	const digest = context.generateDigest(source);
	if (context.store.get(id)?.digest === digest) return [];
	const content = parseContentText(source, file, extension, schema);
	if ('problems' in content) return content.problems;
	const data = await context.parseData({ id, data: content.raw as Record<string, unknown>, filePath: path });
	const filePath = relative(fileURLToPath(context.config.root), path).replaceAll('\\', '/');
	context.store.set({ id, data, body: extension === '.mdx' ? content.body : undefined, filePath, digest });
	return [];
}

/**
 * A file's text as its entry's fields (`raw` as written, `data` as the schema gives them) and body, checked
 * against its collection's schema; or what is wrong
 * with it, located at its lines. Also used to check a file before it is saved (src/cms/save-check.ts).
 */
export function parseContentText(
	source: string,
	file: string,
	extension: Extension,
	schema: z.ZodType,
): { raw: unknown; data: Record<string, unknown>; body: string } | { problems: Problem[] } {
	let content;
	try {
		content = readContentFile(source, extension);
	} catch (error) {
		if (error instanceof YamlSyntaxError)
			return {
				problems: [
					{ file, line: error.line, message: `the ${extension === '.mdx' ? 'frontmatter' : 'file'} is not valid YAML: ${error.message}` },
				],
			};
		throw error;
	}
	const checked = schema.safeParse(content.data);
	if (checked.success) return { raw: content.data, data: checked.data as Record<string, unknown>, body: content.body };
	// A field the schema does not know is located at its own line, one problem per field.
	return {
		problems: checked.error.issues.flatMap((issue) =>
			(issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]).map((path) => ({
				file,
				line: fieldLine(source, extension, path),
				message: `${path.join('.') || 'the file'}: ${issue.message}`,
			})),
		),
	};
}
