/**
 * `/llms.txt` after the llms.txt proposal (llmstxt.org): the help center's name and summary, then a list of
 * links to its answers as Markdown, grouped by stage and category, for AI assistants that read a site.
 */
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { heading, markdownText, paragraph } from './article-markdown';

/** A link with what it leads to. */
export interface LlmsLink {
	title: string;
	url: string;
	description?: string;
}

/** What the file lists: sections of link groups, then optional links an assistant may skip. */
export interface LlmsContent {
	name: string;
	summary: string;
	/** What the links are: text, or Markdown phrasing content (a link to the shop). */
	details: string | PhrasingContent[];
	/** Groups under a section; a group without a title lists its links right under the section's. */
	sections: { title: string; groups: { title?: string; links: LlmsLink[] }[] }[];
	optional: LlmsLink[];
}

/** The text of `llms.txt`. Titles and descriptions are writers' text: each kept on one line, and escaped. */
export function llmsTxt(content: LlmsContent): string {
	const line = (text: string) => text.replace(/\s+/g, ' ').trim();
	const list = (links: LlmsLink[]): RootContent => ({
		type: 'list',
		spread: false,
		children: links.map(({ title, url, description }): ListItem => ({
			type: 'listItem',
			spread: false,
			children: [
				paragraph([
					{ type: 'link', url, children: [{ type: 'text', value: line(title) }] },
					...(description ? [{ type: 'text' as const, value: `: ${line(description)}` }] : []),
				]),
			],
		})),
	});
	const tree: RootContent[] = [
		heading(1, line(content.name)),
		{ type: 'blockquote', children: [paragraph(line(content.summary))] },
		paragraph(content.details),
	];
	for (const section of content.sections) {
		const groups = section.groups.filter((group) => group.links.length > 0);
		if (groups.length === 0) continue;
		tree.push(heading(2, line(section.title)));
		for (const group of groups) tree.push(...(group.title ? [heading(3, line(group.title))] : []), list(group.links));
	}
	if (content.optional.length > 0) tree.push(heading(2, 'Optional'), list(content.optional));
	return markdownText(tree);
}
