/**
 * `npm run cms`: the dev site plus a guarded decap-server, as writers start it, on a copy of the sample content.
 * Writers are never locked out: /admin/ opens whatever state the files are in and lists their problems, and a
 * save that would break the build is refused in the CMS with the build's message, the file left as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { today } from '../../src/cms/date-widget';
import { acceptsConnections, acquireDevServerLock, astroEnv, cleanUp, freePort, projectRoot, releaseDevServerLock } from '../helpers/build';

let root: string;
let child: ChildProcess;
let exited: Promise<unknown>;
let output = '';
let sitePort: number;
let cmsPort: number;
let site: string;
let browser: Browser;

const contentFile = (path: string) => join(root, 'content', path);
const read = (path: string) => readFileSync(contentFile(path), 'utf8');
/** What /admin/problems.json lists now, one line per problem. */
const problems = async () => {
	const response = await fetch(`${site}/admin/problems.json`);
	const text = await response.text();
	if (!response.ok) return `HTTP ${response.status}: ${text.slice(0, 2000)}`;
	return (JSON.parse(text) as { problems: string[] }).problems.join('\n');
};

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'answerkit-cms-command-'));
	cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
	await acquireDevServerLock();
	sitePort = await freePort();
	cmsPort = await freePort();
	while (cmsPort === sitePort) cmsPort = await freePort();
	child = spawn(process.execPath, ['scripts/cms.ts', '--port', String(sitePort)], {
		cwd: projectRoot,
		env: { ...astroEnv(join(root, 'content')), KB_CMS_LOCAL_PORT: String(cmsPort) },
	});
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	exited = new Promise((resolve) => child.once('exit', resolve));
	site = `http://127.0.0.1:${sitePort}`;
	browser = await launchChromium();
	// The dev server compiles /admin/ on the first request: slow while other test files keep both cores busy.
	let admin = '';
	for (let attempt = 0; attempt < 480 && !admin.includes('kb-cms-data') && child.exitCode === null; attempt++) {
		await new Promise((resolve) => setTimeout(resolve, 500));
		admin = await fetch(`${site}/admin/`)
			.then((response) => response.text())
			.catch(() => '');
	}
	// The first visit in a browser has the dev server compile the CMS's code (and Vite may reload the page once
	// it has bundled what that code imports): done here, so the tests' own visits don't wait for it.
	const page = await browser.newPage();
	const seen: string[] = [];
	page.on('console', (message) => seen.push(`console ${message.type()}: ${message.text()}`));
	page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => seen.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
	page.on('response', (response) => response.status() >= 400 && seen.push(`HTTP ${response.status()}: ${response.url()}`));
	// On a fresh clone Vite finds the CMS's dependencies on that first visit, bundles them and has the page
	// reload, which can leave it waiting for a server that is back already: load it again until it shows.
	const login = page.getByRole('button', { name: /login/i });
	for (let attempt = 0; ; attempt++) {
		await page.goto(`${site}/admin/`).catch(() => {});
		const shown = await login.waitFor({ timeout: 45_000 }).then(
			() => true,
			() => false,
		);
		if (shown) break;
		if (attempt === 4)
			throw new Error(
				`/admin/ never showed its login\n${seen.join('\n')}\n${(await page.content()).slice(0, 3000)}\n${output.slice(-3000)}`,
			);
	}
	await page.close();
}, 540_000);

afterAll(async () => {
	await browser?.close();
	if (child && child.exitCode === null) {
		child.kill('SIGTERM');
		await exited;
	}
	releaseDevServerLock();
	if (root) cleanUp(root);
});

/**
 * /admin/ in Chromium, logged in to decap-server; `open` shows an entry in a new tab, as the CMS tests do: a
 * tab left with refused edits would ask before leaving them.
 */
async function openCms() {
	const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	context.on('dialog', (dialog) => dialog.accept().catch(() => {}));
	let page = await context.newPage();
	await page.goto(`${site}/admin/`);
	await page.getByRole('button', { name: /login/i }).click();
	await page.getByText('Articles', { exact: true }).first().waitFor({ timeout: 60_000 });
	return {
		async open(hash: string) {
			const previous = page;
			page = await context.newPage();
			await previous.close();
			await page.goto(`${site}/admin/${hash}`);
			await page.getByRole('button', { name: 'Publish' }).first().waitFor({ timeout: 60_000 });
			return page;
		},
		/** The tab open now. */
		current: () => page,
		close: () => context.close(),
	};
}

