/**
 * Writers create, edit, upload and delete through the real Decap CMS UI (the sample build's /admin/) against
 * the real decap-server, on a temporary copy of the sample content (tests/helpers/cms.ts); hostile markup is
 * refused; the local backend listens on loopback only and lets in only the help center's pages.
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { articleSchema, faqGroupSchema } from '../../src/schemas';
import { today } from '../../src/cms/date-widget';
import { acceptsConnections, buildSite, cleanUp } from '../helpers/build';
import { sampleContent, useDecapCms } from '../helpers/cms';

const cms = useDecapCms();

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
		const contentPages = readdirSync(join(sampleContent, 'articles/en')).length + readdirSync(join(sampleContent, 'faq/en')).length;
		expect(entry.languages.en.page_count).toBe(contentPages);
		// The CMS runs from the site's own copy: every collection is listed after login, and nothing came from a CDN.
		for (const collection of ['Articles', 'Categories', 'FAQ groups', 'Snippets', 'Site settings', 'Search synonyms'])
			await expect(cms.page.getByRole('link', { name: collection, exact: true }).count()).resolves.toBeGreaterThan(0);
		expect(cms.otherOrigins).toEqual([]);
	});

	it('creates an article with a callout that validates and builds, with a live preview in the site style', async () => {
		await cms.page.goto(`${cms.site.origin}/admin/#/collections/articles/new`);
		await cms.page.getByRole('textbox', { name: 'Title', exact: true }).fill('Can I pay with a voucher from a partner shop?');
		await cms.page
			.getByRole('textbox', { name: 'Description', exact: true })
			.fill('No, we only accept Fernhill gift cards, but you can combine one with another payment method.');
		await cms.pick('stage', 'During purchase');
		// Each category shows its stage, which must be the article's.
		await cms.pick('category', 'Payment (during-purchase)', 'Payment');
		await cms.page.locator('[id^="keywords-field-"]').fill('partner voucher, third-party gift card');
		await cms.page.locator('[data-slate-editor="true"]').first().click();
		await cms.page.keyboard.insertText('We accept Fernhill gift cards only.');
		await cms.page.keyboard.press('Enter');
		await cms.page.getByTitle('Add Component').click();
		await cms.page.getByRole('menuitem', { name: 'Callout' }).click();
		await cms.page.locator('[id^="title-field-"]').nth(1).fill('Gift cards from other shops');
		await cms.page.locator('[data-slate-editor="true"]').nth(1).click();
		await cms.page.keyboard.insertText('Vouchers from other shops cannot be used with us.');

		const preview = cms.page.frameLocator('iframe').first();
		await expect(preview.locator('.callout.callout--info .callout__title').textContent()).resolves.toBe('Gift cards from other shops');
		await expect(preview.locator('link[rel="stylesheet"]').first().getAttribute('href')).resolves.toMatch(/^\/_astro\/.+\.css$/);

		await cms.publish();
		const path = 'articles/en/can-i-pay-with-a-voucher-from-a-partner-shop.mdx';
		const file = (await cms.waitForFile(path, (text) => text !== undefined))!;
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

		const build = await buildSite(join(cms.root, 'content'));
		try {
			expect(build.ok, build.output).toBe(true);
			const html = readFileSync(join(build.outDir, 'articles/can-i-pay-with-a-voucher-from-a-partner-shop/index.html'), 'utf8');
			expect(html).toContain('<p class="callout__title">Gift cards from other shops</p>');
		} finally {
			cleanUp(build.outDir);
		}
	});

	it("translates an article side by side: the translation goes to articles/nl/ with the original's id and version, the original stays byte for byte, and it builds", async () => {
		const original = cms.read('articles/en/pre-orders.mdx');
		await cms.openEntry('articles', 'pre-orders');
		// Beside the editor, the preview by default; "Toggle i18n" shows a translation instead: switch it to Dutch.
		await cms.page.getByTitle('Toggle i18n').click();
		await cms.page.getByRole('button', { name: 'Writing in DE' }).click();
		await cms.page.getByRole('menuitem', { name: 'nl' }).click();
		await cms.page.getByRole('button', { name: 'Writing in NL' }).waitFor();
		// The translation's pane comes after the original's (whose body has fields of its own, such as a callout's
		// title): its fields are the last of their kind.
		await cms.page.locator('[id^="title-field-"]').last().fill('Hoe werken pre-orders?');
		await cms.page
			.locator('[id^="description-field-"]')
			.last()
			.fill('Je bestelt en betaalt nu, en we versturen het artikel zodra het binnen is, rond de verwachte datum.');
		await cms.page.locator('[id^="updated-field-"]').last().fill('2026-12-03');
		await cms.page.locator('[data-slate-editor="true"]').last().click();
		await cms.page.keyboard.insertText('Met een pre-order reserveer je een nieuw product voordat het in ons magazijn ligt.');
		await cms.publish();
		// Back to the preview for the tests after this one (Decap remembers the pane).
		await cms.page.getByTitle('Toggle preview').click();

		const translation = (await cms.waitForFile('articles/nl/pre-orders.mdx', (text) => !!text))!;
		expect(cms.read('articles/en/pre-orders.mdx')).toBe(original);
		// Only what a translation has: its text, its date, the original's id and the version it was made from.
		expect(translation).toBe(
			[
				'---',
				'title: Hoe werken pre-orders?',
				'description: Je bestelt en betaalt nu, en we versturen het artikel zodra het',
				'  binnen is, rond de verwachte datum.',
				'updated: 2026-12-03',
				'id: ec4tq7',
				'sourceUpdated: 2026-10-07',
				'---',
				'Met een pre-order reserveer je een nieuw product voordat het in ons magazijn ligt.',
				'',
			].join('\n'),
		);
		// Nobody translated it into German: no file.
		expect(existsSync(cms.contentFile('articles/de/pre-orders.mdx'))).toBe(false);

		const build = await buildSite(join(cms.root, 'content'));
		try {
			expect(build.ok, build.output).toBe(true);
			const html = readFileSync(join(build.outDir, 'nl/articles/pre-orders/index.html'), 'utf8');
			expect(html).toContain('<h1>Hoe werken pre-orders?</h1>');
			expect(html).toContain('<link rel="alternate" hreflang="en" href="https://help.fernhill.example/articles/pre-orders/">');
		} finally {
			cleanUp(build.outDir);
		}
	});

	it('edits that article, adds a FAQ question and uploads an image', async () => {
		const path = 'articles/en/can-i-pay-with-a-voucher-from-a-partner-shop.mdx';
		const before = cms.read(path);
		await cms.openEntry('articles', 'can-i-pay-with-a-voucher-from-a-partner-shop');
		await cms.page
			.getByRole('textbox', { name: 'Description', exact: true })
			.fill('No, only Fernhill gift cards, which you can combine with any other payment method.');
		await cms.publish();
		const edited = (await cms.waitForFile(path, (text) => text !== before))!;
		expect(edited).toContain('description: No, only Fernhill gift cards, which you can combine with any other');
		// Edited: its "Updated" date is the day of the save (created today, so it was already).
		expect(edited).toContain(`updated: ${today()}`);
		expect(edited.split('\n---\n')[1]).toBe(before.split('\n---\n')[1]);

		const faqBefore = cms.read('faq/en/accounts.yaml');
		await cms.openEntry('faq', 'accounts');
		await cms.page.getByRole('button', { name: 'Add questions' }).click();
		await cms.page.locator('[id^="id-field-"]').last().fill('account-partner-login');
		await cms.page.locator('[id^="question-field-"]').last().fill('Can I sign in with my partner shop account?');
		await cms.page
			.locator('[id^="answer-field-"]')
			.last()
			.fill('No, you need a Fernhill account, or you can [check out as a guest](/articles/guest-checkout/).');
		await cms.publish();
		const faq = (await cms.waitForFile('faq/en/accounts.yaml', (text) => text !== faqBefore))!;
		expect(faq.startsWith(faqBefore)).toBe(true);
		const group = faqGroupSchema.parse(parse(faq));
		expect(group.questions.at(-1)).toEqual({
			id: 'account-partner-login',
			question: 'Can I sign in with my partner shop account?',
			answer: 'No, you need a Fernhill account, or you can [check out as a guest](/articles/guest-checkout/).',
		});

		await cms.page.goto(`${cms.site.origin}/admin/#/collections/articles`);
		await cms.page.getByText('Media', { exact: true }).click();
		const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
		await cms.page.locator('input[type=file]').setInputFiles({ name: 'parcel-label.png', mimeType: 'image/png', buffer: png });
		const upload = cms.contentFile('uploads/parcel-label.png');
		for (let attempt = 0; attempt < 50 && !existsSync(upload); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
		expect(readFileSync(upload)).toEqual(png);
		await cms.page.getByRole('button', { name: 'Close' }).first().click();
	});

	it('edits policy values and synonyms, changing only those lines', async () => {
		const settingsBefore = cms.read('settings/site.yaml');
		await cms.openInNewTab('/admin/#/collections/settings/entries/site');
		await cms.page.getByRole('textbox', { name: 'Value of return-window' }).fill('31 days');
		await cms.publish();
		const settings = (await cms.waitForFile('settings/site.yaml', (text) => text !== settingsBefore))!;
		expect(settings).toBe(settingsBefore.replace('return-window: 30 days', 'return-window: 31 days'));

		const synonymsBefore = cms.read('search/synonyms.yaml');
		await cms.openInNewTab('/admin/#/collections/search/entries/synonyms');
		await cms.page.getByRole('button', { name: 'Add a row' }).click();
		await cms.page
			.getByRole('textbox', { name: /^Name \d+$/ })
			.last()
			.fill('e-voucher');
		await cms.page.getByRole('textbox', { name: 'Value of e-voucher' }).fill('gift card, discount code');
		await cms.publish();
		const synonyms = (await cms.waitForFile('search/synonyms.yaml', (text) => text !== synonymsBefore))!;
		expect(synonyms.replace('  e-voucher:\n    - gift card\n    - discount code\n', '')).toBe(synonymsBefore);
		expect(parse(synonyms).synonyms).toEqual({ ...parse(synonymsBefore).synonyms, 'e-voucher': ['gift card', 'discount code'] });
	});

	it('refuses hostile markup typed in rich text or Markdown, saying why, and never runs it in /admin/ or the preview', async () => {
		const alerts: string[] = [];
		cms.context.on('dialog', (dialog) => {
			if (dialog.type() === 'alert') alerts.push(dialog.message());
		});
		const path = 'articles/en/guest-checkout.mdx';
		const before = cms.read(path);
		const hostile = '<img src="x" onerror="alert(1)" /> <script>alert(2)</script> [here](javascript:alert(3))';
		const tryToPublish = async () => {
			await cms.page.getByRole('button', { name: 'Publish' }).first().click();
			await cms.page.getByText('Publish now').click();
			await cms.page
				.getByText(/Scripts, styles, event handlers \(on…=\), embedded pages, forms and javascript: or data: links are not allowed/)
				.first()
				.waitFor();
		};

		// Rich text: the editor keeps what was typed as text, and the save is refused all the same.
		await cms.openEntry('articles', 'guest-checkout');
		await cms.page.locator('[data-slate-editor="true"]').first().locator('p').first().click();
		await cms.page.keyboard.insertText(` ${hostile} `);
		await cms.page.getByText('Unsaved changes').waitFor();
		await tryToPublish();

		// Markdown mode: the raw HTML reaches the preview, which refuses it as the build does. Another article, so Decap's offer to
		// restore the refused edit (a local backup, restored asynchronously) cannot overwrite what is typed here.
		const markdownPath = 'articles/en/pre-orders.mdx';
		const markdownBefore = cms.read(markdownPath);
		await cms.openEntry('articles', 'pre-orders');
		// Decap's mode switch sits between its "Rich Text" and "Markdown" labels; the first is the body's, checked in
		// Markdown mode. On a busy machine a click can land before the editor listens: click until it took.
		const modeSwitch = cms.page.getByRole('switch').first();
		const markdownMode = async () => (await modeSwitch.getAttribute('aria-checked')) === 'true';
		for (let attempt = 0; attempt < 5 && !(await markdownMode()); attempt++) {
			await modeSwitch.click();
			await expect
				.poll(markdownMode, { timeout: 3_000 })
				.toBe(true)
				.catch(() => {});
		}
		expect(await markdownMode()).toBe(true);
		await cms.page.locator('[data-slate-editor="true"]').first().click();
		await cms.page.keyboard.press('Control+End');
		await cms.page.keyboard.insertText(`\n\n${hostile}\n`);
		// The preview renders as the build does: it shows the build's refusal instead of the markup.
		const preview = cms.page.frameLocator('iframe').first();
		await expect(preview.locator('.prose [role="alert"]').textContent()).resolves.toMatch(
			/onerror="alert\(1\)" on <img> is an event handler/,
		);
		expect(await preview.locator('.prose img, .prose script').count()).toBe(0);
		await tryToPublish();

		await cms.page.waitForTimeout(500);
		expect(alerts).toEqual([]);
		expect(cms.read(path)).toBe(before);
		expect(cms.read(markdownPath)).toBe(markdownBefore);
	});

	it('deletes the article', async () => {
		await cms.openEntry('articles', 'can-i-pay-with-a-voucher-from-a-partner-shop');
		await cms.page.getByRole('button', { name: 'Delete entry' }).click();
		await cms.waitForFile('articles/en/can-i-pay-with-a-voucher-from-a-partner-shop.mdx', (text) => text === undefined);
	});

	it('made no request to another origin', () => {
		expect(cms.otherOrigins).toEqual([]);
	});
});

describe('the local CMS backend (decap-server)', () => {
	it('answers on the loopback address and refuses connections on every other address', async () => {
		const ports = [cms.port, cms.decap.internalPort];
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
			fetch(`http://127.0.0.1:${cms.port}/api/v1`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', ...headers },
				body: '{"action":"info"}',
			});
		expect((await info({ Origin: cms.site.origin })).status).toBe(200);
		expect(await (await info({})).json()).toMatchObject({ type: 'local_fs' });
		expect((await info({ Origin: 'https://evil.example' })).status).toBe(403);
		// A hostile DNS name pointing at 127.0.0.1 (DNS rebinding) sends its own name as Host.
		const rebound = await new Promise<number>((resolve, reject) => {
			const req = httpRequest(
				{ host: '127.0.0.1', port: cms.port, path: '/api/v1', method: 'POST', headers: { Host: `evil.example:${cms.port}` } },
				(res) => resolve(res.statusCode!),
			);
			req.on('error', reject);
			req.end('{"action":"info"}');
		});
		expect(rebound).toBe(403);
	});
});
