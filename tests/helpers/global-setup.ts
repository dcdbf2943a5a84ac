/**
 * Builds the sample help center and the small fixture once for the whole run; build and browser
 * tests read the output folders through `inject('sampleDist')` / `inject('smallDist')`.
 */
import type { TestProject } from 'vitest/node';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_SERVER_LOCK, buildSite, cleanUp, fixturesDir, freePort, projectRoot } from './build';

declare module 'vitest' {
	export interface ProvidedContext {
		sampleDist: string;
		sampleBuildOutput: string;
		smallDist: string;
		smallBuildOutput: string;
		/** `.astro/content-modules.mjs` after the sample build: the content files Astro made Vite modules of. */
		sampleContentModules: string;
		/** The port the sample build's /admin/ expects the local decap-server on (tests/e2e/cms.test.ts). */
		cmsPort: number;
	}
}

export default async function setup(project: TestProject) {
	cleanUp(DEV_SERVER_LOCK);
	// The sample's /admin/ is built as `npm run cms` serves it: against a local decap-server.
	const cmsPort = await freePort();
	// First and alone: on a fresh clone it creates the project's shared `.astro/` files (two first writers would collide).
	const sample = await buildSite(join(projectRoot, 'content'), { KB_CMS_LOCAL: 'fs', KB_CMS_LOCAL_PORT: String(cmsPort) });
	// Read before another build can touch it.
	const contentModules = sample.ok ? readFileSync(join(projectRoot, '.astro/content-modules.mjs'), 'utf8') : '';
	// Stray dev-looking variables must not leak the fixture's draft into a production build.
	const small = await buildSite(join(fixturesDir, 'small-kb'), { NODE_ENV: 'development', MODE: 'development' });
	for (const [name, result] of [
		['sample content', sample],
		['small-kb fixture', small],
	] as const) {
		if (!result.ok) throw new Error(`Building the ${name} failed:\n${result.output}`);
	}
	project.provide('sampleDist', sample.outDir);
	project.provide('sampleBuildOutput', sample.output);
	project.provide('sampleContentModules', contentModules);
	project.provide('smallDist', small.outDir);
	project.provide('smallBuildOutput', small.output);
	project.provide('cmsPort', cmsPort);
	return () => cleanUp(sample.outDir, small.outDir);
}
