/** axe-core finds no WCAG 2.2 A/AA violations on each kind of page, in the light and the dark theme. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../helpers/browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = ['/', '/after-purchase/', '/categories/returns-and-refunds/', '/articles/start-a-return/', '/faq/returns-and-refunds/', '/contact/', '/search/?q=refund', '/agents/?q=return', '/404.html'];

const chromium = useBrowserOn(() => inject('sampleDist'));

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
	it.each(pages)('%s has no axe violations', async (path) => {
		const context = await chromium.browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${chromium.site.origin}${path}`);
		// Pages that search on load are audited with their results (and, for agents, the copy buttons).
		if (path.includes('?q=')) await page.locator(path.startsWith('/agents/') ? '.search-result .share' : '.search-result').first().waitFor();
		// Open every FAQ answer so their contents are audited too.
		await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
		await page.addScriptTag({ content: axeSource });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
			return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
		});
		expect(violations).toEqual([]);
		await context.close();
	});
});
