/**
 * axe-core on one page (or open search panel) in Debian's Chromium at a phone's size, in the light or
 * dark colour scheme. While the page is open it also records every request it makes and every
 * Content-Security-Policy violation it reports, so the audit's request checks see the real browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'puppeteer-core';
import type { AuditPage } from './pages.ts';
import type { ColorScheme } from './lighthouse.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What axe and the browser reported for one page in one scheme. */
export interface AxeResult {
	/** "rule: selector, selector …" per violated rule. */
	violations: string[];
	/** Every URL the page requested. */
	requests: string[];
	/** "directive: blocked URI" per CSP violation. */
	cspViolations: string[];
}

interface AxeWindow {
	axe: { run: (options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
	auditCsp: string[];
}

/** Opens `page` on `origin` in `scheme`, waits until it is ready, opens every FAQ answer and runs axe. */
export async function runAxe(browser: Browser, origin: string, target: AuditPage, scheme: ColorScheme): Promise<AxeResult> {
	const tab = await browser.newPage();
	const requests: string[] = [];
	try {
		await tab.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
		await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
		tab.on('request', (request) => requests.push(request.url()));
		await tab.evaluateOnNewDocument(() => {
			const report = ((window as unknown as AxeWindow).auditCsp = [] as string[]);
			document.addEventListener('securitypolicyviolation', (event) =>
				report.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
			);
		});
		await tab.goto(`${origin}${target.path}`, { waitUntil: 'load' });
		if (target.typeQuery) {
			await tab.type('kb-search input[type="search"]', target.typeQuery);
			await tab.waitForSelector('[data-search-panel] .search-result', { timeout: 20_000 });
		}
		if (target.ready) await tab.waitForSelector(target.ready, { timeout: 20_000 });
		await tab.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
		// Evaluated over DevTools, not added as a <script>: the page's CSP would rightly block an inline script.
		await tab.evaluate(axeSource);
		const { violations, cspViolations } = await tab.evaluate(async (tags) => {
			const page = window as unknown as AxeWindow;
			const result = await page.axe.run({ runOnly: tags });
			return {
				violations: result.violations.map(
					(violation) => `${violation.id} (${violation.help}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
				),
				cspViolations: page.auditCsp,
			};
		}, AXE_TAGS);
		return { violations, requests, cspViolations };
	} finally {
		await tab.close();
	}
}
