/**
 * Writers edit through the real Decap CMS UI (the sample build's /admin/) against the real decap-server,
 * on a temporary copy of the sample content.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { startDecapServer, type DecapServer } from '../../scripts/lib/decap-server.ts';
import { articleSchema, faqGroupSchema } from '../../src/schemas';
import { toHtml } from 'hast-util-to-html';
import { renderBody } from '../../src/components/mdx';
import { useTranslations } from '../../src/i18n';
import { parseMdx } from '../../src/lib/mdx';
import { acceptsConnections, buildSite, cleanUp, projectRoot } from '../helpers/build';
import { launchChromium, serveSite, type StaticSite } from '../../scripts/lib/chromium.ts';

const port = inject('cmsPort');
const sampleContent = join(projectRoot, 'content');
let root: string;
let decap: DecapServer;
let browser: Browser;
let context: BrowserContext;
let site: StaticSite;
let page: Page;
const otherOrigins: string[] = [];

/** `npm run test:full` round-trips every sample article through the editor; `npm test` a covering sample. */
const FULL = process.env.KB_TEST_FULL === '1';

/** What an article's body may hold that the rich-text editor must write back unchanged. */
const BODY_FEATURES: Record<string, RegExp> = {
	...Object.fromEntries(['Callout', 'Steps', 'Snippet', 'Policy', 'Video'].map((name) => [name, new RegExp(`<${name}\\b`)])),
	'titled callout': /<Callout [^>]*title=/,
	'quote in an attribute': /=\{"/,
	'HTML element': /<[a-z]+[ >]/,
	image: /!\[/,
	table: /^\|.*\|$/m,
	'numbered list': /^\d+\. /m,
	'bulleted list': /^[-*] /m,
	'### heading': /^### /m,
	'bold text': /\*\*[^*]+\*\*/,
	link: /\]\(\//,
	'inline code': /`[^`]+`/,
};

/**
 * Every sample article in the full run; otherwise the fewest articles that together use every feature of
 * {@link BODY_FEATURES} that any sample article uses (picked greedily, in file order).
 */
function articlesToRoundTrip(): string[] {
	const files = readdirSync(join(sampleContent, 'articles')).sort();
	const slugs = files.map((file) => file.replace(/\.mdx$/, ''));
	if (FULL) return slugs;
	const uses = new Map(
		files.map((file, index) => {
			const body = readFileSync(join(sampleContent, 'articles', file), 'utf8')
				.split('\n---\n')
				.slice(1)
				.join('\n---\n');
			return [slugs[index], new Set(Object.keys(BODY_FEATURES).filter((feature) => BODY_FEATURES[feature].test(body)))];
		}),
	);
	const uncovered = new Set([...uses.values()].flatMap((features) => [...features]));
	const picked: string[] = [];
	while (uncovered.size > 0) {
		const [best] = [...uses].sort(
			([, a], [, b]) => [...b].filter((f) => uncovered.has(f)).length - [...a].filter((f) => uncovered.has(f)).length,
		)[0];
		picked.push(best);
		for (const feature of uses.get(best)!) uncovered.delete(feature);
	}
	return picked;
}

const contentFile = (path: string) => join(root, 'content', path);
const bodyOf = (source: string) => source.split(/^---$/m).slice(2).join('---');
const read = (path: string) => readFileSync(contentFile(path), 'utf8');

/** Waits until a file satisfies `check` (decap-server writes after the UI says it saved). */
async function waitForFile(path: string, check: (text: string | undefined) => boolean) {
	for (let attempt = 0; attempt < 100; attempt++) {
		const text = existsSync(contentFile(path)) ? read(path) : undefined;
		if (check(text)) return text;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${path} never reached the expected state:\n${existsSync(contentFile(path)) ? read(path) : '(missing)'}`);
}

/**
 * Opens an address of /admin/ in a new tab, so Decap loads the entry afresh, as when a writer opens a link. Closing
 * the old tab skips its "leave unsaved changes?" prompt, which a reload of a page with refused edits can hang on.
 */
async function openInNewTab(path: string) {
	const previous = page;
	page = await context.newPage();
	await previous?.close();
	await page.goto(`${site.origin}${path}`);
}

async function openEntry(collection: string, slug: string) {
	await openInNewTab(`/admin/#/collections/${collection}/entries/${slug}`);
	await page.getByRole('button', { name: 'Publish' }).first().waitFor();
}

