/**
 * `npm run audit [-- --dist <dir>] [--query <words>]`: builds the help center (or KB_CONTENT_DIR) into
 * dist/, serves it with its production `_headers`, runs scripts/lib/audit/ in Debian's Chromium and
 * prints a table. Exits non-zero below any threshold (AUDIT_THRESHOLDS). `--dist` audits an existing build.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serveSite } from './lib/chromium.ts';
import { helpCenterPages } from './lib/audit/pages.ts';
import { auditFailures, formatAudit, runAudit } from './lib/audit/run.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { dist: { type: 'string' }, query: { type: 'string', default: 'refund' } } });

let dist = values.dist;
if (!dist) {
	dist = join(root, 'dist');
	const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const site = await serveSite(dist, { withHeaders: true });
try {
	const started = performance.now();
	const report = await runAudit(dist, site.origin, helpCenterPages(dist, values.query), (line) => console.error(line));
	console.log(`\n${formatAudit(report)}\n\nAudited in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
	process.exitCode = auditFailures(report).length === 0 ? 0 : 1;
} finally {
	await site.close();
}
