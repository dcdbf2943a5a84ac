/** The MCP server of a help center: its three tools for support assistants, over any MCP transport. */
import { readFileSync } from 'node:fs';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { HelpCenter } from '../help-center.ts';
import { registerArticleTool } from './article-tool.ts';
import { registerCategoriesTool } from './categories-tool.ts';
import { registerSearchTool } from './search-tool.ts';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

/** A server answering from `helpCenter`; connect it to a transport to start it. */
export function helpCenterServer(helpCenter: HelpCenter): McpServer {
	const server = new McpServer(
		{ name: 'answerkit', title: helpCenter.name, version },
		{
			// Read by assistants when they connect: what the tools are for, and that answers come from the articles.
			instructions: `The help center ${helpCenter.name} (${helpCenter.url}). Find answers to customers' questions with search_help_center, read one in full with get_article before answering, and give customers the article's address. list_categories shows what the help center covers.`,
		},
	);
	registerSearchTool(server, helpCenter);
	registerArticleTool(server, helpCenter);
	registerCategoriesTool(server, helpCenter);
	return server;
}
