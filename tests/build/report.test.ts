/**
 * `npm run report`: exports of each analytics tool joined with the sample content into an HTML report and a
 * Markdown summary, and a wrong file refused with one line, leaving no report behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build';

const exportsDir = join(projectRoot, 'tests/fixtures/analytics-exports');

function report(...args: string[]) {
	const out = join(mkdtempSync(join(tmpdir(), 'report-')), 'report');
	const run = spawnSync(process.execPath, ['scripts/report.ts', ...args, '--out', out], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...process.env, KB_CONTENT_DIR: '' },
	});
	return { ...run, out };
}

describe('npm run report', () => {
	it("writes an HTML report with every section and its charts, and a Markdown summary, from each tool's export", () => {
		const run = report(
			'--events',
			join(exportsDir, 'beacon/events.ndjson'),
			join(exportsDir, 'umami/cloud-export/umami-cloud-export.zip'),
			join(exportsDir, 'plausible/dashboard-goal-search-no-results'),
			join(exportsDir, 'matomo/Live.getLastVisitsDetails.json'),
		);
		expect(run.stderr).not.toMatch(/error/i);
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/Content health: .*articles? due for review/);
		const html = readFileSync(join(run.out, 'index.html'), 'utf8');
		for (const section of ['summary', 'top-searches', 'no-results', 'no-click', 'helpfulness', 'before-contact', 'content-health'])
			expect(html).toContain(`<section id="${section}"`);
		expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(2);
		// The search that found nothing, the article it meant and the synonym that would find it.
		expect(html).toContain('https://help.fernhill.example/articles/use-a-discount-code/');
		expect(html).toContain('bulk discount: [use discount code]');
		expect(html).toContain('Tracking link still shows the old carrier');
		expect(html).not.toMatch(/<script|https?:\/\/(?!help\.fernhill\.example)[a-z]/);
		const summary = readFileSync(join(run.out, 'summary.md'), 'utf8');
		expect(summary).toMatch(/```yaml\n(.*\n)*  bulk discount: \[use discount code\]\n/);
	});

	it('refuses a cut-off export with one line naming it, before building, and writes nothing', () => {
		const run = report('--events', join(exportsDir, 'bad/cut-off.ndjson'));
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(
			/bad\/cut-off\.ndjson: line 2 is not a JSON object \(the file looks cut off\).*\nNo report was written\.\n$/,
		);
		expect(run.stdout).not.toContain('Reading the content');
		expect(existsSync(run.out)).toBe(false);
	});

	it("refuses another site's export, by its host name or by pages the help center does not have", () => {
		const byHost = report('--events', join(exportsDir, 'bad/other-site/website_event.csv'));
		expect(byHost.status).toBe(1);
		expect(byHost.stderr).toContain(
			'website_event.csv: is an export of help.otherstore.example, not of this help center (help.fernhill.example, the url in settings/site.yaml).',
		);
		const byPages = report('--events', join(exportsDir, 'bad/other-site-paths.ndjson'));
		expect(byPages.status).toBe(1);
		expect(byPages.stderr).toMatch(
			/other-site-paths\.ndjson: none of its \d+ article and FAQ pages \(e\.g\. \/produkte\/articles\/.*\) is a page of this help center/,
		);
		expect(existsSync(byPages.out)).toBe(false);
	});
});
