import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineAt } from '../lib/content-file';
import { ContentError } from '../lib/integrity';
import { findBrokenLinks, normalizePath, type BrokenLink, type BuiltPage } from '../lib/link-check';
import { didYouMean } from '../lib/suggest';
import type { BuiltPages } from './built-pages';

/**
 * Fails the build when any internal link or `#anchor` in the built site points nowhere,
 * naming the content file (and line) the link was written in.
 */
export function linkCheck(options: { contentDir: string; contentLabel: string; pages: BuiltPages }): AstroIntegration {
	const pages: BuiltPage[] = [];
	return {
		name: 'answerkit:link-check',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build') options.pages.onPage((path, html) => pages.push(extractPage(path, html)));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { otherFiles } = await options.pages.read(fileURLToPath(dir));
				const broken = findBrokenLinks(pages, new Set(otherFiles));
				if (broken.length === 0) {
					logger.info(`all internal links of ${pages.length} pages lead somewhere`);
					return;
				}
				const knownPaths = pages.map((page) => page.path);
				const byPath = new Map(pages.map((page) => [page.path, page]));
				const messages = [...new Set(broken.map((link) => describe(link, options, knownPaths, byPath)))];
				throw new ContentError(
					`${messages.length === 1 ? 'A link points' : `${messages.length} links point`} nowhere:\n${messages.join('\n')}`,
				);
			},
		},
	};
}

function describe(
	link: BrokenLink,
	options: { contentDir: string; contentLabel: string },
	knownPaths: string[],
	byPath: Map<string, BuiltPage>,
): string {
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

/** Elements that never have children (and so no closing tag). */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** A comment, a script or style element (their text is not markup), or a start or end tag with its attributes. */
const TOKEN =
	/<!--[\s\S]*?-->|<(script|style)\b((?:"[^"]*"|'[^']*'|[^'">])*)>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTRIBUTE = /([^\s"'=<>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Extracts ids and links (with the `data-source` region each link sits in) from one page.
 * A scan of its tags rather than a parse tree: a 10,000-article site has 21,000 pages, and building a tree
 * for each made the link check the largest memory spike of the build after rendering.
 */
export function extractPage(path: string, html: string): BuiltPage {
	const ids = new Set<string>();
	const links: BuiltPage['links'] = [];
	// Open elements, each with the `data-source` it sits in (its own or its parent's).
	const open: { name: string; source?: string }[] = [];
	for (const [token, textElement, textAttributes, closing, tagName, tagAttributes] of html.matchAll(TOKEN)) {
		const rawName = textElement ?? tagName;
		if (!rawName) continue;
		const name = rawName.toLowerCase();
		if (closing) {
			const at = open.findLastIndex((element) => element.name === name);
			if (at >= 0) open.length = at;
			continue;
		}
		const attributes = attributesOf(textAttributes ?? tagAttributes);
		if (attributes.id) ids.add(detached(attributes.id));
		const source = attributes['data-source'] ? detached(attributes['data-source']) : open.at(-1)?.source;
		if (name === 'a' && attributes.href !== undefined) links.push({ href: detached(attributes.href), source });
		// A script or style element is already closed: its text is not markup.
		if (!textElement && !VOID_ELEMENTS.has(name) && !token.endsWith('/>')) open.push({ name, source });
	}
	return { path, ids, links };
}

function attributesOf(text: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE)) attributes[name.toLowerCase()] = double ?? single ?? bare ?? '';
	return attributes;
}

/**
 * A copy of a piece of the page. V8 keeps substrings as slices of the string they came from, so every
 * id kept would keep its whole page in memory: 350 MB more at the peak of a 10,000-article build.
 */
const detached = (text: string) => Buffer.from(text).toString();
