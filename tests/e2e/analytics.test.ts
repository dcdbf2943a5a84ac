/**
 * Analytics adapters, in Chromium: with each tool configured, the page view and the help center's events
 * (search, no results, result click, feedback and its reason, "still need help", contact page after a
 * search) leave the page as that tool's documented request, and the generated Content-Security-Policy
 * allows them; nothing at all is requested when the browser asks not to be tracked, or when no tool is set.
 *
 * The pages come from the small fixture's build (JSON beacon) as a real host would serve them at
 * http://help.test/ (Plausible ignores localhost), with the analytics settings the build writes into each
 * page (`#kb-analytics`) and the CSP `_headers` would carry changed to the tool under test. The tools'
 * servers are Playwright routes that record what they receive.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyticsConfig, analyticsOrigins, type AnalyticsSettings } from '../../src/lib/analytics';
import { collectInlineCode, contentSecurityPolicy } from '../../src/lib/headers';
import { launchChromium, serveSite, type StaticSite } from '../helpers/browser';

const HELP = 'http://help.test';
let browser: Browser;
let small: StaticSite;
let sample: StaticSite;
beforeAll(async () => {
	// A customer's browser is not under automation (Plausible's tracker ignores automated ones).
	[browser, small, sample] = await Promise.all([
		launchChromium(undefined, ['--disable-blink-features=AutomationControlled']),
		serveSite(inject('smallDist')),
		serveSite(inject('sampleDist')),
	]);
});
afterAll(async () => {
	await browser?.close();
	await Promise.all([small?.close(), sample?.close()]);
});

interface Sent {
	url: URL;
	method: string;
	body: string;
}

/** A page on http://help.test/ serving `site`, with `settings` as its analytics; records what leaves for other hosts. */
async function openHelpCenter(site: StaticSite, settings: AnalyticsSettings | undefined, initScript?: string) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	context.setDefaultTimeout(10_000);
	const page = await context.newPage();
	const config = settings && analyticsConfig(settings, HELP);
	const sent: Sent[] = [];
	const elsewhere: string[] = [];
	await page.route(`${HELP}/**`, async (route) => {
		const url = new URL(route.request().url());
		const response = await route.fetch({ url: `${site.origin}${url.pathname}${url.search}` });
		if (!(response.headers()['content-type'] ?? '').includes('text/html')) return route.fulfill({ response });
		let html = await response.text();
		if (config)
			html = html.replace(
				/<template id="kb-analytics"[^>]*>/,
				`<template id="kb-analytics" data-tool="${config.tool}" data-site="${config.site}" data-address="${config.address}">`,
			);
		const csp = contentSecurityPolicy(collectInlineCode(html), analyticsOrigins(config));
		return route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': csp } });
	});
	page.on('request', (request: Request) => {
		const url = new URL(request.url());
		if (url.origin !== HELP) elsewhere.push(request.url());
	});
	await page.route(/^https:\/\//, async (route) => {
		const request = route.request();
		sent.push({ url: new URL(request.url()), method: request.method(), body: request.postData() ?? '' });
		// gtag.js comes from Google only: an empty script stands in, the page's gtag() calls are what we check.
		if (request.url().includes('/gtag/js')) return route.fulfill({ contentType: 'text/javascript', body: '' });
		return route.fulfill({ status: 202, headers: { 'access-control-allow-origin': HELP }, body: '' });
	});
	await page.addInitScript(() => {
		const record = window as unknown as { violations: string[]; gtagCalls: unknown[][] };
		record.violations = [];
		document.addEventListener('securitypolicyviolation', (event) => record.violations.push(event.blockedURI));
		// Keep the page (and what it recorded) when a result or a contact link is followed.
		document.addEventListener('click', (event) => {
			if ((event.target as Element).closest('a[data-position], [data-still-need-help] a')) event.preventDefault();
		});
		// gtag() pushes its arguments to dataLayer, which gtag.js reads: record each call.
		record.gtagCalls = [];
		const dataLayer: unknown[] = [];
		dataLayer.push = (...items: unknown[]) => {
			for (const item of items) record.gtagCalls.push(Array.from(item as ArrayLike<unknown>));
			return Array.prototype.push.apply(dataLayer, items);
		};
		(window as unknown as { dataLayer: unknown[] }).dataLayer = dataLayer;
	});
	if (initScript) await page.addInitScript({ content: initScript });
	return { page, sent, elsewhere, close: () => context.close() };
}