async function publish() {
	await page.getByRole('button', { name: 'Publish' }).first().click();
	await page.getByText('Publish now').click();
	await page.getByText('Unsaved changes').waitFor({ state: 'hidden' });
}

/** Opens a react-select widget (select, relation) by its field name and picks an option. */
async function pick(field: string, option: string) {
	await page.locator(`[id^="${field}-field-"]`).first().click();
	await page.keyboard.type(option);
	await page.getByText(option, { exact: true }).last().waitFor();
	await page.keyboard.press('Enter');
}

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'answerkit-cms-'));
	cpSync(sampleContent, join(root, 'content'), { recursive: true });
	[browser, site] = await Promise.all([launchChromium(), serveSite(inject('sampleDist'))]);
	decap = await startDecapServer({ root, mode: 'fs', port, allowedOrigins: [site.origin] });
	context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	context.on('request', (request) => {
		const { protocol, hostname } = new URL(request.url());
		if (/^https?:$/.test(protocol) && !['127.0.0.1', 'localhost'].includes(hostname)) otherOrigins.push(request.url());
	});
	// Decap confirms deletes and leaving unsaved edits; a dialog the page closed itself (on navigation) needs no answer.
	context.on('dialog', (dialog) => dialog.accept().catch(() => {}));
	await openInNewTab('/admin/');
	await page.getByRole('button', { name: /login/i }).click();
	await page.getByText('Articles', { exact: true }).first().waitFor();
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
	await decap?.stop();
	if (root) cleanUp(root);
});

