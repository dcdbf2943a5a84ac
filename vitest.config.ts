import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		globalSetup: ['tests/helpers/global-setup.ts'],
		// Build and browser tests spawn Astro builds and Chromium: give them room on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 180_000,
		maxWorkers: 2,
	},
});
