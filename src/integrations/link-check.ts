import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENT_NODE, parse, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { lineAt } from '../lib/component-usage';
import { ContentError } from '../lib/integrity';
import { findBrokenLinks, normalizePath, type BrokenLink, type BuiltPage } from '../lib/link-check';
import { didYouMean } from '../lib/suggest';

/** How many pages are read at once. */
const READ_BATCH = 256;

/**
 * Fails the build when any internal link or `#anchor` in the built site points nowhere,
 * naming the content file (and line) the link was written in.
 */
export function linkCheck(options: { contentDir: string; contentLabel: string }): AstroIntegration {
	return {
		name: 'answerkit:link-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = await listFiles(outDir);
				const htmlFiles = files.filter((file) => file.endsWith('.html'));
				const pages: ReturnType<typeof extractPage>[] = [];
				// In batches: a large site has more pages than a process may hold files open.
				for (let start = 0; start < htmlFiles.length; start += READ_BATCH) {
					const batch = htmlFiles.slice(start, start + READ_BATCH);
					const htmls = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
					// One page at a time: each page's parse tree is garbage before the next is built (lower peak memory).
					for (const [i, file] of batch.entries()) pages.push(extractPage(toSitePath(outDir, file), htmls[i]));
				}
				const otherFiles = new Set(files.filter((file) => !file.endsWith('.html')).map((file) => toSitePath(outDir, file)));
				const broken = findBrokenLinks(pages, otherFiles);
				if (broken.length === 0) {
					logger.info(`all internal links of ${pages.length} pages lead somewhere`);
					return;
				}
				const knownPaths = pages.map((page) => page.path);
				const byPath = new Map(pages.map((page) => [page.path, page]));
				const messages = [...new Set(broken.map((link) => describe(link, options, knownPaths, byPath)))];
				throw new ContentError(`${messages.length === 1 ? 'A link points' : `${messages.length} links point`} nowhere:\n${messages.join('\n')}`);
			},
		},
	};
}

function describe(link: BrokenLink, options: { contentDir: string; contentLabel: string }, knownPaths: string[], byPath: Map<string, BuiltPage>): string {
	const where = link.source ? locate(link, options) : `page ${link.page}`;
	const target = new URL(link.href, `http://site${link.page}`);
	if (link.reason === 'missing-page') {
		return `  ${where}: the link "${link.href}" goes to a page that does not exist.${didYouMean(normalizePath(target.pathname), knownPaths)}`;
	}
	const anchor = decodeURIComponent(target.hash.slice(1));
	const ids = [...(byPath.get(normalizePath(target.pathname))?.ids ?? [])];
	return `  ${where}: the link "${link.href}" goes to "#${anchor}", which is not on that page.${didYouMean(anchor, ids)}`;
}

/** `content/articles/x.mdx:12`: the file, and the first line that contains the link. */
function locate(link: BrokenLink, options: { contentDir: string; contentLabel: string }): string {
	const file = join(options.contentDir, link.source!);
	const label = `${options.contentLabel}/${link.source}`;
	if (!existsSync(file)) return label;
	const source = readFileSync(file, 'utf8');
	const target = link.href.startsWith('#') ? link.href : link.href.replace(/#.*$/, '');
	const at = source.indexOf(`(${link.href}`) >= 0 ? source.indexOf(`(${link.href}`) : source.indexOf(target);
	return at >= 0 ? `${label}:${lineAt(source, at)}` : label;
}

/** Extracts ids and links (with the `data-source` region each link sits in) from one page. */
export function extractPage(path: string, html: string): BuiltPage {
	const ids = new Set<string>();
	const links: BuiltPage['links'] = [];
	walkSync(parse(html), (node: Node) => {
		if (node.type !== ELEMENT_NODE) return;
		const element = node as ElementNode;
		if (element.attributes.id) ids.add(detached(element.attributes.id));
		if (element.name === 'a' && element.attributes.href !== undefined) {
			links.push({ href: detached(element.attributes.href), source: sourceOf(element) });
		}
	});
	return { path, ids, links };
}

/**
 * A copy of a piece of the page. V8 keeps substrings as slices of the string they came from, so every
 * id kept would keep its whole page in memory: 350 MB more at the peak of a 10,000-article build.
 */
const detached = (text: string) => Buffer.from(text).toString();

function sourceOf(element: ElementNode): string | undefined {
	for (let node: ElementNode | undefined = element; node; node = node.parent as ElementNode | undefined) {
		if (node.attributes?.['data-source']) return detached(node.attributes['data-source']);
	}
	return undefined;
}

function toSitePath(outDir: string, file: string): string {
	const path = `/${relative(outDir, file).split(sep).join('/')}`;
	return path.endsWith('.html') ? normalizePath(path) : path;
}

async function listFiles(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { withFileTypes: true, recursive: true });
	return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