describe('Decap CMS at /admin/', () => {
	it('is served from the site itself and kept out of search engines and the sitemap', async () => {
		const dist = inject('sampleDist');
		const html = readFileSync(join(dist, 'admin/index.html'), 'utf8');
		expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
		expect(html).toContain('<script src="/admin/decap/decap-cms.js"></script>');
		expect(existsSync(join(dist, 'admin/decap/decap-cms.js'))).toBe(true);
		expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
		// The search index holds the articles and FAQ pages, nothing else.
		const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
		const contentPages = readdirSync(join(sampleContent, 'articles')).length + readdirSync(join(sampleContent, 'faq')).length;
		expect(entry.languages.en.page_count).toBe(contentPages);
		// The CMS runs from the site's own copy: every collection is listed after login, and nothing came from a CDN.
		for (const collection of ['Articles', 'Categories', 'FAQ groups', 'Snippets', 'Site settings', 'Search synonyms'])
			await expect(page.getByRole('link', { name: collection, exact: true }).count()).resolves.toBeGreaterThan(0);
		expect(otherOrigins).toEqual([]);
	});

	it(
		`saves ${FULL ? 'every sample article' : 'sample articles that use every feature'} byte for byte: after an edit only the edited line differs, after undoing it nothing does`,
		{ timeout: 600_000 },
		async () => {
			const slugs = articlesToRoundTrip();
			expect(slugs.length).toBeGreaterThanOrEqual(FULL ? 48 : 3);
			for (const slug of slugs) {
				const path = `articles/${slug}.mdx`;
				const original = read(path);
				await openEntry('articles', slug);
				// Some widgets normalise their value on load, which lets the writer save at once: that must not alter the file.
				if (await page.getByText('Unsaved changes').isVisible()) {
					await publish();
					expect(await waitForFile(path, (text) => text === original), `${slug} saved as opened`).toBe(original);
				}
				const firstParagraph = page.locator('[data-slate-editor="true"]').first().locator('p').first();
				const startOfBody = async () => {
					// Right after a save the editor may re-render under the click: retry until the caret is really at the start.
					for (let attempt = 0; attempt < 20; attempt++) {
						await firstParagraph.click({ position: { x: 3, y: 8 } });
						await page.keyboard.press('Control+Home');
						const atStart = await firstParagraph.evaluate((p) => {
							const selection = getSelection();
							if (!selection?.anchorNode || !p.contains(selection.anchorNode) || selection.anchorOffset !== 0) return false;
							const range = document.createRange();
							range.setStart(p, 0);
							range.setEnd(selection.anchorNode, 0);
							return range.toString() === '';
						});
						if (atStart) {
							// The editor copies the browser's selection into its own on a throttled selectionchange.
							await page.waitForTimeout(300);
							return;
						}
						await page.waitForTimeout(100);
					}
					throw new Error('could not put the caret at the start of the body');
				};
				// The rich-text editor writes the whole body again: everything but the edit must come out as it was.
				const shown = await firstParagraph.textContent();
				await startOfBody();
				// One input event: typed key by key, a busy machine lets the editor re-render between keys and move the caret.
				await page.keyboard.insertText('OK ');
				await publish();
				const end = original.indexOf('\n---\n') + 5;
				const edited = `${original.slice(0, end)}OK ${original.slice(end)}`;
				expect(await waitForFile(path, (text) => text !== original), `${slug} after typing "OK " at the start of the body`).toBe(edited);
				await startOfBody();
				for (let i = 0; i < 3; i++) await page.keyboard.press('Delete');
				await expect.poll(() => firstParagraph.textContent(), { message: `${slug}: "OK " deleted in the editor` }).toBe(shown);
				await publish();
				expect(await waitForFile(path, (text) => text !== edited), `${slug} after deleting "OK " again`).toBe(original);
			}
		},
	);

	it('creates an article with a callout that validates and builds, with a live preview in the site style', async () => {
		await page.goto(`${site.origin}/admin/#/collections/articles/new`);
		await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Can I pay with a voucher from a partner shop?');
		await page
			.getByRole('textbox', { name: 'Description', exact: true })
			.fill('No, we only accept Fernhill gift cards, but you can combine one with another payment method.');
		await pick('stage', 'During purchase');
		await pick('category', 'Payment');
		await page.locator('[id^="keywords-field-"]').fill('partner voucher, third-party gift card');
		await page.locator('[data-slate-editor="true"]').first().click();
		await page.keyboard.insertText('We accept Fernhill gift cards only.');
		await page.keyboard.press('Enter');
		await page.getByTitle('Add Component').click();
		await page.getByRole('menuitem', { name: 'Callout' }).click();
		await page.locator('[id^="title-field-"]').nth(1).fill('Gift cards from other shops');
		await page.locator('[data-slate-editor="true"]').nth(1).click();
		await page.keyboard.insertText('Vouchers from other shops cannot be used with us.');

		const preview = page.frameLocator('iframe').first();
		await expect(preview.locator('.callout.callout--info .callout__title').textContent()).resolves.toBe('Gift cards from other shops');
		await expect(preview.locator('link[rel="stylesheet"]').first().getAttribute('href')).resolves.toMatch(/^\/_astro\/.+\.css$/);

		await publish();
		const path = 'articles/can-i-pay-with-a-voucher-from-a-partner-shop.mdx';
		const file = (await waitForFile(path, (text) => text !== undefined))!;
		expect(file).toContain(
			'\n---\nWe accept Fernhill gift cards only.\n\n<Callout type="info" title="Gift cards from other shops">\nVouchers from other shops cannot be used with us.\n</Callout>',
		);
		const frontmatter = articleSchema.parse(parse(file.split('\n---\n')[0].slice(4)));
		expect(frontmatter).toMatchObject({
			stage: 'during-purchase',
			category: 'payment',
			keywords: ['partner voucher', 'third-party gift card'],
			draft: false,
		});

		const build = await buildSite(join(root, 'content'));
		try {
			expect(build.ok, build.output).toBe(true);
			const html = readFileSync(join(build.outDir, 'articles/can-i-pay-with-a-voucher-from-a-partner-shop/index.html'), 'utf8');
			expect(html).toContain('<p class="callout__title">Gift cards from other shops</p>');
		} finally {
			cleanUp(build.outDir);
		}
	});

	it('edits that article, adds a FAQ question and uploads an image', async () => {
		const path = 'articles/can-i-pay-with-a-voucher-from-a-partner-shop.mdx';
		const before = read(path);
		await openEntry('articles', 'can-i-pay-with-a-voucher-from-a-partner-shop');
		await page
			.getByRole('textbox', { name: 'Description', exact: true })
			.fill('No, only Fernhill gift cards, which you can combine with any other payment method.');
		await publish();
		const edited = (await waitForFile(path, (text) => text !== before))!;
		expect(edited).toContain('description: No, only Fernhill gift cards, which you can combine with any other');
		expect(edited.split('\n---\n')[1]).toBe(before.split('\n---\n')[1]);

		const faqBefore = read('faq/accounts.yaml');
		await openEntry('faq', 'accounts');
		await page.getByRole('button', { name: 'Add questions' }).click();
		await page.locator('[id^="id-field-"]').last().fill('account-partner-login');
		await page.locator('[id^="question-field-"]').last().fill('Can I sign in with my partner shop account?');
		await page
			.locator('[id^="answer-field-"]')
			.last()
			.fill('No, you need a Fernhill account, or you can [check out as a guest](/articles/guest-checkout/).');
		await publish();
		const faq = (await waitForFile('faq/accounts.yaml', (text) => text !== faqBefore))!;
		expect(faq.startsWith(faqBefore)).toBe(true);
		const group = faqGroupSchema.parse(parse(faq));
		expect(group.questions.at(-1)).toEqual({
			id: 'account-partner-login',
			question: 'Can I sign in with my partner shop account?',
			answer: 'No, you need a Fernhill account, or you can [check out as a guest](/articles/guest-checkout/).',
		});

		await page.goto(`${site.origin}/admin/#/collections/articles`);
		await page.getByText('Media', { exact: true }).click();
		const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
		await page.locator('input[type=file]').setInputFiles({ name: 'parcel-label.png', mimeType: 'image/png', buffer: png });
		const upload = contentFile('uploads/parcel-label.png');
		for (let attempt = 0; attempt < 50 && !existsSync(upload); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
		expect(readFileSync(upload)).toEqual(png);
		await page.getByRole('button', { name: 'Close' }).first().click();
	});

	it('edits policy values and synonyms, changing only those lines', async () => {
		const settingsBefore = read('settings/site.yaml');
		await openInNewTab('/admin/#/collections/settings/entries/site');
		await page.getByRole('textbox', { name: 'Value of return-window' }).fill('31 days');
		await publish();
		const settings = (await waitForFile('settings/site.yaml', (text) => text !== settingsBefore))!;
		expect(settings).toBe(settingsBefore.replace('return-window: 30 days', 'return-window: 31 days'));

		const synonymsBefore = read('search/synonyms.yaml');
		await openInNewTab('/admin/#/collections/search/entries/synonyms');
		await page.getByRole('button', { name: 'Add a row' }).click();
		await page
			.getByRole('textbox', { name: /^Name \d+$/ })
			.last()
			.fill('e-voucher');
		await page.getByRole('textbox', { name: 'Value of e-voucher' }).fill('gift card, discount code');
		await publish();
		const synonyms = (await waitForFile('search/synonyms.yaml', (text) => text !== synonymsBefore))!;
		expect(synonyms.replace('  e-voucher:\n    - gift card\n    - discount code\n', '')).toBe(synonymsBefore);
		expect(parse(synonyms).synonyms).toEqual({ ...parse(synonymsBefore).synonyms, 'e-voucher': ['gift card', 'discount code'] });
	});

	it('previews articles exactly as the site renders them, components included', async () => {
		const settings = parse(read('settings/site.yaml'));
		const snippets = new Map(
			readdirSync(contentFile('snippets')).map((file) => [file.replace(/\.mdx$/, ''), bodyOf(read(`snippets/${file}`))]),
		);
		const context = { policies: settings.policies, embeds: settings.embeds, snippets, t: useTranslations('en') };
		for (const slug of ['late-delivery', 'set-up-your-gps-watch']) {
			await openEntry('articles', slug);
			const body = bodyOf(read(`articles/${slug}.mdx`));
			const onSite = toHtml({ type: 'root', children: renderBody(body, 'article', context, parseMdx).children });
			const prose = page.frameLocator('iframe').first().locator('.article .prose');
			await prose.locator('.callout, .video').first().waitFor();
			// Both serialised by the browser, so only the elements and their text can differ.
			const [preview, site] = await prose.evaluate((element, html) => {
				const template = document.createElement('template');
				template.innerHTML = html;
				return [element.innerHTML, template.innerHTML];
			}, onSite);
			expect(preview, slug).toBe(site);
		}
	});

	it('refuses hostile markup typed in rich text or Markdown, saying why, and never runs it in /admin/ or the preview', async () => {
		const alerts: string[] = [];
		context.on('dialog', (dialog) => {
			if (dialog.type() === 'alert') alerts.push(dialog.message());
		});
		const path = 'articles/guest-checkout.mdx';
		const before = read(path);
		const hostile = '<img src="x" onerror="alert(1)" /> <script>alert(2)</script> [here](javascript:alert(3))';
		const tryToPublish = async () => {
			await page.getByRole('button', { name: 'Publish' }).first().click();
			await page.getByText('Publish now').click();
			await page
				.getByText(/Scripts, styles, event handlers \(on…=\), embedded pages, forms and javascript: or data: links are not allowed/)
				.first()
				.waitFor();
		};

		// Rich text: the editor keeps what was typed as text, and the save is refused all the same.
		await openEntry('articles', 'guest-checkout');
		await page.locator('[data-slate-editor="true"]').first().locator('p').first().click();
		await page.keyboard.insertText(` ${hostile} `);
		await page.getByText('Unsaved changes').waitFor();
		await tryToPublish();

		// Markdown mode: the raw HTML reaches the preview, which refuses it as the build does. Another article, so Decap's offer to
		// restore the refused edit (a local backup, restored asynchronously) cannot overwrite what is typed here.
		const markdownPath = 'articles/pre-orders.mdx';
		const markdownBefore = read(markdownPath);
		await openEntry('articles', 'pre-orders');
		// Decap's mode switch sits between its "Rich Text" and "Markdown" labels; the first is the body's, checked in
		// Markdown mode. On a busy machine a click can land before the editor listens: click until it took.
		const modeSwitch = page.getByRole('switch').first();
		const markdownMode = async () => (await modeSwitch.getAttribute('aria-checked')) === 'true';
		for (let attempt = 0; attempt < 5 && !(await markdownMode()); attempt++) {
			await modeSwitch.click();
			await expect
				.poll(markdownMode, { timeout: 3_000 })
				.toBe(true)
				.catch(() => {});
		}
		expect(await markdownMode()).toBe(true);
		await page.locator('[data-slate-editor="true"]').first().click();
		await page.keyboard.press('Control+End');
		await page.keyboard.insertText(`\n\n${hostile}\n`);
		// The preview renders as the build does: it shows the build's refusal instead of the markup.
		const preview = page.frameLocator('iframe').first();
		await expect(preview.locator('.prose [role="alert"]').textContent()).resolves.toMatch(
			/onerror="alert\(1\)" on <img> is an event handler/,
		);
		expect(await preview.locator('.prose img, .prose script').count()).toBe(0);
		await tryToPublish();

		await page.waitForTimeout(500);
		expect(alerts).toEqual([]);
		expect(read(path)).toBe(before);
		expect(read(markdownPath)).toBe(markdownBefore);
	});

	it('deletes the article', async () => {
		await openEntry('articles', 'can-i-pay-with-a-voucher-from-a-partner-shop');
		await page.getByRole('button', { name: 'Delete entry' }).click();
		await waitForFile('articles/can-i-pay-with-a-voucher-from-a-partner-shop.mdx', (text) => text === undefined);
	});

	it('made no request to another origin', () => {
		expect(otherOrigins).toEqual([]);
	});
});

describe('the local CMS backend (decap-server)', () => {
	it('answers on the loopback address and refuses connections on every other address', async () => {
		const ports = [port, decap.internalPort];
		for (const onPort of ports) expect(await acceptsConnections('127.0.0.1', onPort)).toBe(true);
		const others = Object.values(networkInterfaces())
			.flat()
			.filter((address) => address && !address.internal)
			.map((address) => address!.address);
		expect(others.length, 'this machine needs a non-loopback address for this test').toBeGreaterThan(0);
		for (const address of others)
			for (const onPort of ports) expect(await acceptsConnections(address, onPort), `${address}:${onPort}`).toBe(false);
	});

	it("lets in only the help center's own pages, not other websites open in the writer's browser", async () => {
		const info = (headers: Record<string, string>) =>
			fetch(`http://127.0.0.1:${port}/api/v1`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', ...headers },
				body: '{"action":"info"}',
			});
		expect((await info({ Origin: site.origin })).status).toBe(200);
		expect(await (await info({})).json()).toMatchObject({ type: 'local_fs' });
		expect((await info({ Origin: 'https://evil.example' })).status).toBe(403);
		// A hostile DNS name pointing at 127.0.0.1 (DNS rebinding) sends its own name as Host.
		const rebound = await new Promise<number>((resolve, reject) => {
			const req = httpRequest(
				{ host: '127.0.0.1', port, path: '/api/v1', method: 'POST', headers: { Host: `evil.example:${port}` } },
				(res) => resolve(res.statusCode!),
			);
			req.on('error', reject);
			req.end('{"action":"info"}');
		});
		expect(rebound).toBe(403);
	});
});
