/** Links agents paste into replies land where they should, with JavaScript on and off. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../helpers/browser';

const chromium = useBrowserOn(() => inject('sampleDist'));

describe.each([true, false])('short links with JavaScript %s', (javaScriptEnabled) => {
	it('take customers to the article, and to the FAQ answer opened', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto(`${chromium.site.origin}/a/qytarm/`);
		await page.waitForURL('**/articles/start-a-return/');
		await expect(page.locator('h1').textContent()).resolves.toBe('How do I return an item?');

		await page.goto(`${chromium.site.origin}/q/account-needed-to-order/`);
		await page.waitForURL('**/faq/accounts/#account-needed-to-order');
		// With JavaScript the page opens it; without, the browser opens a <details> whose content is the link's target.
		const details = page.locator('details', { has: page.locator('#account-needed-to-order') });
		await expect(details.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
		await context.close();
	});
});

const clipboard = (page: import('playwright-core').Page) => page.evaluate(() => navigator.clipboard.readText());

async function pageWithClipboard(path: string) {
	const context = await chromium.browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: chromium.site.origin });
	const page = await context.newPage();
	await page.goto(`${chromium.site.origin}${path}`);
	return page;
}

describe('copy buttons for agents', () => {
	it("copy an article's short link and a ready reply, by mouse and keyboard, with a visible and announced confirmation", async () => {
		const page = await pageWithClipboard('/articles/start-a-return/');
		const share = page.getByRole('group', { name: 'Share this answer' });
		const copyLink = share.getByRole('link', { name: 'Copy link' });
		await copyLink.click();
		await expect.poll(() => clipboard(page)).toBe('https://help.fernhill.example/a/qytarm/');
		expect(page.url()).toBe(`${chromium.site.origin}/articles/start-a-return/`);
		await expect.poll(() => page.locator('#kb-copy-status').textContent()).toBe('Link copied');
		await expect(copyLink.getAttribute('data-state')).resolves.toBe('copied');
		await expect(copyLink.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toContain('Link copied');

		await share.getByRole('button', { name: 'Copy reply' }).focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => clipboard(page))
			.toBe(
				'How do I return an item?\nStart a return from Account → Orders or the returns form, pack the item and drop it off at a PostNL point or one of our stores within the return window.\nhttps://help.fernhill.example/a/qytarm/',
			);
		await expect.poll(() => page.locator('#kb-copy-status').textContent()).toBe('Reply copied');
		await page.context().close();
	});

	it('copy the address of a section from its heading, shown on hover and focus', async () => {
		const page = await pageWithClipboard('/articles/start-a-return/');
		const sectionLink = page.getByRole('link', { name: 'Copy link to section “Pack and send it”' });
		await expect(sectionLink.evaluate((a) => getComputedStyle(a).opacity)).resolves.toBe('0');
		await page.getByRole('heading', { name: 'Pack and send it', exact: true }).hover();
		await expect.poll(() => sectionLink.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
		await sectionLink.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => clipboard(page)).toBe('https://help.fernhill.example/articles/start-a-return/#pack-and-send-it');
		await page.context().close();
	});

	it("copy a FAQ question's permanent link and a reply with its answer as plain text", async () => {
		const page = await pageWithClipboard('/faq/accounts/');
		await page.getByText('Do I need an account to place an order?').click();
		const answer = page.locator('#account-needed-to-order');
		await answer.getByRole('link', { name: 'Copy link' }).click();
		await expect.poll(() => clipboard(page)).toBe('https://help.fernhill.example/q/account-needed-to-order/');
		await answer.getByRole('button', { name: 'Copy reply' }).click();
		await expect
			.poll(() => clipboard(page))
			.toBe(
				'Do I need an account to place an order?\nNo, you can check out as a guest. With an account you can follow all your orders in one place and start returns in a few clicks.\nhttps://help.fernhill.example/q/account-needed-to-order/',
			);
		await page.context().close();
	});

	it('are plain links without JavaScript, and the reply buttons stay hidden', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${chromium.site.origin}/articles/start-a-return/`);
		const share = page.getByRole('group', { name: 'Share this answer' });
		await expect(share.getByRole('link', { name: 'Copy link' }).getAttribute('href')).resolves.toBe(
			'https://help.fernhill.example/a/qytarm/',
		);
		await expect(share.getByRole('button', { name: 'Copy reply' }).isVisible()).resolves.toBe(false);
		await expect(page.locator('a.heading-link[href="#pack-and-send-it"]').count()).resolves.toBe(1);
		await context.close();
	});
});

describe('deep links', () => {
	it('open the linked FAQ question and the linked section, scrolled into view and briefly marked', async () => {
		const context = await chromium.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${chromium.site.origin}/faq/accounts/#account-change-email-address`);
		const item = page.locator('details', { has: page.locator('#account-change-email-address') });
		await expect(item.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
		await expect(item.evaluate((d) => getComputedStyle(d).animationName)).resolves.toBe('kb-flash');
		await expect(item.evaluate((d) => d.getBoundingClientRect().top < innerHeight && d.getBoundingClientRect().bottom > 0)).resolves.toBe(
			true,
		);

		await page.goto(`${chromium.site.origin}/articles/start-a-return/#after-you-send-it`);
		const heading = page.locator('#after-you-send-it');
		await expect(heading.evaluate((h) => getComputedStyle(h).animationName)).resolves.toBe('kb-flash');
		await expect(heading.evaluate((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().top < innerHeight)).resolves.toBe(
			true,
		);
		await context.close();
	});
});

