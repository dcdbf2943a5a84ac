/**
 * The source typechecks and is formatted. Run here rather than before the suite so they overlap with the
 * build and browser tests; the global setup's build has generated Astro's types (`.astro/`) by now.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build';

const run = async (script: string, args: string[]) => {
	try {
		await promisify(execFile)(process.execPath, [join(projectRoot, 'node_modules', script), ...args], { cwd: projectRoot });
		return '';
	} catch (error) {
		const { stdout, stderr } = error as { stdout: string; stderr: string };
		return `${stdout}${stderr}`.trim() || String(error);
	}
};

describe('source code', () => {
	it('typechecks (tsc --noEmit, strict)', async () => {
		expect(await run('typescript/bin/tsc', ['--noEmit', '-p', '.'])).toBe('');
	});

	it('is formatted by Prettier (npm run format fixes it)', async () => {
		expect(await run('prettier/bin/prettier.cjs', ['--check', '--log-level', 'warn', '.'])).toBe('');
	});
});
