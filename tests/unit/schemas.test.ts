import { describe, expect, it } from 'vitest';
import { articleSchema, siteSettingsSchema } from '../../src/schemas';

const valid = {
	title: 'How do I return an item?',
	description: 'Start a return in your account and send the parcel back within the return window.',
	stage: 'after-purchase',
	category: 'returns',
	updated: '2026-10-01',
};

describe('article frontmatter schema', () => {
	it('accepts a valid article and fills defaults', () => {
		const article = articleSchema.parse(valid);
		expect(article).toMatchObject({ keywords: [], related: [], draft: false });
		expect(article.updated).toBeInstanceOf(Date);
	});

	it.each([
		['title', { title: 'Hi' }, 'title: must be at least 3 characters'],
		['description', { description: 'Too short.' }, 'description: must be at least 20 characters'],
		['stage', { stage: 'later' }, 'stage: must be one of before-purchase, during-purchase, after-purchase'],
		['category', { category: 'Returns & Refunds' }, 'category: a category id must be lowercase words joined by hyphens'],
		['updated', { updated: 'soon' }, 'updated: must be a date like 2026-10-14'],
		['impossible updated date', { updated: '2026-13-45' }, 'updated: 2026-13-45 is not a real date'],
		['impossible reviewed date', { reviewed: '2026-02-29' }, 'reviewed: 2026-02-29 is not a real date'],
	])('explains an invalid %s', (_, change, message) => {
		const result = articleSchema.safeParse({ ...valid, ...change });
		expect(result.success).toBe(false);
		const [issue] = result.error!.issues;
		expect(`${issue.path.join('.')}: ${issue.message}`).toContain(message);
	});

	it('requires every mandatory field', () => {
		const result = articleSchema.safeParse({});
		expect(result.error!.issues.map((issue) => issue.path[0]).sort()).toEqual(['category', 'description', 'stage', 'title', 'updated']);
	});
});

describe('site settings schema', () => {
	it('rejects a malformed brand colour and contact email', () => {
		const result = siteSettingsSchema.safeParse({
			name: 'Help',
			shopName: 'Shop',
			tagline: 'Answers',
			url: 'https://help.example.com',
			brandColor: 'green',
			contact: { email: 'nope', hours: '9–5' },
		});
		expect(result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
			'brandColor: must be a colour like #1d6b57',
			'contact.email: must be an email address',
		]);
	});
});

describe('site settings links', () => {
	const settings = {
		name: 'Help',
		shopName: 'Shop',
		tagline: 'Answers',
		url: 'https://help.example.com',
		brandColor: '#1d6b57',
		contact: { email: 'a@b.co', hours: '9–5' },
	};
	it.each([
		['shopUrl', { shopUrl: 'javascript:alert(1)' }, 'shopUrl: must be a full address like https://www.example.com'],
		['url', { url: 'data:text/html,x' }, 'url: must be a full address like https://help.example.com'],
		['logo', { logo: '//evil.example/logo.svg' }, 'logo: must be a path on this site, starting with a single /'],
		[
			'analytics beacon address',
			{ analytics: { tool: 'beacon', address: '//evil.example/collect' } },
			'analytics.address: must be a path like /api/help-events or an https:// address',
		],
		[
			'analytics instance address',
			{ analytics: { tool: 'plausible', address: 'javascript:alert(1)' } },
			'analytics.address: must be an https:// address',
		],
	])('refuse an unsafe %s', (_, change, message) => {
		const result = siteSettingsSchema.safeParse({ ...settings, ...change });
		expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')).toContain(message);
	});

	it('accept ordinary ones', () => {
		expect(
			siteSettingsSchema.safeParse({
				...settings,
				shopUrl: 'https://www.example.com/',
				logo: '/uploads/logo.svg',
				analytics: { tool: 'beacon', address: 'https://stats.example.com/e' },
			}).success,
		).toBe(true);
	});
});

describe('optional fields a writer cleared in the CMS', () => {
	it('count as not set instead of failing the build', () => {
		const article = articleSchema.parse({
			title: 'How do I return an item?',
			description: 'Start a return from your account within the return window.',
			stage: 'after-purchase',
			category: 'returns',
			updated: '2026-10-14',
			reviewed: '',
			owner: null,
		});
		expect(article.reviewed).toBeUndefined();
		expect(article.owner).toBeUndefined();
		expect(() => articleSchema.parse({ ...article, reviewed: 'soon' })).toThrow(/date like 2026-10-14/);
	});
});
