/**
 * A writer's session in the real Decap CMS UI (the sample build's /admin/) against the real decap-server, on a
 * temporary copy of the sample content: one per test file, so the CMS tests of two files run side by side.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDecapServer, type DecapServer } from '../../scripts/lib/decap-server.ts';
import { launchChromium, serveSite, type StaticSite } from '../../scripts/lib/chromium.ts';
import { cleanUp, freePort, projectRoot } from './build';

/** The sample content folder the session copies. */
export const sampleContent = join(projectRoot, 'content');

/**
 * Logs in to /admin/ before the file's tests and closes everything after them. The sample build's /admin/
 * talks to the port the global setup built it for; the browser forwards those requests to this file's own
 * decap-server, so each file edits its own copy of the content.
 */
export function useDecapCms() {
	const session = {
		root: '',
		/** The port of this file's decap-server (its guard), which the browser's requests are forwarded to. */
		port: 0,
		decap: undefined as unknown as DecapServer,
		browser: undefined as unknown as Browser,
		context: undefined as unknown as BrowserContext,
		site: undefined as unknown as StaticSite,
		page: undefined as unknown as Page,
		/** Every request the browser made to another origin than the site and the CMS backend. */
		otherOrigins: [] as string[],
		/** A content file's absolute path. */
		contentFile: (path: string) => join(session.root, 'content', path),
		read: (path: string) => readFileSync(session.contentFile(path), 'utf8'),
		/** Waits until a file satisfies `check` (decap-server writes after the UI says it saved). */
		async waitForFile(path: string, check: (text: string | undefined) => boolean) {
			for (let attempt = 0; attempt < 100; attempt++) {
				const text = existsSync(session.contentFile(path)) ? session.read(path) : undefined;
				if (check(text)) return text;
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			throw new Error(
				`${path} never reached the expected state:\n${existsSync(session.contentFile(path)) ? session.read(path) : '(missing)'}`,
			);
		},
		/**
		 * Opens an address of /admin/ in a new tab, so Decap loads the entry afresh, as when a writer opens a link. Closing
		 * the old tab skips its "leave unsaved changes?" prompt, which a reload of a page with refused edits can hang on.
		 */
		async openInNewTab(path: string) {
			const previous = session.page;
			session.page = await session.context.newPage();
			await previous?.close();
			await session.page.goto(`${session.site.origin}${path}`);
		},
		async openEntry(collection: string, slug: string) {
			await session.openInNewTab(`/admin/#/collections/${collection}/entries/${slug}`);
			await session.page.getByRole('button', { name: 'Publish' }).first().waitFor();
		},
		async publish() {
			const { page } = session;
			await page.getByRole('button', { name: 'Publish' }).first().click();
			await page.getByText('Publish now').click();
			await page.getByText('Unsaved changes').waitFor({ state: 'hidden' });
		},
		/** Opens a react-select widget (select, relation) by its field name, types `typed` and picks the option labelled `option`. */
		async pick(field: string, option: string, typed = option) {
			const { page } = session;
			await page.locator(`[id^="${field}-field-"]`).first().click();
			await page.keyboard.type(typed);
			await page.getByText(option, { exact: true }).last().waitFor();
			await page.keyboard.press('Enter');
		},
	};

	beforeAll(async () => {
		session.root = mkdtempSync(join(tmpdir(), 'answerkit-cms-'));
		cpSync(sampleContent, join(session.root, 'content'), { recursive: true });
		const builtFor = inject('cmsPort');
		const [browser, site, port] = await Promise.all([launchChromium(), serveSite(inject('sampleDist')), freePort()]);
		Object.assign(session, { browser, site, port });
		session.decap = await startDecapServer({ root: session.root, mode: 'fs', port, allowedOrigins: [site.origin] });
		session.context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
		await session.context.route(`http://localhost:${builtFor}/**`, async (route) => {
			const url = new URL(route.request().url());
			url.port = String(port);
			// A kept-alive connection the server closed just as a request went out resets: send it again on a new one
			// (the request never reached decap-server). Any other failure, or a page closed meanwhile, aborts it.
			for (let attempt = 1; ; attempt++) {
				try {
					return await route.fulfill({ response: await route.fetch({ url: url.href }) });
				} catch (error) {
					if (attempt < 3 && /ECONNRESET|socket hang up/.test(String(error))) continue;
					return await route.abort().catch(() => {});
				}
			}
		});
		session.context.on('request', (request) => {
			const { protocol, hostname } = new URL(request.url());
			if (/^https?:$/.test(protocol) && !['127.0.0.1', 'localhost'].includes(hostname)) session.otherOrigins.push(request.url());
		});
		// Decap confirms deletes and leaving unsaved edits; a dialog the page closed itself (on navigation) needs no answer.
		session.context.on('dialog', (dialog) => dialog.accept().catch(() => {}));
		await session.openInNewTab('/admin/');
		await session.page.getByRole('button', { name: /login/i }).click();
		await session.page.getByText('Articles', { exact: true }).first().waitFor();
	});

	afterAll(async () => {
		await session.browser?.close();
		await session.site?.close();
		await session.decap?.stop();
		if (session.root) cleanUp(session.root);
	});

	return session;
}