describe("the agents' page", () => {
	it('finds answers and copies the link or a ready reply of each article and FAQ question', async () => {
		const page = await pageWithClipboard('/agents/?q=return');
		await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
		const article = page.locator('.search-result', { has: page.getByRole('link', { name: 'How do I return an item?', exact: true }) });
		await article.waitFor();
		const actions = article.getByRole('group', { name: 'How do I return an item?' });
		await actions.getByRole('link', { name: 'Copy link' }).click();
		await expect.poll(() => clipboard(page)).toBe('https://help.fernhill.example/a/qytarm/');
		await expect.poll(() => page.locator('#kb-copy-status').textContent()).toBe('Link copied');
		await actions.getByRole('button', { name: 'Copy reply' }).click();
		await expect
			.poll(() => clipboard(page))
			.toMatch(/^How do I return an item\?\nStart a return .*\nhttps:\/\/help\.fernhill\.example\/a\/qytarm\/$/);

		await page.getByRole('searchbox').fill('account to place an order');
		const question = page.getByRole('group', { name: 'Do I need an account to place an order?' });
		await question.getByRole('button', { name: 'Copy reply' }).click();
		await expect
			.poll(() => clipboard(page))
			.toBe(
				'Do I need an account to place an order?\nNo, you can check out as a guest. With an account you can follow all your orders in one place and start returns in a few clicks.\nhttps://help.fernhill.example/q/account-needed-to-order/',
			);
		expect(new URL(page.url()).pathname).toBe('/agents/');
		await page.context().close();
	});

	it('marks the answers due for review, by the day the agent reads it, and the article says when it was last reviewed', async () => {
		const dueNotice = async (today: string) => {
			const context = await chromium.browser.newContext();
			const page = await context.newPage();
			await page.clock.setFixedTime(new Date(`${today}T12:00:00Z`));
			await page.goto(`${chromium.site.origin}/agents/?q=return`);
			const article = page.locator('.search-result', { has: page.getByRole('link', { name: 'How do I return an item?', exact: true }) });
			// The copy buttons come from the same fetched page as the review date: once they are there, so is any notice.
			await article.getByRole('link', { name: 'Copy link' }).waitFor();
			const notice = await article.locator('.search-result__due').allTextContents();
			await context.close();
			return notice;
		};
		// Reviewed on October 14, 2026, in a category reviewed every six months.
		await expect(dueNotice('2031-01-01')).resolves.toEqual([
			'Due for review since April 14, 2027: check it is still right before you send it.',
		]);
		await expect(dueNotice('2026-12-01')).resolves.toEqual([]);

		const context = await chromium.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${chromium.site.origin}/articles/start-a-return/`);
		await expect(page.locator('.article__header .meta').textContent()).resolves.toContain('Last reviewed October 14, 2026');
		await context.close();
	});
});
