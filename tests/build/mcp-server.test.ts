/**
 * `npm run mcp`: the MCP server support assistants connect to, started as they start it and spoken to with
 * the SDK's own client, against the sample build as a folder and served over http. Its search must rank as
 * the site's search does, its articles are the site's Markdown twins, and bad input gets a sentence, not a crash.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveSite, type StaticSite } from '../../scripts/lib/chromium.ts';
import type { SearchData } from '../../src/lib/search/search-data';
import { projectRoot } from '../helpers/build';
import { findabilityQueries } from '../helpers/findability-queries';
import { loadSearch } from '../helpers/search-node';

const NODE = join(projectRoot, 'node_modules/.bin/node');

type Found = { correctedQuery?: string; results: { url: string; title: string; excerpt: string; sections: { excerpt: string }[] }[] };
type Listing = { stages: { id: string; categories: { id: string; articles: number }[] }[] };

let dist: string;
let site: string;
let client: Client;
let siteSearch: Awaited<ReturnType<typeof loadSearch>>;

async function connect(source: string): Promise<Client> {
	const connected = new Client({ name: 'answerkit-tests', version: '1.0.0' });
	await connected.connect(
		new StdioClientTransport({ command: NODE, args: ['scripts/mcp.ts', '--site', source], cwd: projectRoot, stderr: 'pipe' }),
	);
	return connected;
}

const call = async (name: string, args: Record<string, unknown>, on = client) =>
	(await on.callTool({ name, arguments: args })) as CallToolResult;
const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;
const search = async (args: Record<string, unknown>, on = client) =>
	(await call('search_help_center', args, on)).structuredContent as Found;
const twin = (path: string) => readFileSync(join(dist, path, 'index.html.md'), 'utf8');

beforeAll(async () => {
	dist = inject('sampleDist');
	site = (JSON.parse(readFileSync(join(dist, 'api/articles.json'), 'utf8')) as { site: string }).site;
	[client, siteSearch] = await Promise.all([connect(dist), loadSearch(dist)]);
});
afterAll(() => client?.close());

describe('the MCP server', () => {
	it('offers three tools, each with a description and an input schema', async () => {
		const { tools } = await client.listTools();
		expect(tools.map((tool) => tool.name).sort()).toEqual(['get_article', 'list_categories', 'search_help_center']);
		for (const tool of tools) {
			expect(tool.description!.length, tool.name).toBeGreaterThan(60);
			expect(tool.inputSchema.type).toBe('object');
		}
		const schema = (name: string) => tools.find((tool) => tool.name === name)!.inputSchema;
		expect(schema('search_help_center').required).toEqual(['query']);
		expect(Object.keys(schema('search_help_center').properties!)).toEqual(['query', 'language', 'stage', 'category']);
		expect(schema('get_article').required).toEqual(['id']);
		expect(client.getInstructions()).toContain('Fernhill Help Center');
	});
});

describe('search_help_center', () => {
	it.each(findabilityQueries)('ranks “%s” as the site does, with %s in its top 3', async (query, expected) => {
		const [found, onSite] = await Promise.all([search({ query }), siteSearch(query)]);
		expect(found.results[0]?.url).toBe(new URL(onSite.results[0]!.url, site).href);
		expect(found.results.slice(0, 3).map((result) => result.url)).toContain(new URL(expected, site).href);
	});

	it('says which typos it corrected, as the search page does', async () => {
		const result = await call('search_help_center', { query: 'refnud for my retrun' });
		expect((result.structuredContent as Found).correctedQuery).toBe('refund for my return');
		expect(text(result)).toMatch(/^Showing results for “refund for my return”/);
		expect((await search({ query: 'watch not connecting' })).correctedQuery).toBeUndefined();
	});

	it('lists each answer with its address, description and sections, and excerpts as plain text', async () => {
		const result = await call('search_help_center', { query: 'pack your return' });
		expect(text(result)).toMatch(
			/^1\. \[How do I return an item\?]\(https:\/\/help\.fernhill\.example\/articles\/start-a-return\/\) \(After your order › Returns/m,
		);
		expect(text(result)).toContain('(https://help.fernhill.example/articles/start-a-return/#pack-and-send-it)');
		const { results } = result.structuredContent as Found;
		expect(results.length).toBeGreaterThan(1);
		for (const found of results)
			expect([found.excerpt, ...found.sections.map((section) => section.excerpt)].join(' ')).not.toMatch(/<|&[a-z]+;/);
		expect(results[0]!.excerpt).toMatch(/\bpack\b/i);
	});

	it('searches a translation’s own index, and filters by stage and category', async () => {
		const dutch = await search({ query: 'terugsturen', language: 'nl' });
		expect(dutch.results[0]!.url).toMatch(/^https:\/\/help\.fernhill\.example\/nl\/articles\//);
		expect(dutch.results.every((result) => result.url.includes('/nl/'))).toBe(true);
		const filtered = await call('search_help_center', { query: 'card', category: 'payment' });
		expect((filtered.structuredContent as Found).results.length).toBeGreaterThan(0);
		expect(
			text(filtered)
				.match(/\(\w[^()]* › ([^)]+)\)/g)
				?.every((labels) => labels.endsWith('› Payment)')),
		).toBe(true);
	});

	it('refuses an empty query, an unknown language and an unknown stage with a sentence saying what it accepts', async () => {
		const empty = await call('search_help_center', { query: '   ' });
		expect(empty.isError).toBe(true);
		expect(text(empty)).toMatch(/query is empty/);
		const language = await call('search_help_center', { query: 'refund', language: 'fr' });
		expect(language.isError).toBe(true);
		expect(text(language)).toBe('Unknown language "fr": this help center\'s languages are en (the default), de, nl.');
		const stage = await call('search_help_center', { query: 'refund', stage: 'after' });
		expect(stage.isError).toBe(true);
		expect(text(stage)).toMatch(/^Unknown stage "after": use one of before-purchase \(Before you buy\), during-purchase/);
	});
});

describe('get_article', () => {
	it('returns the Markdown twin, policies and snippets filled in, by slug, short id, short link or address', async () => {
		const expected = twin('articles/start-a-return');
		expect(expected).toContain('You have 30 days from the day you receive your order');
		expect(expected).toContain('Cover old shipping labels and barcodes');
		expect(expected).not.toMatch(/<(Policy|Snippet)/);
		for (const id of [
			'start-a-return',
			'qytarm',
			'https://help.fernhill.example/a/qytarm/',
			'/a/qytarm/',
			'https://help.fernhill.example/articles/start-a-return/',
			'/articles/start-a-return/#pack-and-send-it',
			'https://help.fernhill.example/articles/start-a-return/index.html.md',
		]) {
			const result = await call('get_article', { id });
			expect(result.isError, id).toBeFalsy();
			expect(text(result), id).toBe(expected);
		}
	});

	it('returns a translation by language or by its address, and FAQ pages', async () => {
		const dutch = twin('nl/articles/start-a-return');
		expect(dutch).toMatch(/^language: nl$/m);
		for (const args of [
			{ id: 'start-a-return', language: 'nl' },
			{ id: 'qytarm', language: 'nl' },
			{ id: '/nl/a/qytarm/' },
			{ id: '/nl/articles/start-a-return/' },
		])
			expect(text(await call('get_article', args)), JSON.stringify(args)).toBe(dutch);
		expect(text(await call('get_article', { id: '/faq/returns-and-refunds/' }))).toBe(twin('faq/returns-and-refunds'));
		expect(text(await call('get_article', { id: 'returns-and-refunds', language: 'de' }))).toBe(twin('de/faq/returns-and-refunds'));
	});

	it('refuses an unknown article, an untranslated one and an unknown language with a sentence saying what it accepts', async () => {
		for (const id of ['no-such-article', '/articles/no-such-article/', '/a/zzzzzz/', '/contact/']) {
			const result = await call('get_article', { id });
			expect(result.isError, id).toBe(true);
			expect(text(result), id).toMatch(/give its slug \(start-a-return\), short id \(uc999y\), short link \(\/a\/uc999y\/\) or address/);
		}
		const untranslated = await call('get_article', { id: 'battery-and-charger-compatibility', language: 'nl' });
		expect(untranslated.isError).toBe(true);
		expect(text(untranslated)).toBe('"battery-and-charger-compatibility" is not translated into nl: it is available in en.');
		expect((await call('get_article', { id: 'start-a-return', language: 'klingon' })).isError).toBe(true);
	});
});

describe('list_categories', () => {
	it('lists every category under its stage, with its article count', async () => {
		const data = JSON.parse(readFileSync(join(dist, 'search/data.json'), 'utf8')) as SearchData;
		const result = await call('list_categories', {});
		const sections = text(result).split(/^## /m).slice(1);
		expect(sections).toHaveLength(data.stages.length);
		for (const category of data.categories) {
			const section = sections.find((candidate) => candidate.startsWith(data.stages.find((stage) => stage.id === category.stage)!.label))!;
			expect(section, category.id).toContain(`[${category.title}](${new URL(category.url, site).href}) (id ${category.id}, `);
		}
		const listing = result.structuredContent as Listing;
		expect(listing.stages.flatMap((stage) => stage.categories.map((category) => `${stage.id}/${category.id}`)).sort()).toEqual(
			data.categories.map((category) => `${category.stage}/${category.id}`).sort(),
		);
		// As the home page counts them.
		expect(listing.stages[0]!.categories.find((category) => category.id === 'products')!.articles).toBe(4);
		expect(text(await call('list_categories', { language: 'nl' }))).toContain('## Voor je aankoop (before-purchase)');
	});
});

describe('npm run mcp', () => {
	it('answers the same from the site served over http as from its folder', async () => {
		const served: StaticSite = await serveSite(dist);
		const overHttp = await connect(served.origin);
		try {
			for (const [query] of findabilityQueries) {
				const [fromHttp, fromFolder] = await Promise.all([search({ query }, overHttp), search({ query })]);
				expect(fromHttp.results[0]?.url, query).toBe(fromFolder.results[0]?.url);
			}
			expect((await search({ query: 'terugsturen', language: 'nl' }, overHttp)).results[0]!.url).toMatch(/\/nl\/articles\//);
			expect(text(await call('get_article', { id: 'qytarm' }, overHttp))).toBe(twin('articles/start-a-return'));
		} finally {
			await overHttp.close();
			await served.close();
		}
	});

	it('exits with a message on stderr when --site is missing or not a built help center', () => {
		const empty = mkdtempSync(join(tmpdir(), 'answerkit-not-a-site-'));
		try {
			for (const [args, message] of [
				[[], /^No help center given\.\nUsage: npm run mcp --silent -- --site /],
				[['--site', empty], /is not a built Answerkit site: it has no pagefind\/pagefind\.js\./],
				[['--site', join(empty, 'missing')], /is neither a folder nor an http\(s\) address\./],
			] as const) {
				const run = spawnSync(NODE, ['scripts/mcp.ts', ...args], { cwd: projectRoot, encoding: 'utf8', input: '' });
				expect(run.status, args.join(' ')).toBe(1);
				expect(run.stderr).toMatch(message);
				expect(run.stdout).toBe('');
			}
		} finally {
			rmSync(empty, { recursive: true });
		}
	});

	it('starts with the README’s configuration, with nothing but JSON-RPC on stdout', async () => {
		const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
		const section = readme.slice(readme.indexOf('## MCP server for support assistants'));
		const config = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]!) as {
			mcpServers: { answerkit: { command: string; args: string[] } };
		};
		const { command, args } = config.mcpServers.answerkit;
		const server = spawn(command, [...args.slice(0, -1), dist], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'ignore'] });
		let stdout = '';
		server.stdout.on('data', (chunk) => (stdout += chunk));
		server.stdin.write(
			`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'readme', version: '1' } } })}\n`,
		);
		try {
			await expect.poll(() => stdout.includes('\n'), { timeout: 20_000 }).toBe(true);
		} finally {
			server.stdin.end();
			server.kill();
		}
		const lines = stdout.trim().split('\n');
		expect(lines.map((line) => (JSON.parse(line) as { jsonrpc: string }).jsonrpc)).toEqual(['2.0']);
		expect(JSON.parse(lines[0]!).result.serverInfo.name).toBe('answerkit');
	});
});
