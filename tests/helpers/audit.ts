import { afterAll, beforeAll, inject } from 'vitest';
import { serveSite, type StaticSite } from '../../scripts/lib/chromium.ts';
import { helpCenterPages } from '../../scripts/lib/audit/pages.ts';
import { auditFailures, formatAudit, runAudit, type AuditFailure, type AuditPart, type AuditReport } from '../../scripts/lib/audit/run.ts';

/**
 * Audits the sample build (served with its `_headers`) once for the file, running `parts`, after `prepare`,
 * and prints the table. `report()` is the report; `problems(check)` the failures of one check.
 */
export function auditSampleSite(parts: AuditPart[], prepare: () => Promise<void> = async () => {}) {
	let site: StaticSite | undefined;
	let report: AuditReport;
	let failures: AuditFailure[] = [];
	beforeAll(async () => {
		const dist = inject('sampleDist');
		site = await serveSite(dist, { withHeaders: true });
		await prepare();
		report = await runAudit(dist, site.origin, helpCenterPages(dist), { parts });
		failures = auditFailures(report);
		console.log(formatAudit(report));
	}, 900_000);
	afterAll(() => site?.close());
	return {
		report: () => report,
		problems: (check: AuditFailure['check']) => failures.filter((failure) => failure.check === check).map((failure) => failure.message),
	};
}
