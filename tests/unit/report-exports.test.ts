/**
 * `npm run report` reads each analytics tool's own export (fixtures made to the tools' documented columns:
 * tests/fixtures/analytics-exports/README.md) into the same counts, and refuses a file it cannot read with
 * one line naming the file and what it expected.
 */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExport, tallyEvents } from '../../scripts/lib/report/exports';

const fixtures = join(import.meta.dirname, '../fixtures/analytics-exports');
const tally = (path: string) => {
	const read = readExport(join(fixtures, path));
	return { read, tally: tallyEvents(read.events, read.tally) };
};

describe('analytics exports', () => {
	it('JSON beacon: every event, queries grouped as typed in any case and spacing, a vote sent twice from one page view counted once', () => {
		const { read, tally: counts } = tally('beacon/events.ndjson');
		expect(read.format).toBe('JSON beacon (NDJSON)');
		expect(counts.searches['bulk discount']).toEqual({ searches: 1, noResults: 1, withResults: 0, clicks: 0 });
		expect(counts.searches['where is my parcel']).toEqual({ searches: 1, noResults: 0, withResults: 1, clicks: 1 });
		expect(counts.feedback['/articles/track-your-order/']).toEqual({
			yes: 0,
			no: 1,
			reasons: { outdated: 1 },
			texts: ['Tracking link still shows the old carrier'],
		});
		expect(counts.days).toEqual({
			'2025-06-02': { searches: 1, noResults: 0 },
			'2025-06-03': { searches: 1, noResults: 1 },
			'2025-06-04': { searches: 2, noResults: 1 },
		});
		expect(counts.beforeContact).toEqual({ '/articles/track-your-order/': 1 });
		expect(counts.stillNeedHelp).toEqual({ email: 1 });
	});

	it("Umami's data export (zip): events joined with their properties, and the site's host name", () => {
		const { read, tally: counts } = tally('umami/cloud-export/umami-cloud-export.zip');
		expect(read.hosts).toEqual(['help.fernhill.example']);
		expect(counts.totals).toEqual({
			Search: 8,
			'Search result click': 5,
			Feedback: 8,
			'Feedback reason': 4,
			'Still need help': 4,
			'Contact view': 3,
			'Search no results': 2,
		});
		expect(counts.searches['invoice copy']).toEqual({ searches: 1, noResults: 1, withResults: 0, clicks: 0 });
		expect(counts.feedback['/articles/payment-methods/']).toEqual({
			yes: 0,
			no: 2,
			reasons: { unanswered: 1, other: 1 },
			texts: ['Can I pay for a gift card with Klarna?'],
		});
		expect(counts.beforeContact).toEqual({ '/articles/start-a-return/': 1, '/search/': 1, '/articles/track-your-order/': 1 });
		// The same export unzipped reads the same.
		expect(tally('umami/cloud-export/unzipped/website_event.csv').tally.totals).toEqual(counts.totals);
	});

	it("Plausible's dashboard download filtered by goal: the searches that found nothing, per search and per day", () => {
		const { read, tally: counts } = tally('plausible/dashboard-goal-search-no-results/custom_props.csv');
		expect(read.format).toBe('Plausible dashboard download filtered by goal "Search no results"');
		expect(counts.searches).toEqual({
			'bulk discount': { searches: 0, noResults: 1, withResults: 0, clicks: 0 },
			'invoice copy': { searches: 0, noResults: 1, withResults: 0, clicks: 0 },
		});
		expect(counts.days['2025-06-04']).toEqual({ searches: 0, noResults: 1 });
	});

	it('Plausible downloads that cannot say more than totals say so in the report', () => {
		const unfiltered = tally('plausible/dashboard/Plausible export help.fernhill.example 2025-06-02  to 2025-06-04 .zip');
		expect(unfiltered.read.hosts).toEqual(['help.fernhill.example']);
		expect(unfiltered.tally.totals['Search no results']).toBe(2);
		expect(unfiltered.tally.notes[0]).toMatch(/filter the dashboard by the goal "Search no results"/);
		expect(tally('plausible/dashboard-goal-feedback/unzipped').tally.notes[0]).toMatch(/filter the Feedback goal also by helpful/);
		const full = tally('plausible/full-export/help_fernhill_example_20250605.zip');
		expect(full.read.format).toBe('Plausible CSV export');
		expect(full.tally.days['2025-06-02']).toEqual({ searches: 3, noResults: 1 });
		expect(full.tally.totals.Feedback).toBe(8);
	});

	it("Matomo's Reporting API: site search keywords per period, no-result keywords, feedback per page, and visits' actions", () => {
		const keywords = tally('matomo/Actions.getSiteSearchKeywords.day.json').tally;
		expect(keywords.searches['where is my parcel']!.searches).toBe(2);
		expect(keywords.period).toEqual({ from: '2025-06-02', to: '2025-06-04' });
		expect(tally('matomo/Actions.getSiteSearchNoResultKeywords.range.json').tally.searches['invoice copy']!.noResults).toBe(1);
		const votes = tally('matomo/Events.getAction.flat.eventName.segment-Feedback.range.json').tally.feedback;
		expect(votes['/articles/payment-methods/']).toMatchObject({ yes: 0, no: 2 });
		expect(votes['/articles/start-a-return/']).toMatchObject({ yes: 1, no: 1 });
		const clicks = tally('matomo/Events.getCategory.flat.eventName.range.json').tally.searches;
		expect(clicks['where is my parcel']!.clicks).toBe(2);
		const visits = tally('matomo/Live.getLastVisitsDetails.json');
		expect(visits.read.hosts).toEqual(['help.fernhill.example']);
		// A site search with a result count of 0 is Matomo's "no result".
		expect(visits.tally.searches['bulk discount']).toEqual({ searches: 1, noResults: 1, withResults: 0, clicks: 0 });
		expect(visits.tally.feedback['/articles/start-a-return/']).toEqual({
			yes: 0,
			no: 1,
			reasons: { unclear: 1 },
			texts: ['Which label do I print?'],
		});
	});
});

