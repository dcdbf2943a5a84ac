/**
 * `list_categories`: the help center's categories grouped by the stage of a purchase they belong to, with
 * how many articles each holds, for an assistant finding its way around (and the ids search filters take).
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'astro/zod';
import type { ListItem, RootContent } from 'mdast';
import { heading, markdownText, paragraph } from '../../../src/lib/article-markdown.ts';
import type { HelpCenter } from '../help-center.ts';
import { isToolResult, languageList, languageOrError, markdownResult } from './tool-results.ts';

const category = z.object({
	id: z.string(),
	title: z.string(),
	description: z.string(),
	url: z.string(),
	/** Its published articles. */
	articles: z.number(),
	/** In a language other than the default: how many of them are translated into it (the others are listed in the default language). */
	translated: z.number().optional(),
});
const listing = {
	language: z.string(),
	stages: z.array(z.object({ id: z.string(), label: z.string(), categories: z.array(category) })),
};

/** Registers `list_categories`. */
export function registerCategoriesTool(server: McpServer, helpCenter: HelpCenter): void {
	server.registerTool(
		'list_categories',
		{
			title: 'List the categories',
			description:
				'Lists the help center’s categories grouped by the stage of a purchase (before, during, after), each with its id, address, description and number of articles. The ids filter search_help_center.',
			inputSchema: {
				language: z
					.string()
					.optional()
					.describe(`The language of the names and addresses: ${languageList(helpCenter)}.`),
			},
			outputSchema: listing,
			annotations: { readOnlyHint: true, openWorldHint: false },
		},
		async ({ language: code }) => {
			const language = languageOrError(helpCenter, code);
			if (isToolResult(language)) return language;
			const inDefaultLanguage = language === helpCenter.languages[0];
			const articles = helpCenter.feed.articles;
			const stages = language.data.stages
				.map((stage) => ({
					...stage,
					categories: language.data.categories
						.filter((candidate) => candidate.stage === stage.id)
						.map((candidate) => {
							const inCategory = articles.filter((article) => article.category === candidate.id);
							return {
								id: candidate.id,
								title: candidate.title,
								description: candidate.description,
								url: helpCenter.absolute(candidate.url),
								articles: inCategory.length,
								...(!inDefaultLanguage && {
									translated: inCategory.filter((article) => article.translations.some((version) => version.language === language.code))
										.length,
								}),
							};
						}),
				}))
				.filter((stage) => stage.categories.length > 0);
			const tree: RootContent[] = [];
			for (const stage of stages) {
				tree.push(heading(2, `${stage.label} (${stage.id})`));
				tree.push({
					type: 'list',
					spread: false,
					children: stage.categories.map((listed): ListItem => ({
						type: 'listItem',
						spread: false,
						children: [
							paragraph([
								{ type: 'link', url: listed.url, children: [{ type: 'text', value: listed.title }] },
								{
									type: 'text',
									value: ` (id ${listed.id}, ${count(listed.articles, listed.translated, language.code)}): ${listed.description}`,
								},
							]),
						],
					})),
				});
			}
			return markdownResult(markdownText(tree), { language: language.code, stages });
		},
	);
}

/** "4 articles", or in another language "4 articles, 2 of them in nl". */
function count(articles: number, translated: number | undefined, language: string): string {
	const total = `${articles} ${articles === 1 ? 'article' : 'articles'}`;
	return translated === undefined ? total : `${total}, ${translated} of them in ${language}`;
}
