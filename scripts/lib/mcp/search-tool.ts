/**
 * `search_help_center`: the help center's own search (its ranking, synonyms and typo correction, on its
 * Pagefind index) for an assistant, with results as a Markdown list of answers and their addresses.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'astro/zod';
import { decodeHTML } from 'entities';
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { markdownText, paragraph } from '../../../src/lib/article-markdown.ts';
import type { SearchOutcome } from '../../../src/lib/search/engine.ts';
import { queryWords } from '../../../src/lib/search/query.ts';
import { closestCategories } from '../../../src/lib/search/search-data.ts';
import type { HelpCenter, HelpCenterLanguage } from '../help-center.ts';
import { inputError, isToolResult, languageList, languageOrError, markdownResult } from './tool-results.ts';

const section = z.object({ title: z.string(), url: z.string(), excerpt: z.string() });
const result = z.object({
	title: z.string(),
	url: z.string(),
	/** The one-sentence answer writers give every article. */
	description: z.string(),
	stage: z.string(),
	category: z.string(),
	/** The words around the first match, as plain text; empty when only the page's hidden keywords matched. */
	excerpt: z.string(),
	/** The page's sections (or FAQ questions) that match, with their anchors. */
	sections: z.array(section),
});
const found = {
	query: z.string(),
	/** The query with its typos corrected, when it had any: the results are for this one. */
	correctedQuery: z.string().optional(),
	language: z.string(),
	results: z.array(result),
};

type Found = { query: string; correctedQuery?: string; language: string; results: z.infer<typeof result>[] };

/** Registers `search_help_center` for the help center's languages, stages and categories. */
export function registerSearchTool(server: McpServer, helpCenter: HelpCenter): void {
	const { stages, categories } = helpCenter.languages[0]!.data;
	server.registerTool(
		'search_help_center',
		{
			title: 'Search the help center',
			description:
				'Searches the help center the way its search field does (same ranking, synonyms and typo correction) and returns the best-matching answers: title, address, the one-sentence answer, stage and category, an excerpt around the matched words and the matching sections or FAQ questions. Read an answer in full with get_article.',
			inputSchema: {
				query: z
					.string()
					.describe('What the customer asked, in their own words: a question or a few words. Everyday words and typos are fine.'),
				language: z
					.string()
					.optional()
					.describe(
						`The language to search in: ${languageList(helpCenter)}. Each language's search holds the articles translated into it.`,
					),
				stage: z
					.string()
					.optional()
					.describe(`Only answers for one stage of a purchase: ${stages.map((stage) => `${stage.id} (${stage.label})`).join(', ')}.`),
				category: z
					.string()
					.optional()
					.describe(
						`Only answers in one category, by its id: ${categories.map((category) => category.id).join(', ')} (list_categories describes them).`,
					),
			},
			outputSchema: found,
			annotations: { readOnlyHint: true, openWorldHint: false },
		},
		async ({ query, language: code, stage, category }) => {
			if (query.trim() === '')
				return inputError('The query is empty: give the customer’s question or a few words to search for, e.g. "where is my parcel".');
			const language = languageOrError(helpCenter, code);
			if (isToolResult(language)) return language;
			const { data } = language;
			if (stage && !data.stages.some((known) => known.id === stage))
				return inputError(`Unknown stage "${stage}": use one of ${data.stages.map((known) => `${known.id} (${known.label})`).join(', ')}.`);
			if (category && !data.categories.some((known) => known.id === category))
				return inputError(`Unknown category "${category}": use one of ${data.categories.map((known) => known.id).join(', ')}.`);
			const outcome = await (await helpCenter.search(language)).run(query, { stage, category });
			const answer = foundAnswers(query, language.code, outcome, helpCenter);
			return markdownResult(resultsMarkdown(answer, language, helpCenter), answer);
		},
	);
}

/** The outcome of a search with absolute addresses and plain-text excerpts. */
function foundAnswers(query: string, language: string, outcome: SearchOutcome, helpCenter: HelpCenter): Found {
	return {
		query,
		...(outcome.query.correctedQuery && { correctedQuery: outcome.query.correctedQuery }),
		language,
		results: outcome.results.map((page) => ({
			title: page.title,
			url: helpCenter.absolute(page.url),
			description: page.description,
			stage: page.stage,
			category: page.category,
			excerpt: plainText(page.excerpt),
			sections: page.subResults.map((sub) => ({ title: sub.title, url: helpCenter.absolute(sub.url), excerpt: plainText(sub.excerpt) })),
		})),
	};
}

/** Pagefind's excerpt HTML (escaped text, matches in <mark>) as the text a reader sees. */
function plainText(html: string): string {
	return decodeHTML(html.replace(/<[^>]*>/g, ''));
}

/** The results as the search page shows them: the corrected query, then each answer with its sections. */
function resultsMarkdown(found: Found, language: HelpCenterLanguage, helpCenter: HelpCenter): string {
	const tree: RootContent[] = [];
	// As the search page says it (src/client/search/render.ts): the customer sees these results for the corrected words.
	if (found.correctedQuery) tree.push(paragraph(`Showing results for “${found.correctedQuery}” (the query “${found.query}” had typos).`));
	if (found.results.length === 0) {
		tree.push(paragraph(`No answers found for “${found.correctedQuery ?? found.query}”.`));
		const nearby = closestCategories(queryWords(found.correctedQuery ?? found.query), language.data.categories);
		if (nearby.length > 0)
			tree.push(
				paragraph([
					{ type: 'text', value: 'Try fewer or different words, or look in these categories: ' },
					...joined(nearby.map((category) => link(category.title, helpCenter.absolute(category.url)))),
				]),
			);
		if (language !== helpCenter.languages[0])
			tree.push(
				paragraph(
					`This language's search holds only the articles translated into it: search in ${helpCenter.languages[0]!.code} for all of them.`,
				),
			);
		return markdownText(tree);
	}
	tree.push({
		type: 'list',
		ordered: true,
		// An answer is several paragraphs: blank lines between answers keep them apart.
		spread: true,
		children: found.results.map((page): ListItem => ({
			type: 'listItem',
			spread: false,
			children: [
				paragraph([link(page.title, page.url), { type: 'text', value: ` (${page.stage} › ${page.category})` }]),
				...(page.description ? [paragraph(page.description)] : []),
				...(page.excerpt ? [paragraph(`Excerpt: “${page.excerpt}”`)] : []),
				...(page.sections.length > 0
					? [paragraph([{ type: 'text', value: 'Matching sections: ' }, ...joined(page.sections.map((sub) => link(sub.title, sub.url)))])]
					: []),
			],
		})),
	});
	return markdownText(tree);
}

const link = (title: string, url: string): PhrasingContent => ({ type: 'link', url, children: [{ type: 'text', value: title }] });

/** Links separated by commas. */
function joined(links: PhrasingContent[]): PhrasingContent[] {
	return links.flatMap((node, index) => (index === 0 ? [node] : [{ type: 'text', value: ', ' }, node]));
}