describe('exports the report refuses, with one line naming the file and what it expected', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'report-exports-'));
	const write = (name: string, content: string | Buffer) => {
		const path = join(scratch, name);
		writeFileSync(path, content);
		return path;
	};
	const refused = (path: string) => {
		try {
			readExport(path);
		} catch (error) {
			expect((error as Error).message).not.toContain('\n');
			return (error as Error).message;
		}
		throw new Error(`${path} was read`);
	};

	it('a cut-off file: CSV, NDJSON, JSON or zip', () => {
		expect(refused(join(fixtures, 'bad/website_event.csv'))).toMatch(
			/bad\/website_event\.csv: website_event\.csv line 7 is cut off or malformed .* Download the export again\.$/,
		);
		expect(refused(join(fixtures, 'bad/cut-off.ndjson'))).toMatch(
			/cut-off\.ndjson: line 2 is not a JSON object \(the file looks cut off\)/,
		);
		const live = readFileSync(join(fixtures, 'matomo/Live.getLastVisitsDetails.json'), 'utf8');
		expect(refused(write('Live.getLastVisitsDetails.json', live.slice(0, 3000)))).toMatch(/is not valid JSON \(is it cut off\?\)/);
		const zip = readFileSync(join(fixtures, 'umami/cloud-export/umami-cloud-export.zip'));
		expect(refused(write('export.zip', zip.subarray(0, zip.length / 2)))).toMatch(/export\.zip: is a zip file that is damaged or cut off/);
	});

	it('a file of another kind, or an export without the data the report needs', () => {
		expect(refused(join(fixtures, 'bad/sales.csv'))).toMatch(
			/sales\.csv: is not an events export: NDJSON from the JSON beacon, Umami’s data export/,
		);
		expect(refused(join(fixtures, 'umami/dashboard-download/download.zip'))).toMatch(/dashboard download, which has totals only/);
		expect(refused(join(fixtures, 'matomo/Actions.getSiteSearchCategories.range.json'))).toMatch(/not a Matomo report this reads/);
		expect(refused(write('Events.getCategory.json', '{"result":"error","message":"You can\'t access this resource"}'))).toMatch(
			/is Matomo's error response: "You can't access this resource"/,
		);
		copyFileSync(join(fixtures, 'plausible/dashboard/unzipped/custom_props.csv'), join(scratch, 'custom_props.csv'));
		expect(refused(join(scratch, 'custom_props.csv'))).toMatch(/needs the conversions\.csv beside it: pass the zip or its folder/);
		expect(refused(join(scratch, 'missing.csv'))).toMatch(/missing\.csv: there is no such file or folder\./);
	});
});
