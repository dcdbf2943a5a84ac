/**
 * `npm run audit [-- --dist <dir>] [--query <words>]`: builds the help center (or KB_CONTENT_DIR) into
 * dist/, serves it with its production `_headers`, runs scripts/lib/audit/ in Debian's Chromium and
 * prints a table. Exits non-zero below any threshold (AUDIT_THRESHOLDS). `--dist` audits an existing build.
 */
import { parseArgs } from 'node:util';
import { buildOrExit, DIST } from './lib/built-site.ts';
import { serveSite } from './lib/chromium.ts';
import { helpCenterPages } from './lib/audit/pages.ts';
import { auditFailures, formatAudit, runAudit } from './lib/audit/run.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, query: { type: 'string', default: 'refund' } } });

if (!values.dist) buildOrExit();
const dist = values.dist ?? DIST;

const site = await serveSite(dist, { withHeaders: true });
try {
	const started = performance.now();
	const report = await runAudit(dist, site.origin, helpCenterPages(dist, values.query), { log: (line) => console.error(line) });
	console.log(`\n${formatAudit(report)}\n\nAudited in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
	process.exitCode = auditFailures(report).length === 0 ? 0 : 1;
} finally {
	await site.close();
}
