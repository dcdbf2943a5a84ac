/**
 * `llms-full.txt`: every Markdown page an `llms.txt` links to (the twins of the articles and FAQ pages), one
 * after the other under the file's title and summary. Made from the files themselves, so nothing is rendered twice.
 */

/** The parts of `llms-full.txt` in order; `read` gets a linked Markdown file by its path on the site. */
export async function* llmsFullParts(llmsTxt: string, read: (path: string) => Promise<string>): AsyncGenerator<string> {
	const [title = '', , summary = ''] = llmsTxt.split('\n');
	yield `${title}\n\n${summary}\n`;
	for (const [, url] of llmsTxt.matchAll(/^- \[.*?\]\((\S+?\.md)\)/gm)) yield `\n${(await read(new URL(url!).pathname)).trimEnd()}\n`;
}