/** Goes through every event: a page view, two searches, a result click, a "No" with a reason, support, the contact page. */
async function useTheHelpCenter(page: Page, article = '/articles/return-an-item/') {
	await page.goto(`${HELP}/search/`);
	const field = page.locator('main input[type="search"]');
	await field.fill('qwertyuiop');
	await page.locator('.search-empty').first().waitFor();
	await page.waitForTimeout(1400); // a search counts once typing pauses
	await field.fill('refund');
	await page.locator('main .search-result').first().waitFor();
	await page.waitForTimeout(1400);
	await page.locator('main .search-result__title').first().click();

	await page.goto(`${HELP}${article}`);
	const widget = page.locator('kb-feedback').first();
	await widget.getByRole('button', { name: 'No' }).click();
	await widget.getByRole('radio', { name: 'It’s out of date' }).check();
	await widget.getByRole('textbox').fill('Label page changed, call me on 06-12345678');
	await widget.getByRole('button', { name: 'Send' }).click();
	await widget.getByRole('link').click(); // "Still need help": the contact page

	await page.goto(`${HELP}/contact/`, { referer: `${HELP}/search/?q=where+is+my+parcel` });
	await page.waitForLoadState('networkidle');
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('analytics adapters', () => {
	it('Plausible: page views and custom events with properties, posted to /api/event of the configured instance', async () => {
		const { page, sent, elsewhere, close } = await openHelpCenter(small, { tool: 'plausible', address: 'https://stats.plausible.test' });
		await useTheHelpCenter(page);
		const events = () =>
			sent.map((request) => {
				expect(request.url.href).toBe('https://stats.plausible.test/api/event');
				expect(request.method).toBe('POST');
				return JSON.parse(request.body) as { n: string; d: string; u: string; p?: Record<string, string> };
			});
		await expect.poll(() => events().filter((event) => event.n === 'Contact view').length).toBe(1);
		expect(events().every((event) => event.d === 'help.test')).toBe(true);
		expect(events()).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ n: 'pageview', u: `${HELP}/search/` }),
				expect.objectContaining({ n: 'Search no results', p: { query: 'qwertyuiop' } }),
				expect.objectContaining({ n: 'Search', p: { query: 'qwertyuiop', results: '0' } }),
				expect.objectContaining({ n: 'Search', p: { query: 'refund', results: expect.stringMatching(/^[1-9]/) } }),
				expect.objectContaining({
					n: 'Search result click',
					p: { query: 'refund', url: expect.stringMatching(/^\/articles\//), position: '1' },
				}),
				expect.objectContaining({ n: 'Feedback', p: { page: '/articles/return-an-item/', helpful: 'no' } }),
				expect.objectContaining({
					n: 'Feedback reason',
					p: { page: '/articles/return-an-item/', reason: 'outdated', text: 'Label page changed, call me on [phone]' },
				}),
				expect.objectContaining({ n: 'Still need help', p: { page: '/articles/return-an-item/', channel: 'contact-page' } }),
				expect.objectContaining({ n: 'Contact view', p: { from: '/search/', query: 'where is my parcel' } }),
			]),
		);
		expect(elsewhere.every((url) => url.startsWith('https://stats.plausible.test/'))).toBe(true);
		await expect(violations(page)).resolves.toEqual([]);
		await close();
	});

	it('Umami: page views and named events with data, posted to /api/send as its collection API documents', async () => {
		const website = '3f7b2c1e-5a4d-4e8f-9b6a-1c2d3e4f5a6b';
		const { page, sent, close } = await openHelpCenter(small, { tool: 'umami', site: website, address: 'https://umami.test' });
		await useTheHelpCenter(page);
		type UmamiBody = { type: string; payload: { website: string; hostname: string; url: string; name?: string; data?: object } };
		const bodies = () => sent.filter((request) => request.method === 'POST').map((request) => JSON.parse(request.body) as UmamiBody);
		await expect.poll(() => bodies().filter((body) => body.payload.name === 'Contact view').length).toBe(1);
		expect(sent.filter((request) => request.method === 'POST').every((request) => request.url.href === 'https://umami.test/api/send')).toBe(
			true,
		);
		expect(
			bodies().every((body) => body.type === 'event' && body.payload.website === website && body.payload.hostname === 'help.test'),
		).toBe(true);
		expect(bodies().map((body) => body.payload)).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ url: '/search/', title: expect.stringMatching(/^Search/) }),
				expect.objectContaining({ name: 'Search no results', data: { query: 'qwertyuiop' } }),
				expect.objectContaining({ name: 'Search', data: { query: 'refund', results: expect.any(Number) } }),
				expect.objectContaining({ name: 'Search result click', data: expect.objectContaining({ query: 'refund', position: 1 }) }),
				expect.objectContaining({ name: 'Feedback', data: { page: '/articles/return-an-item/', helpful: 'no' } }),
				expect.objectContaining({ name: 'Feedback reason', data: expect.objectContaining({ reason: 'outdated' }) }),
				expect.objectContaining({ name: 'Still need help', data: { page: '/articles/return-an-item/', channel: 'contact-page' } }),
				expect.objectContaining({ name: 'Contact view', data: { from: '/search/', query: 'where is my parcel' } }),
			]),
		);
		await expect(violations(page)).resolves.toEqual([]);
		await close();
	});

	it('Matomo: page views, site searches with their result count, and events, sent to matomo.php with the site id', async () => {
		const { page, sent, close } = await openHelpCenter(small, { tool: 'matomo', site: '3', address: 'https://matomo.test/' });
		await useTheHelpCenter(page);
		const hits = () => sent.map((request) => Object.fromEntries(request.url.searchParams));
		await expect.poll(() => hits().filter((hit) => hit.e_c === 'Contact view').length).toBe(1);
		expect(sent.every((request) => request.url.origin + request.url.pathname === 'https://matomo.test/matomo.php')).toBe(true);
		expect(hits().every((hit) => hit.idsite === '3' && hit.rec === '1')).toBe(true);
		expect(hits()).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ action_name: expect.any(String), url: `${HELP}/search/` }),
				expect.objectContaining({ search: 'qwertyuiop', search_count: '0' }),
				expect.objectContaining({ search: 'refund', search_count: expect.stringMatching(/^[1-9]/) }),
				expect.objectContaining({ e_c: 'Search result click', e_a: expect.stringMatching(/^\/articles\//), e_n: 'refund', e_v: '1' }),
				expect.objectContaining({ e_c: 'Feedback', e_a: '/articles/return-an-item/', e_n: 'no' }),
				expect.objectContaining({
					e_c: 'Feedback reason',
					e_a: '/articles/return-an-item/',
					e_n: 'outdated: Label page changed, call me on [phone]',
				}),
				expect.objectContaining({ e_c: 'Still need help', e_a: '/articles/return-an-item/', e_n: 'contact-page' }),
				expect.objectContaining({ e_c: 'Contact view', e_a: '/search/', e_n: 'where is my parcel' }),
			]),
		);
		// "No results" is Matomo's own report of searches counted 0: not sent twice.
		expect(hits().filter((hit) => hit.e_c === 'Search no results')).toEqual([]);
		await expect(violations(page)).resolves.toEqual([]);
		await close();
	});

	it('Google Analytics 4: gtag.js from Google with the measurement id, a config, and gtag events (search with search_term)', async () => {
		const { page, sent, close } = await openHelpCenter(small, { tool: 'ga4', site: 'G-TEST1234' });
		await useTheHelpCenter(page);
		const calls = () => page.evaluate(() => (window as unknown as { gtagCalls: unknown[][] }).gtagCalls);
		await expect.poll(async () => (await calls()).some((call) => call[1] === 'contact_view')).toBe(true);
		expect(sent.map((request) => request.url.href)).toContain('https://www.googletagmanager.com/gtag/js?id=G-TEST1234');
		const contactPage = await calls();
		expect(contactPage).toContainEqual(['config', 'G-TEST1234']);
		expect(contactPage).toContainEqual(['event', 'contact_view', { from: '/search/', search_term: 'where is my parcel' }]);
		await expect(violations(page)).resolves.toEqual([]);
		await close();

		// Each event on the page it happens on.
		const again = await openHelpCenter(small, { tool: 'ga4', site: 'G-TEST1234' });
		await again.page.goto(`${HELP}/search/?q=refund`);
		await again.page.locator('main .search-result').first().waitFor();
		await again.page.locator('main .search-result__title').first().click();
		await expect
			.poll(() => again.page.evaluate(() => (window as unknown as { gtagCalls: unknown[][] }).gtagCalls.map((call) => call[1])))
			.toEqual(expect.arrayContaining(['search', 'search_result_click']));
		const searchCalls = await again.page.evaluate(() => (window as unknown as { gtagCalls: unknown[][] }).gtagCalls);
		expect(searchCalls).toContainEqual(['event', 'search', { search_term: 'refund', results: expect.any(Number) }]);
		expect(searchCalls).toContainEqual([
			'event',
			'search_result_click',
			{ search_term: 'refund', url: expect.stringMatching(/^\/articles\//), position: 1 },
		]);
		await again.page.goto(`${HELP}/articles/return-an-item/`);
		await again.page.locator('kb-feedback').first().getByRole('button', { name: 'Yes' }).click();
		await expect
			.poll(() => again.page.evaluate(() => (window as unknown as { gtagCalls: unknown[][] }).gtagCalls))
			.toContainEqual(['event', 'feedback', { page: '/articles/return-an-item/', helpful: 'yes' }]);
		await expect(violations(again.page)).resolves.toEqual([]);
		await again.close();
	});

	it('sends nothing, not even a page view, when the browser asks not to be tracked', async () => {
		for (const refusal of ['globalPrivacyControl', 'doNotTrack']) {
			const { page, sent, elsewhere, close } = await openHelpCenter(
				small,
				{ tool: 'plausible', address: 'https://stats.plausible.test' },
				`Object.defineProperty(Navigator.prototype, '${refusal}', { get: () => ${refusal === 'doNotTrack' ? "'1'" : 'true'} })`,
			);
			await useTheHelpCenter(page);
			await page.waitForTimeout(300);
			expect([...sent, ...elsewhere], refusal).toEqual([]);
			await close();
		}
	});

	it('loads and sends nothing when no tool is configured: no analytics code, no request to another host', async () => {
		const { page, elsewhere, close } = await openHelpCenter(sample, undefined);
		const loaded: string[] = [];
		page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
		await useTheHelpCenter(page, '/articles/start-a-return/');
		await expect(page.locator('#kb-analytics').count()).resolves.toBe(0);
		expect(elsewhere).toEqual([]);
		expect(loaded.filter((path) => /sink|plausible|umami|matomo|ga4|beacon/.test(path))).toEqual([]);
		await close();
	});
});
