/** Vitest hooks around scripts/lib/chromium.ts. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, serveSite, type StaticSite } from '../../scripts/lib/chromium.ts';

export { launchChromium, serveSite, type StaticSite };

/**
 * Registers hooks that start Chromium and serve a built site for the tests of one file.
 * Read `.browser` and `.site` inside tests (they exist once `beforeAll` ran).
 */
export function useBrowserOn(dist: () => string): { browser: Browser; site: StaticSite } {
	const handles = {} as { browser: Browser; site: StaticSite };
	beforeAll(async () => {
		[handles.browser, handles.site] = await Promise.all([launchChromium(), serveSite(dist())]);
	});
	afterAll(async () => {
		await handles.browser?.close();
		await handles.site?.close();
	});
	return handles;
}
