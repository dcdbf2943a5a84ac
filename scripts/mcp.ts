/**
 * `npm run mcp -- --site <dist folder or address>`: an MCP server (stdio) that lets support assistants search
 * the help center as customers do, read its articles as Markdown and list its categories, from a build
 * output folder or the published site. Tools: scripts/lib/mcp/. Logs go to stderr: stdout is the MCP channel.
 */
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { openHelpCenter, type HelpCenter } from './lib/help-center.ts';
import { helpCenterServer } from './lib/mcp/server.ts';

const USAGE = 'Usage: npm run mcp --silent -- --site <dist folder or https://address of the help center>';

// Anything a library prints would corrupt the JSON-RPC messages on stdout.
console.log = console.error;

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

let site: string | undefined;
try {
	site = parseArgs({ options: { site: { type: 'string' } } }).values.site;
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
if (!site) fail(`No help center given.\n${USAGE}`);

let helpCenter: HelpCenter;
try {
	helpCenter = await openHelpCenter(site);
} catch (error) {
	fail((error as Error).message);
}
await helpCenterServer(helpCenter).connect(new StdioServerTransport());
console.error(
	`Answerkit MCP server: ${helpCenter.name} from ${site}, languages ${helpCenter.languages.map((language) => language.code).join(', ')}.`,
);
