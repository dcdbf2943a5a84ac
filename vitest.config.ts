import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		globalSetup: ['tests/helpers/global-setup.ts'],
		// Build and browser tests spawn Astro builds and Chromium: give them room on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 180_000,
		// Three files at once on 2 cores: browser tests mostly wait (pages, polls), and with two
		// the machine sat half idle (0.9 cores busy on average); three took npm test from 6 min 15 s to 5 min 23 s.
		maxWorkers: 3,
		// Browser tests poll for what the page shows; Vitest's 1 s default is too short on a loaded 2-core machine.
		expect: { poll: { timeout: 5_000 } },
		projects: [
			// audit-catches (the audit fails a broken site) and audit-pages (axe, links, CSP, images) measure no timing: they run with the rest.
			{ extends: true, test: { name: 'tests', include: ['tests/**/*.test.ts'], exclude: ['tests/audit/audit.test.ts'] } },
			// Lighthouse measures timing: its audit of the sample site runs after every other test, alone on the machine.
			{
				extends: true,
				test: { name: 'audit', include: ['tests/audit/audit.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
			},
		],
	},
});
