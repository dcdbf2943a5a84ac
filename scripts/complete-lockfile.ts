/**
 * `npm run lockfile`: adds lockfile entries for optional platform packages (macOS, Windows … builds of
 * Pagefind and Astro's compiler) that the registry mirror of our machines does not serve. npm leaves them
 * out of package-lock.json when it cannot fetch them, and `npm ci` then refuses the lockfile as out of sync.
 * Each added entry carries its `os`/`cpu`, so npm skips it on other platforms and fetches it by name on its own.
 * Run after any `npm install` that changes dependencies; tests/unit/lockfile.test.ts fails until you do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { missingOptionalPackages } from './lib/lockfile.ts';

const file = fileURLToPath(new URL('../package-lock.json', import.meta.url));
const lock = JSON.parse(readFileSync(file, 'utf8'));
const missing = missingOptionalPackages(lock);
for (const entry of missing) lock.packages[entry.path] = entry.lockEntry;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
	missing.length
		? `Added ${missing.length} platform entries: ${missing.map((m) => m.path).join(', ')}`
		: 'package-lock.json already lists every platform package.',
);
