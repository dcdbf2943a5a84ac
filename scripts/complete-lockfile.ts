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
const text = readFileSync(file, 'utf8');
const lock = JSON.parse(text);
const missing = missingOptionalPackages(lock);
for (const entry of missing) lock.packages[entry.path] = entry.lockEntry;
// Written in the indentation npm keeps (it reuses the file's own), so a run adds entries without re-indenting the file.
const indent = /^\{\n([ \t]+)"/.exec(text)?.[1] ?? '\t';
if (missing.length > 0) writeFileSync(file, `${JSON.stringify(lock, null, indent)}\n`);
console.log(
	missing.length
		? `Added ${missing.length} platform entries: ${missing.map((m) => m.path).join(', ')}`
		: 'package-lock.json already lists every platform package.',
);
