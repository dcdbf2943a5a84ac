/**
 * `get_article`: an article or FAQ page in full, as the Markdown twin the site publishes beside the page
 * (`<page>index.html.md`: a header with its title, stage, category, date and address, then the body with
 * policies and snippets filled in). Finds the page by whatever an assistant has of it: its slug, short id,
 * short link or address.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'astro/zod';
import { faqGroupUrl, markdownUrl } from '../../../src/lib/urls.ts';
import type { HelpCenter, HelpCenterLanguage } from '../help-center.ts';
import { inputError, isToolResult, languageList, languageOrError, markdownResult } from './tool-results.ts';

const ACCEPTED = 'its slug (start-a-return), short id (uc999y), short link (/a/uc999y/) or address (/articles/start-a-return/)';

/** Registers `get_article`. */
export function registerArticleTool(server: McpServer, helpCenter: HelpCenter): void {
	server.registerTool(
		'get_article',
		{
			title: 'Read an article',
			description:
				'Returns an article of the help center in full, as Markdown: a header (title, description, stage, category, last update, address, language), then the answer with the shop’s current policies filled in. FAQ pages too, by their address or id. Answer customers from this text and give them its address.',
			inputSchema: {
				id: z
					.string()
					.describe(
						`The article: ${ACCEPTED}, with or without the site's host, in any language (/nl/articles/…). A FAQ page by its address (/faq/returns-and-refunds/) or id.`,
					),
				language: z
					.string()
					.optional()
					.describe(
						`For a slug or short id: the language of the translation to return, one of ${languageList(helpCenter)}. An address has its language in it.`,
					),
			},
			annotations: { readOnlyHint: true, openWorldHint: false },
		},
		async ({ id, language: code }) => {
			if (id.trim() === '') return inputError(`No article given: give ${ACCEPTED}.`);
			const language = languageOrError(helpCenter, code);
			if (isToolResult(language)) return language;
			const page = findPage(id.trim(), helpCenter, code ? language : undefined);
			if ('problem' in page) return inputError(page.problem);
			const twin = await helpCenter.read(markdownUrl(page.path));
			if (!twin.ok) return inputError(`No article or FAQ page matches "${id}": give ${ACCEPTED}, or find it with search_help_center.`);
			return markdownResult(await twin.text());
		},
	);
}

/** One language's version of an article in the articles feed. */
interface ArticleVersion {
	language: string;
	/** Its page's path: `/nl/articles/change-or-cancel-an-order/`. */
	path: string;
	slug: string;
	/** The id its short link carries. */
	id: string;
	/** Its short link's path: `/nl/a/52xe82/`. */
	shortPath: string;
}

/**
 * The path of the page `input` names (an address, short link, slug, short id or FAQ page id), or why there
 * is none. `language`, when asked for, picks the translation of an article named by its slug or short id.
 */
function findPage(input: string, helpCenter: HelpCenter, language?: HelpCenterLanguage): { path: string } | { problem: string } {
	const versions = helpCenter.feed.articles.map((article) =>
		[article, ...article.translations].map((version): ArticleVersion => {
			const path = new URL(version.url).pathname;
			const shortPath = new URL(version.shortUrl).pathname;
			return { language: version.language, path, slug: path.split('/').at(-2)!, id: shortPath.split('/').at(-2)!, shortPath };
		}),
	);
	if (input.includes('/')) {
		// An address, with or without its scheme and host (help.example/articles/…) or first slash; its query and
		// fragment say nothing about the page.
		const address = /^[a-z]+:\/\/|^\//i.test(input) ? input : /^[^/]+\.[^/]+\//.test(input) ? `https://${input}` : `/${input}`;
		const url = new URL(address, 'https://site.invalid');
		const path = url.pathname.replace(/index\.html(\.md)?$/, '').replace(/([^/])$/, '$1/');
		const page = /^(?:\/[^/]+)?\/(a|articles|faq)\/[^/]+\/$/.exec(path);
		if (!page) return { problem: `"${input}" is not the address of an article or FAQ page: give ${ACCEPTED}.` };
		if (page[1] !== 'a') return { path };
		const version = versions.flat().find((candidate) => candidate.shortPath === path);
		return version ? { path: version.path } : { problem: `No article has the short link ${path}: give ${ACCEPTED}.` };
	}
	const name = input.toLowerCase();
	const article = versions.find((candidates) => candidates.some((version) => version.id === name || version.slug === name));
	// Not an article: maybe a FAQ page (`returns-and-refunds`); the caller finds out whether it exists.
	if (!article) return { path: faqGroupUrl(name, language?.path) };
	if (!language) return { path: article.find((version) => version.id === name || version.slug === name)!.path };
	const translation = article.find((version) => version.language === language.code);
	return translation
		? { path: translation.path }
		: {
				problem: `"${input}" is not translated into ${language.code}: it is available in ${article.map((version) => version.language).join(', ')}.`,
			};
}
