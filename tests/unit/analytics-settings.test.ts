/**
 * Analytics settings: each tool's id and address are checked with a message a shop understands, and the
 * Content-Security-Policy allows exactly the configured tool's hosts (nothing without one).
 */
import { describe, expect, it } from 'vitest';
import { analyticsConfig, analyticsOrigins, eventTypeOf, EVENT_NAMES, GA4_EVENT_NAMES } from '../../src/lib/analytics';
import { contentSecurityPolicy } from '../../src/lib/headers';
import { analyticsSchema } from '../../src/schemas';

const problems = (value: unknown) =>
	analyticsSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('analytics settings', () => {
	it.each([
		[{ tool: 'umami', address: 'https://umami.example.com' }, 'site: Umami needs the website id'],
		[{ tool: 'umami', site: 'my-site' }, 'site: Umami needs the website id'],
		[{ tool: 'matomo', site: '0', address: 'https://matomo.example.com' }, 'site: Matomo needs the site id'],
		[{ tool: 'matomo', site: '3' }, 'address: Matomo needs the address of your Matomo'],
		[{ tool: 'ga4', site: 'UA-1234-1' }, 'site: Google Analytics needs the measurement id'],
		[{ tool: 'plausible', site: 'not a domain' }, 'site: Plausible needs the domain'],
		[{ tool: 'plausible', address: 'http://plausible.example.com' }, 'address: must be an https:// address'],
		[{ tool: 'beacon' }, 'address: the JSON beacon needs the address'],
		[{ tool: 'mixpanel' }, 'tool: must be one of none, plausible, umami, matomo, ga4, beacon'],
	])('refuse %j', (value, message) => {
		expect(problems(value).join('\n')).toContain(message);
	});

	it('accept each tool as documented, cloud or self-hosted', () => {
		for (const value of [
			{ tool: 'none' },
			{ tool: 'plausible' },
			{ tool: 'plausible', site: 'help.example.com', address: 'https://stats.example.com' },
			{ tool: 'umami', site: '3f7b2c1e-5a4d-4e8f-9b6a-1c2d3e4f5a6b' },
			{ tool: 'matomo', site: '12', address: 'https://shop.matomo.cloud/' },
			{ tool: 'ga4', site: 'G-AB12CD34EF' },
			{ tool: 'beacon', address: '/api/help-events' },
		])
			expect(problems(value), JSON.stringify(value)).toEqual([]);
	});

	it('fill in the cloud address and, for Plausible, the help center’s own domain', () => {
		expect(analyticsConfig({ tool: 'plausible' }, 'https://help.example.com')).toEqual({
			tool: 'plausible',
			site: 'help.example.com',
			address: 'https://plausible.io',
		});
		expect(analyticsConfig({ tool: 'matomo', site: '3', address: 'https://m.example.com/' }, 'https://help.example.com')?.address).toBe(
			'https://m.example.com',
		);
		expect(analyticsConfig({ tool: 'none' }, 'https://help.example.com')).toBeUndefined();
	});
});

describe('Content-Security-Policy for analytics', () => {
	const csp = (tool: Parameters<typeof analyticsConfig>[0]) =>
		contentSecurityPolicy(
			{ scripts: new Set(), styleAttributes: new Set() },
			analyticsOrigins(analyticsConfig(tool, 'https://help.example.com')),
		);

	it('allows nothing more without a tool, or with a beacon on the site itself', () => {
		expect(csp({ tool: 'none' })).toContain("connect-src 'self';");
		expect(csp({ tool: 'beacon', address: '/api/e' })).toContain("connect-src 'self';");
	});

	it('lets the page send to the configured instance only', () => {
		expect(csp({ tool: 'umami', site: 'x', address: 'https://umami.example.com/' })).toContain(
			"connect-src 'self' https://umami.example.com;",
		);
		expect(csp({ tool: 'plausible' })).toContain("connect-src 'self' https://plausible.io;");
		expect(csp({ tool: 'plausible' })).toContain("script-src 'self' 'wasm-unsafe-eval'");
	});

	it('lets Google Analytics load gtag.js and send to the hosts Google lists', () => {
		const policy = csp({ tool: 'ga4', site: 'G-AB12CD34EF' });
		expect(policy).toContain("script-src 'self' https://www.googletagmanager.com 'wasm-unsafe-eval'");
		expect(policy).toContain('https://*.google-analytics.com');
		expect(policy).toMatch(/img-src 'self' data: https:\/\/www\.googletagmanager\.com/);
	});
});

describe('event names', () => {
	it('read back from any tool’s name to the same event', () => {
		for (const type of Object.keys(EVENT_NAMES) as (keyof typeof EVENT_NAMES)[]) {
			expect(eventTypeOf(EVENT_NAMES[type])).toBe(type);
			expect(eventTypeOf(GA4_EVENT_NAMES[type])).toBe(type);
		}
		expect(eventTypeOf('pageview')).toBeUndefined();
	});
});
