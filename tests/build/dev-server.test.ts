/** `npm run dev`, as writers preview with it: drafts shown, search working and kept up to date. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, copyFixture, editFile as edit, startDevServer } from '../helpers/build';
import { loadSearch } from '../helpers/search-node';

const temporary: string[] = [];
afterEach(() => cleanUp(...temporary.splice(0)));

describe('npm run dev', () => {
	it('serves drafts for writers to preview, has working search, and re-indexes when content changes', async () => {
		const dir = copyFixture('small-kb');
		temporary.push(dir);
		const server = await startDevServer(dir);
		try {
			const response = await fetch(`${server.origin}/articles/secret-launch/`);
			expect(response.status).toBe(200);
			expect(await response.text()).toContain('Our upcoming launch');

			await expect
				.poll(async () => (await fetch(`${server.origin}/pagefind/pagefind.js`)).status, { timeout: 60_000, interval: 500 })
				.toBe(200);
			const search = await loadSearch(server.origin);
			expect((await search('refund')).results.map((r) => r.url)).toContainEqual(expect.stringMatching(/^\/articles\/refund-times\//));

			edit(join(dir, 'articles/en/payment-methods.mdx'), (text) => `${text}\nWe also accept Zorblax vouchers.\n`);
			await expect
				.poll(async () => (await (await loadSearch(server.origin))('zorblax')).results.map((r) => r.url), {
					timeout: 60_000,
					interval: 1000,
				})
				.toContainEqual(expect.stringMatching(/^\/articles\/payment-methods\//));
			// Only the edited article's page was rendered again for the index; a policy can change every page.
			expect(server.output()).toMatch(/search index: \d+ pages in [\d.]+ s, 1 of them rendered again/);
			edit(join(dir, 'settings/site.yaml'), (text) => text.replace(/return-window: .*/, 'return-window: 45 Zorblax days'));
			await expect
				.poll(async () => (await (await loadSearch(server.origin))('zorblax')).results.map((r) => r.url), {
					timeout: 60_000,
					interval: 1000,
				})
				.toContainEqual(expect.stringMatching(/^\/articles\/return-an-item\//));

			// The AI-ready exports work in dev too: an article's Markdown twin, and llms-full.txt made of the twins.
			const twin = await (await fetch(`${server.origin}/articles/payment-methods/index.html.md`)).text();
			expect(twin).toMatch(/^---\ntitle: .+/);
			expect(twin).toContain('Zorblax vouchers');
			const full = await (await fetch(`${server.origin}/llms-full.txt`)).text();
			expect(full).toContain('Zorblax vouchers');
			expect(full).toContain(twin.split('\n')[1]!);

			// The help widget, bundled on request: its launcher, the panel it imports, and the panel's data.
			const launcher = await fetch(`${server.origin}/widget.js`);
			expect(launcher.headers.get('content-type')).toMatch(/javascript/);
			expect(launcher.headers.get('access-control-allow-origin')).toBe('*');
			expect(await launcher.text()).toContain('/widget/panel.js');
			expect((await fetch(`${server.origin}/widget/panel.js`)).status).toBe(200);
			const data = await (await fetch(`${server.origin}/widget/data.json`)).json();
			expect(data.contact.email).toBe('help@test.example');
		} finally {
			await server.stop();
		}
	});
});
