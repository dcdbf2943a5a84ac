import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptionalPackages, platformOf } from '../../scripts/lib/lockfile.ts';

describe('lockfile platform entries', () => {
	it('reads os and cpu from platform package names', () => {
		expect(platformOf('@pagefind/darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
		expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
		expect(platformOf('@astrojs/compiler-binding-linux-x64-gnu')).toEqual({ os: ['linux'], cpu: ['x64'] });
		expect(platformOf('left-pad')).toBeUndefined();
	});

	it('package-lock.json lists every optional platform package, so npm ci accepts it (run `npm run lockfile` if not)', () => {
		const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
		expect(missingOptionalPackages(lock).map((entry) => entry.path)).toEqual([]);
	});
});