/** Publishes the open entry and waits for the CMS to say it was refused. */
async function publishRefused(page: Page) {
	await page.getByRole('button', { name: 'Publish' }).first().click();
	await page.getByText('Publish now').click();
	// The CMS's own notice says the save failed; the list beside the editor says why, and stays.
	const refusal = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /^Not saved/ }) });
	await refusal.waitFor({ timeout: 60_000 });
	return (await refusal.textContent()) ?? '';
}

describe('npm run cms', () => {
	it('serves /admin/ wired to a local decap-server on the content folder, and short links', { timeout: 120_000 }, async () => {
		const admin = await (await fetch(`${site}/admin/`)).text();
		expect(admin, output).toContain(`"proxy_url":"http://localhost:${cmsPort}/api/v1"`);
		const bundle = await fetch(`${site}/admin/decap/decap-cms.js`);
		expect(bundle.headers.get('content-type')).toMatch(/javascript/);
		// Short links work on the dev site too, so writers can try the link the CMS shows them.
		const shortLink = await fetch(`${site}/a/qytarm/`, { redirect: 'manual' });
		expect(shortLink.status).toBe(302);
		expect(shortLink.headers.get('location')).toBe('/articles/start-a-return/');

		// The knowledge base is computed once per content change: a saved edit shows on the next page view.
		const articlePage = () => fetch(`${site}/articles/start-a-return/`).then((response) => response.text());
		expect(await articlePage()).toContain('<h1>How do I return an item?</h1>');
		const file = contentFile('articles/en/start-a-return.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('title: How do I return an item?', 'title: How do I send an item back?'));
		await expect.poll(articlePage, { timeout: 30_000, interval: 500 }).toContain('<h1>How do I send an item back?</h1>');

		const api = (body: object) =>
			fetch(`http://localhost:${cmsPort}/api/v1`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Origin: `http://localhost:${sitePort}` },
				body: JSON.stringify(body),
			}).then((response) => response.json());
		expect(await api({ action: 'info' })).toMatchObject({ type: 'local_fs' });
		const entries = (await api({
			action: 'entriesByFolder',
			params: { branch: 'main', folder: 'content/articles/en', extension: 'mdx', depth: 1 },
		})) as { file: { path: string } }[];
		expect(entries.map((entry) => entry.file.path)).toContain('content/articles/en/start-a-return.mdx');
	});

	it(
		'opens /admin/ after bad files are written by hand, listing their problems in the CMS instead of an error overlay',
		{ timeout: 180_000 },
		async () => {
			// A FAQ question id used twice, and frontmatter that is no YAML.
			const duplicate = contentFile('faq/en/more-returns.yaml');
			writeFileSync(
				duplicate,
				'title: More about returns\nstage: after-purchase\ncategory: returns-and-refunds\nquestions:\n' +
					'  - id: return-window-start-date\n    question: When does my return period start?\n    answer: On delivery.\n',
			);
			await expect
				.poll(problems, { timeout: 30_000, interval: 500 })
				.toMatch(/return-window-start-date" is already used in faq\/en\/more-returns\.yaml/);
			const broken = contentFile('articles/en/track-your-order.mdx');
			const tracked = readFileSync(broken, 'utf8');
			writeFileSync(broken, tracked.replace(/^title: .*$/m, 'title: [Where is my order'));
			await expect.poll(problems, { timeout: 30_000, interval: 500 }).toMatch(/articles\/en\/track-your-order\.mdx:\d+: .*not valid YAML/);
			const adminPage = await fetch(`${site}/admin/`);
			expect(adminPage.status).toBe(200);
			const adminHtml = await adminPage.text();
			expect(adminHtml).toContain('kb-cms-data');
			expect(adminHtml).toMatch(/return-window-start-date\\" is already used in faq\/en\/more-returns\.yaml/);

			const page = await browser.newPage();
			await page.goto(`${site}/admin/`);
			const banner = page.getByRole('alert').filter({ hasText: 'can’t be published' });
			await banner.waitFor({ timeout: 60_000 });
			expect(await banner.textContent()).toMatch(/return-window-start-date" is already used in faq\/en\/more-returns\.yaml/);
			expect(await banner.textContent()).toMatch(/track-your-order\.mdx:\d+: .*not valid YAML/);
			expect(await page.locator('vite-error-overlay').count()).toBe(0);
			await page.close();
			// Fixed by hand again: the list empties.
			writeFileSync(broken, tracked);
			rmSync(duplicate);
			await expect.poll(problems, { timeout: 30_000, interval: 500 }).toBe('');
		},
	);

	it('refuses a save that would break the build, saying who is affected, and leaves the file as it was', { timeout: 240_000 }, async () => {
		const cms = await openCms();

		// A FAQ question id another group already uses.
		const faqBefore = read('faq/en/accounts.yaml');
		let page = await cms.open('#/collections/faq/entries/accounts');
		await page.getByRole('button', { name: 'Add questions' }).click();
		await page.locator('[id^="id-field-"]').last().fill('return-window-start-date');
		await page.locator('[id^="question-field-"]').last().fill('When does my return period start?');
		await page.locator('[id^="answer-field-"]').last().fill('On the day of delivery.');
		expect(await publishRefused(page)).toMatch(
			/question id "return-window-start-date" is already used in faq\/en\/returns-and-refunds\.yaml/,
		);
		expect(read('faq/en/accounts.yaml')).toBe(faqBefore);

		// Links to a page or a section that does not exist, and an image without alt text.
		page = await cms.open('#/collections/faq/entries/accounts');
		await page.getByRole('button', { name: 'Add questions' }).click();
		await page.locator('[id^="question-field-"]').last().fill('Where do I send a return from abroad?');
		await page
			.locator('[id^="answer-field-"]')
			.last()
			.fill('See [returns](/articles/start-a-return/#no-such-section) and [abroad](/articles/returns-from-abroad/).');
		const links = await publishRefused(page);
		expect(links).toMatch(
			/faq\/en\/accounts\.yaml:\d+: the link "\/articles\/start-a-return\/#no-such-section" goes to "#no-such-section", which is not on that page/,
		);
		expect(links).toMatch(/faq\/en\/accounts\.yaml:\d+: the link "\/articles\/returns-from-abroad\/" goes to a page that does not exist/);
		// An image without alt text.
		await page.locator('[id^="answer-field-"]').last().fill('This is the label.\n\n![](/uploads/return-label.png)');
		await page.getByRole('button', { name: 'Publish' }).first().click();
		await page.getByText('Publish now').click();
		await expect
			.poll(
				() =>
					page
						.getByRole('alert')
						.filter({ has: page.getByRole('heading', { name: /^Not saved/ }) })
						.textContent(),
				{
					timeout: 60_000,
				},
			)
			.toMatch(/accounts\.yaml:\d+: .*the image \/uploads\/return-label\.png needs alt text saying what it shows/);
		expect(read('faq/en/accounts.yaml')).toBe(faqBefore);

		// A policy articles still use: the refusal names each of them.
		const settingsBefore = read('settings/site.yaml');
		page = await cms.open('#/collections/settings/entries/site');
		await page.getByRole('button', { name: 'Remove return-window' }).click();
		const refusal = await publishRefused(page);
		for (const user of [
			'start-a-return.mdx',
			'change-or-cancel-an-order.mdx',
			'items-that-cannot-be-returned.mdx',
			'returns-and-refunds.yaml',
		])
			expect(refusal).toContain(user);
		expect(refusal).toMatch(/<Policy name="return-window" \/> is not a policy/);
		expect(read('settings/site.yaml')).toBe(settingsBefore);

		// An article filed under a stage its category is not in.
		const articleBefore = read('articles/en/payment-methods.mdx');
		page = await cms.open('#/collections/articles/entries/payment-methods');
		await page.locator('[id^="stage-field-"]').first().click();
		await page.keyboard.type('After purchase');
		await page.keyboard.press('Enter');
		expect(await publishRefused(page)).toMatch(
			/payment-methods\.mdx.*stage: "after-purchase" does not match category "payment", which is in during-purchase/,
		);
		expect(read('articles/en/payment-methods.mdx')).toBe(articleBefore);

		// A sound save goes through; keywords typed key by key keep their spaces and commas.
		page = await cms.open('#/collections/articles/entries/payment-methods');
		await page
			.getByRole('textbox', { name: 'Description', exact: true })
			.fill('Cards, PayPal, iDEAL, Klarna and gift cards: what you can pay with.');
		const keywords = page.locator('[id^="keywords-field-"]').first();
		await keywords.click();
		await keywords.press('End');
		await page.keyboard.type(', pay by bank transfer, split the payment ,  ');
		await page.getByRole('button', { name: 'Publish' }).first().click();
		await page.getByText('Publish now').click();
		await expect
			.poll(() => read('articles/en/payment-methods.mdx'), { timeout: 30_000 })
			.toContain('Cards, PayPal, iDEAL, Klarna and gift cards');
		const saved = read('articles/en/payment-methods.mdx');
		expect(saved).toContain('  - pay by bank transfer\n  - split the payment\n');
		// Edited, so its "Updated" date is the day of the save.
		expect(saved).toContain(`updated: ${today()}`);
		expect(articleBefore).not.toContain(`updated: ${today()}`);
		expect(saved.split('\n---\n')[1]).toBe(articleBefore.split('\n---\n')[1]);

		// Deleting a category articles are filed in: refused, naming them.
		page = await cms.open('#/collections/categories/entries/payment');
		await page.getByRole('button', { name: /^Delete (published )?entry$/ }).click();
		const deletion = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /^Not saved/ }) });
		await deletion.waitFor({ timeout: 60_000 });
		expect(await deletion.textContent()).toMatch(/payment-methods\.mdx: category: "payment" is not a category/);
		expect(await deletion.textContent()).toMatch(/faq\/en\/payment\.yaml: category: "payment" is not a category/);
		expect(existsSync(contentFile('categories/en/payment.yaml'))).toBe(true);
		await cms.close();
	});

	it(
		'helps with FAQ questions: the id made from the question, the question shown when collapsed, policy values to insert',
		{ timeout: 180_000 },
		async () => {
			const cms = await openCms();
			const before = read('faq/en/orders.yaml');
			const page = await cms.open('#/collections/faq/entries/orders');
			// Collapsed, each question shows its text, not its id.
			await page.getByText("Can I add something to an order I've already placed?", { exact: true }).first().waitFor();
			await page.getByRole('button', { name: 'Add questions' }).click();
			await page.locator('[id^="question-field-"]').last().fill('Can I change the delivery address after paying?');
			await expect.poll(() => page.locator('[id^="id-field-"]').last().inputValue()).toBe('can-i-change-the-delivery-address-after-paying');
			const answer = page.locator('[id^="answer-field-"]').last();
			await answer.fill('Yes, within  of paying.');
			await answer.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(12, 12));
			await page.getByRole('combobox', { name: 'Insert a policy value' }).last().selectOption('order-change-window');
			await expect.poll(() => answer.inputValue()).toBe('Yes, within <Policy name="order-change-window" /> of paying.');
			await page.getByRole('button', { name: 'Publish' }).first().click();
			await page.getByText('Publish now').click();
			await expect.poll(() => read('faq/en/orders.yaml'), { timeout: 30_000 }).not.toBe(before);
			expect(read('faq/en/orders.yaml')).toBe(
				`${before}  - id: can-i-change-the-delivery-address-after-paying\n    question: Can I change the delivery address after paying?\n    answer: Yes, within <Policy name="order-change-window" /> of paying.\n`,
			);
			await cms.close();
		},
	);

	it(
		"previews images from the CMS's own copy, so one just uploaded shows though the site does not serve it yet",
		{ timeout: 180_000 },
		async () => {
			const cms = await openCms();
			const list = cms.current();
			// A new upload (the media library saves it at once), referenced by an article.
			await list.getByText('Media', { exact: true }).click();
			const png = readFileSync(join(projectRoot, 'content/uploads/return-label.png'));
			await list.locator('input[type=file]').setInputFiles({ name: 'new-label.png', mimeType: 'image/png', buffer: png });
			await expect.poll(() => existsSync(contentFile('uploads/new-label.png')), { timeout: 30_000 }).toBe(true);
			const article = 'articles/en/gift-card-balance.mdx';
			writeFileSync(contentFile(article), `${read(article)}\n![The new return label](/uploads/new-label.png)\n`);
			const page = await cms.open('#/collections/articles/entries/gift-card-balance');
			const preview = page.frameLocator('iframe').first();
			for (const image of [preview.locator('.prose img').first(), preview.locator('.prose img[alt="The new return label"]')]) {
				await expect
					.poll(
						() =>
							image
								.evaluate((element: HTMLImageElement) => {
									element.scrollIntoView();
									return element.complete && element.naturalWidth;
								})
								.catch(() => 0),
						{ timeout: 30_000 },
					)
					.toBeGreaterThan(0);
				expect(await image.getAttribute('src')).toMatch(/^blob:/);
			}
			await cms.close();
		},
	);

	it('stops the site and decap-server together', async () => {
		child.kill('SIGTERM');
		await exited;
		expect(await acceptsConnections('127.0.0.1', sitePort)).toBe(false);
		expect(await acceptsConnections('127.0.0.1', cmsPort)).toBe(false);
	});
});
