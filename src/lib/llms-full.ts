/**
 * `llms-full.txt`: every Markdown page an `llms.txt` links to (the twins of the articles and FAQ pages), one
 * after the other under the file's title and summary. Made from the files themselves, so nothing is rendered twice.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/** The parts of `llms-full.txt` in order; `read` gets a linked Markdown file by its path on the site. */
export async function* llmsFullParts(llmsTxt: string, read: (path: string) => Promise<string>): AsyncGenerator<string> {
	// Everything before the first section: the title, the summary and what the links are.
	const sections = llmsTxt.search(/^## /m);
	yield `${llmsTxt.slice(0, sections < 0 ? undefined : sections).trimEnd()}\n`;
	// The sections' links to Markdown pages, as Markdown reads them: no writer's title (escaped in llms.txt) can pass
	// for one, nor the shop's address above the sections (a `.md` domain is Moldova's).
	const paths: string[] = [];
	const collect = (node: Nodes) => {
		if (node.type === 'link' && new URL(node.url).pathname.endsWith('.md')) paths.push(new URL(node.url).pathname);
		if ('children' in node) for (const child of node.children) collect(child);
	};
	if (sections >= 0) collect(fromMarkdown(llmsTxt.slice(sections)));
	for (const path of paths) yield `\n${(await read(path)).trimEnd()}\n`;
}
