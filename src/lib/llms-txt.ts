/**
 * `/llms.txt` after the llms.txt proposal (llmstxt.org): the help center's name and summary, then a list of
 * links to its answers as Markdown, grouped by stage and category, for AI assistants that read a site.
 */

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
	details: string;
	/** Groups under a section; a group without a title lists its links right under the section's. */
	sections: { title: string; groups: { title?: string; links: LlmsLink[] }[] }[];
	optional: LlmsLink[];
}

/** The text of `llms.txt`. Titles and descriptions are writers' text, kept on one line each. */
export function llmsTxt(content: LlmsContent): string {
	const line = (text: string) => text.replace(/\s+/g, ' ').trim();
	const link = ({ title, url, description }: LlmsLink) =>
		`- [${line(title).replace(/[[\]]/g, '\\$&')}](${url})${description ? `: ${line(description)}` : ''}`;
	const parts = [`# ${line(content.name)}`, `> ${line(content.summary)}`, content.details];
	for (const section of content.sections) {
		const groups = section.groups.filter((group) => group.links.length > 0);
		if (groups.length === 0) continue;
		parts.push(`## ${line(section.title)}`);
		for (const group of groups) parts.push(`${group.title ? `### ${line(group.title)}\n\n` : ''}${group.links.map(link).join('\n')}`);
	}
	if (content.optional.length > 0) parts.push(`## Optional\n\n${content.optional.map(link).join('\n')}`);
	return `${parts.join('\n\n')}\n`;
}
