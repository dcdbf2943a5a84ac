import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { normalizePath } from '../lib/link-check';

/** Does something with one built page: its site path (`/articles/x/`, `/404.html`) and its HTML. */
export type PageVisitor = (path: string, html: string) => void;

/** Every file of a build output folder, by site path (pages as `/articles/x/`, other files as they are). */
export interface BuiltFiles {
	pages: string[];
	otherFiles: string[];
}

/**
 * The pages of a build, handed once to every integration that looks at them after the build (the link
 * check, `_headers`, the search vocabulary): each reading all 21,000 pages of a 10,000-article site on its
 * own cost that build about 14 s.
 */
export interface BuiltPages {
	/** Registers what to do with each page; call it in `astro:config:setup`. */
	onPage(visitor: PageVisitor): void;
	/** Hands a page the build wrote itself (a redirect page) to every visitor, so it need not be read again. */
	visit(path: string, html: string): void;
	/** Hands every other page of `outDir` to every visitor (once, whoever asks first), then lists the files. */
	read(outDir: string): Promise<BuiltFiles>;
}

/** How many pages are read at once (a large site has more pages than a process may hold files open). */
const READ_BATCH = 256;

/** One shared reading of the built pages, for the integrations given it in astro.config.mjs. */
export function builtPages(): BuiltPages {
	const visitors: PageVisitor[] = [];
	const visited = new Set<string>();
	const readings = new Map<string, Promise<BuiltFiles>>();
	const visit: PageVisitor = (path, html) => {
		visited.add(path);
		for (const visitor of visitors) visitor(path, html);
	};
	return {
		onPage: (visitor) => void visitors.push(visitor),
		visit: (path, html) => visit(normalizePath(path), html),
		read(outDir) {
			let reading = readings.get(outDir);
			if (!reading) readings.set(outDir, (reading = readUnvisited(outDir, visited, visit)));
			return reading;
		},
	};
}

async function readUnvisited(outDir: string, visited: ReadonlySet<string>, visit: PageVisitor): Promise<BuiltFiles> {
	const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
	const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
	const pages = files.filter((file) => file.endsWith('.html')).map((file) => ({ file, path: toSitePath(outDir, file) }));
	const unread = pages.filter(({ path }) => !visited.has(path));
	for (let start = 0; start < unread.length; start += READ_BATCH) {
		const batch = unread.slice(start, start + READ_BATCH);
		const htmls = await Promise.all(batch.map(({ file }) => readFile(file, 'utf8')));
		for (const [i, { path }] of batch.entries()) visit(path, htmls[i]);
	}
	return {
		pages: pages.map(({ path }) => path),
		otherFiles: files.filter((file) => !file.endsWith('.html')).map((file) => toSitePath(outDir, file)),
	};
}

/** A built file's site path: `/articles/x/` for `articles/x/index.html`, other files as they are. */
export function toSitePath(outDir: string, file: string): string {
	const path = `/${relative(outDir, file).split(sep).join('/')}`;
	return path.endsWith('.html') ? normalizePath(path) : path;
}
