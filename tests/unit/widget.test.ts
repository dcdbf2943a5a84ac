import { describe, expect, it } from 'vitest';
import { stageOfPage, stageSuggestions } from '../../src/lib/widget';
import { headersFile, widgetPaths } from '../../src/lib/headers';
import { siteSettingsSchema } from '../../src/schemas';

const STAGE_IDS = ['before-purchase', 'during-purchase', 'after-purchase'];
const PAGES = [
	{ path: '/checkout', stage: 'during-purchase' },
	{ path: '/account', stage: 'after-purchase' },
	{ path: '/account/wishlist/', stage: 'before-purchase' },
];

describe('the help widget picks the shop page stage', () => {
	it("takes the script tag's data-stage when it names a stage", () => {
		expect(stageOfPage('after-purchase', '/checkout/', PAGES, STAGE_IDS)).toBe('after-purchase');
	});

	it('ignores a data-stage that is no stage, and falls back to the URL rules', () => {
		for (const hostile of ['"><img src=x onerror=alert(1)>', 'DURING-PURCHASE', '__proto__', 'constructor', ' during-purchase'])
			expect(stageOfPage(hostile, '/checkout/pay', PAGES, STAGE_IDS)).toBe('during-purchase');
	});

	it('matches rules by whole path segments, the longest rule first, ignoring case', () => {
		expect(stageOfPage(undefined, '/checkout', PAGES, STAGE_IDS)).toBe('during-purchase');
		expect(stageOfPage(undefined, '/Checkout/Payment/', PAGES, STAGE_IDS)).toBe('during-purchase');
		expect(stageOfPage(undefined, '/checkouts/', PAGES, STAGE_IDS)).toBeUndefined();
		expect(stageOfPage(undefined, '/account/orders/42', PAGES, STAGE_IDS)).toBe('after-purchase');
		expect(stageOfPage(undefined, '/account/wishlist/3', PAGES, STAGE_IDS)).toBe('before-purchase');
		expect(stageOfPage(undefined, '/blog/', PAGES, STAGE_IDS)).toBeUndefined();
		expect(stageOfPage(undefined, '/anything', [{ path: '/', stage: 'before-purchase' }], STAGE_IDS)).toBe('before-purchase');
	});
});

describe('the help widget suggests answers for a stage', () => {
	const article = (name: string) => ({ title: name, url: `/articles/${name}/` });
	it('lists featured articles first, then each category in turn, without repeats, up to the limit', () => {
		const suggested = stageSuggestions(
			[article('b1')],
			[[article('a1'), article('a2'), article('a3')], [article('b1'), article('b2')], [article('c1')]],
			5,
		);
		expect(suggested.map((entry) => entry.title)).toEqual(['b1', 'a1', 'c1', 'a2', 'b2']);
	});

	it('copes with a stage without categories', () => {
		expect(stageSuggestions([], [])).toEqual([]);
	});
});

describe('widget pages in site settings', () => {
	const base = {
		name: 'Help',
		shopName: 'Shop',
		tagline: 'Answers',
		url: 'https://help.example.com',
		brandColor: '#1d6b57',
		contact: { email: 'a@b.example', hours: 'Always' },
	};
	it('accept a path start and a stage, and refuse addresses and unknown stages with a fix', () => {
		expect(siteSettingsSchema.safeParse({ ...base, widgetPages: [{ path: '/checkout', stage: 'during-purchase' }] }).success).toBe(true);
		const address = siteSettingsSchema.safeParse({
			...base,
			widgetPages: [{ path: 'https://shop.example/checkout', stage: 'during-purchase' }],
		});
		expect(address.error?.issues[0]?.message).toMatch(/start of a path on the shop, like \/checkout/);
		const stage = siteSettingsSchema.safeParse({ ...base, widgetPages: [{ path: '/checkout', stage: 'paying' }] });
		expect(stage.error?.issues[0]?.message).toMatch(/before-purchase, during-purchase, after-purchase/);
	});
});

describe('_headers for the help widget', () => {
	it('let any origin read exactly what the widget loads, in every language, and nothing else', () => {
		const file = headersFile("default-src 'self'", ['/', '/articles/*'], ['', 'nl']);
		const open = [...file.matchAll(/^(\S+)\n {2}Access-Control-Allow-Origin: \*$/gm)].map((match) => match[1]);
		expect(open).toEqual(widgetPaths(['', 'nl']));
		expect(open).toEqual(
			expect.arrayContaining([
				'/widget.js',
				'/widget/*',
				'/pagefind/*',
				'/search/data.json',
				'/nl/search/vocabulary/*',
				'/nl/articles/*',
				'/nl/widget/data.json',
			]),
		);
		expect(open).not.toContain('/admin/*');
		expect(open).not.toContain('/');
	});
});
