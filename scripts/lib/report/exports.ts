/**
 * Reads analytics exports in each tool's own format into one tally (see model.ts): the generic beacon's
 * NDJSON, Umami's data export, Plausible's dashboard download and full export, and Matomo's Reporting API
 * JSON. Events carry the names and properties src/lib/analytics.ts gives them, so each format is read back
 * with the same definitions the site sends with. A file that is none of these, or is cut off, throws an
 * ExportError naming the file and what was expected.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { EVENT_NAMES, eventTypeOf, type HelpEventType } from '../../../src/lib/analytics.ts';
import { emptyTally, type FeedbackTally, type SearchTally, type Tally } from './model.ts';

/** A file that cannot be read as an export: its message is one line, starting with the file. */
export class ExportError extends Error {}

/** One event as a tool recorded it, with the page view it came from where the tool says. */
export interface RecordedEvent {
	type: HelpEventType;
	props: Record<string, string | number | undefined>;
	/** YYYY-MM-DD. */
	day?: string;
	/** The page view (beacon) or visit (Umami, Matomo) it was sent from: a vote sent twice from one counts once. */
	view?: string;
}

/** What one export says, and where the help center's pages in it are (to tell an export of another site). */
export interface ReadExport {
	/** e.g. "Umami data export". */
	format: string;
	/** Events one by one, for formats that keep them. */
	events: RecordedEvent[];
	/** Counts already summed by the tool, for formats that only keep those. */
	tally: Tally;
	/** Page paths the export mentions. */
	pages: string[];
	/** Host names the export names (Umami, Matomo, Plausible's file name), to refuse another site's. */
	hosts: string[];
	/** For summed formats: how many rows of counts it has (events are counted in `events` otherwise). */
	rows?: number;
}

interface ExportFile {
	name: string;
	text: string;
}

const EXPECTED =
	'an events export: NDJSON from the JSON beacon, Umami’s data export (zip or website_event.csv), Plausible’s dashboard download or CSV export (zip or its CSV files), or a Matomo Reporting API JSON response';

/** Reads one export: a file, a zip, or a folder of an unzipped export. */
export function readExport(path: string): ReadExport {
	const label = path;
	let files: ExportFile[];
	try {
		files = filesOf(path);
	} catch (error) {
		if (error instanceof ExportError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'there is no such file or folder' : `it cannot be read (${code ?? (error as Error).message})`;
		throw new ExportError(`${label}: ${why}.`);
	}
	const fail = (message: string): never => {
		throw new ExportError(`${label}: ${message}`);
	};
	const named = (pattern: RegExp) => files.find((file) => pattern.test(file.name));
	const host = /(?:^|\s)export\s+([a-z0-9.-]+\.[a-z]{2,})\s/i.exec(basename(path))?.[1];

	const websiteEvents = named(/(^|\/)website_event\.csv$/);
	if (websiteEvents) return readUmami(websiteEvents, named(/(^|\/)event_data\.csv$/), fail);
	const customEvents = named(/(^|\/)imported_custom_events_\d{8}_\d{8}\.csv$/);
	if (customEvents) return readPlausibleFullExport(customEvents, fail);
	const conversions = named(/(^|\/)conversions\.csv$/);
	if (conversions) return readPlausibleDashboard(conversions, named(/(^|\/)custom_props\.csv$/), named(/(^|\/)visitors\.csv$/), host, fail);
	if (named(/(^|\/)events\.csv$/) && files.some((file) => /^x,y\r?\n/.test(file.text)))
		fail(
			'is Umami’s dashboard download, which has totals only. Export the data instead (Umami: Settings → Data → Export) and pass its zip.',
		);
	if (files.length === 1) {
		const [file] = files;
		const text = file.text.trim();
		if (text.startsWith('{"type":"kb-') || /^\{[^\n]*"type"\s*:\s*"kb-/.test(text)) return readBeacon(file, fail);
		if (text.startsWith('[') || text.startsWith('{')) return readMatomo(file, fail);
	}
	return fail(`is not ${EXPECTED}.`);
}

function filesOf(path: string): ExportFile[] {
	if (statSync(path).isDirectory())
		return readdirSync(path)
			.filter((name) => name.endsWith('.csv') || name.endsWith('.json') || name.endsWith('.ndjson'))
			.map((name) => ({ name, text: readFileSync(join(path, name), 'utf8') }));
	const bytes = readFileSync(path);
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
		let entries: Record<string, Uint8Array>;
		try {
			entries = unzipSync(bytes);
		} catch {
			throw new ExportError(`${path}: is a zip file that is damaged or cut off. Download the export again.`);
		}
		return Object.entries(entries)
			.filter(([name]) => !name.endsWith('/'))
			.map(([name, data]) => ({ name, text: strFromU8(data) }));
	}
	const file = { name: basename(path), text: bytes.toString('utf8') };
	// The CSV files of a multi-file export only make sense together: a lone one brings its folder.
	const partOf = PART_OF[file.name];
	if (!partOf) return [file];
	const folder = filesOf(dirname(path));
	if (!folder.some((sibling) => sibling.name === partOf.needs))
		throw new ExportError(`${path}: is part of ${partOf.export} and needs the ${partOf.needs} beside it: pass the zip or its folder.`);
	return folder;
}

/** The files of multi-file exports, with the file each cannot be read without. */
const PART_OF: Record<string, { needs: string; export: string }> = {
	'conversions.csv': { needs: 'conversions.csv', export: "Plausible's dashboard download" },
	'custom_props.csv': { needs: 'conversions.csv', export: "Plausible's dashboard download" },
	'visitors.csv': { needs: 'conversions.csv', export: "Plausible's dashboard download" },
	'website_event.csv': { needs: 'event_data.csv', export: "Umami's data export" },
	'event_data.csv': { needs: 'website_event.csv', export: "Umami's data export" },
};

type Fail = (message: string) => never;

/** Parses a CSV with a header row, checking it has `columns`; a short or unclosed row means the file was cut off. */
function csvRows(file: ExportFile, columns: readonly string[], what: string, fail: Fail): Record<string, string>[] {
	let rows: Record<string, string>[];
	try {
		rows = parseCsv(file.text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: false });
	} catch (error) {
		const line = (error as { lines?: number }).lines;
		return fail(
			`${file.name}${line ? ` line ${line}` : ''} is cut off or malformed (${(error as Error).message.replace(/^.*?: /, '').split('\n')[0]}). Download the export again.`,
		);
	}
	const header = Object.keys(rows[0] ?? Object.fromEntries(firstLine(file.text).map((name) => [name, ''])));
	const missing = columns.filter((column) => !header.includes(column));
	if (missing.length > 0) fail(`${file.name} lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${what}.`);
	return rows;
}

const firstLine = (text: string) => text.split(/\r?\n/, 1)[0]!.split(',');
const count = (value: string | number | undefined) => {
	const number = Number(value);
	return Number.isFinite(number) ? number : 0;
};

/** The generic beacon: one JSON object per line, as src/client/analytics/beacon.ts sends them. */
function readBeacon(file: ExportFile, fail: Fail): ReadExport {
	const events: RecordedEvent[] = [];
	const lines = file.text.split(/\r?\n/);
	for (const [index, line] of lines.entries()) {
		if (line.trim() === '') continue;
		let record: Record<string, unknown>;
		try {
			record = JSON.parse(line);
		} catch {
			return fail(
				`line ${index + 1} is not a JSON object${index === lines.length - 1 ? ' (the file looks cut off)' : ''}; expected one beacon event per line.`,
			);
		}
		const { type, view, at, ...props } = record;
		if (typeof type !== 'string' || !(type in EVENT_NAMES))
			return fail(`line ${index + 1} has no known event type ("type": "kb-search" …).`);
		events.push({
			type: type as HelpEventType,
			props: props as RecordedEvent['props'],
			view: typeof view === 'string' ? view : undefined,
			day: typeof at === 'string' ? at.slice(0, 10) : undefined,
		});
	}
	return { format: 'JSON beacon (NDJSON)', events, tally: emptyTally(), pages: pagesOf(events), hosts: [] };
}

/** Umami's data export: website_event.csv (one row per event) and event_data.csv (its properties). */
function readUmami(websiteEvents: ExportFile, eventData: ExportFile | undefined, fail: Fail): ReadExport {
	const what = 'Umami’s data export';
	const rows = csvRows(
		websiteEvents,
		['visit_id', 'event_id', 'hostname', 'url_path', 'event_type', 'event_name', 'created_at'],
		what,
		fail,
	);
	if (!eventData) fail(`has website_event.csv but not the event_data.csv of the same export, which holds the events' properties.`);
	const data = csvRows(eventData!, ['event_id', 'data_key', 'string_value', 'number_value', 'data_type'], what, fail);
	const props = new Map<string, RecordedEvent['props']>();
	for (const row of data) {
		let forEvent = props.get(row.event_id!);
		if (!forEvent) props.set(row.event_id!, (forEvent = {}));
		// data_type 2 is a number (string_value then holds it as "4.0000").
		forEvent[row.data_key!] = row.data_type === '2' ? count(row.number_value) : row.string_value;
	}
	const events: RecordedEvent[] = [];
	for (const row of rows) {
		const type = row.event_type === '2' ? eventTypeOf(row.event_name ?? '') : undefined;
		if (type) events.push({ type, props: props.get(row.event_id!) ?? {}, day: row.created_at!.slice(0, 10), view: row.visit_id });
	}
	const pages = [...rows.map((row) => row.url_path!), ...pagesOf(events)];
	return { format: 'Umami data export', events, tally: emptyTally(), pages, hosts: unique(rows.map((row) => row.hostname!)) };
}

/**
 * Plausible's dashboard download. Its custom_props.csv sums each property over every event in view, so it
 * says which search had no results only when the dashboard was filtered by that goal before downloading
 * (conversions.csv then has that one goal).
 */
function readPlausibleDashboard(
	conversions: ExportFile,
	customProps: ExportFile | undefined,
	visitors: ExportFile | undefined,
	host: string | undefined,
	fail: Fail,
): ReadExport {
	const what = 'Plausible’s dashboard download';
	const goals = csvRows(conversions, ['name', 'total_conversions'], what, fail);
	const tally = emptyTally();
	const ours = goals.filter((goal) => eventTypeOf(goal.name!));
	for (const goal of ours) tally.totals[goal.name!] = (tally.totals[goal.name!] ?? 0) + count(goal.total_conversions);
	const result: ReadExport = {
		format: 'Plausible dashboard download',
		events: [],
		tally,
		pages: [],
		hosts: host ? [host] : [],
		rows: goals.length,
	};
	if (ours.length === 0) fail(`${conversions.name} has none of the help center's goals (${Object.values(EVENT_NAMES).join(', ')}).`);
	if (goals.length > 1) {
		tally.notes.push(
			'A Plausible download not filtered by goal has totals only: filter the dashboard by the goal "Search no results" (or "Search", "Feedback" …) and download again for the searches and pages.',
		);
		return result;
	}
	const type = eventTypeOf(goals[0]!.name!)!;
	result.format += ` filtered by goal "${goals[0]!.name}"`;
	const rows = customProps ? csvRows(customProps, ['property', 'value', 'events'], what, fail) : [];
	result.rows = goals.length + rows.length;
	const values = (property: string) =>
		rows
			.filter((row) => row.property === property && row.value !== '(none)')
			.map((row) => ({ value: row.value!, events: count(row.events) }));
	if (visitors) {
		for (const row of csvRows(visitors, ['date'], what, fail)) {
			const n = count(row.total_conversions ?? row.visitors);
			if (type === 'kb-search') addDay(tally, row.date!, n, 0);
			if (type === 'kb-search-no-results') addDay(tally, row.date!, 0, n);
		}
	}
	switch (type) {
		case 'kb-search':
			for (const { value, events } of values('query')) searchOf(tally, value).searches += events;
			break;
		case 'kb-search-no-results':
			for (const { value, events } of values('query')) searchOf(tally, value).noResults += events;
			break;
		case 'kb-search-result-click':
			for (const { value, events } of values('query')) searchOf(tally, value).clicks += events;
			break;
		case 'kb-feedback': {
			const votes = values('helpful');
			// Filtered by one answer (helpful is "no"), every page's count is that answer's.
			if (votes.length === 1)
				for (const { value, events } of values('page')) feedbackOf(tally, value)[votes[0]!.value === 'yes' ? 'yes' : 'no'] += events;
			else
				tally.notes.push(
					'Plausible sums "helpful" over all pages: filter the Feedback goal also by helpful is "no" (and once by "yes") and download again to see votes per page.',
				);
			break;
		}
		case 'kb-feedback-reason': {
			const pages = values('page');
			const page = pages.length === 1 ? pages[0]!.value : ALL_PAGES;
			for (const { value, events } of values('reason')) addReason(feedbackOf(tally, page), value, events);
			for (const { value } of values('text')) feedbackOf(tally, page).texts.push(value);
			break;
		}
		case 'kb-contact-view':
			for (const { value, events } of values('from')) tally.beforeContact[value] = (tally.beforeContact[value] ?? 0) + events;
			break;
		case 'kb-still-need-help':
			for (const { value, events } of values('channel')) tally.stillNeedHelp[value] = (tally.stillNeedHelp[value] ?? 0) + events;
			break;
	}
	result.pages = [...values('page'), ...values('url'), ...values('from')].map(({ value }) => value);
	return result;
}

/** Where reasons go when an export does not say on which page they were given. */
export const ALL_PAGES = '(all pages)';

/** Plausible's CSV export (Site settings → Import & export): events per day, without their properties. */
function readPlausibleFullExport(customEvents: ExportFile, fail: Fail): ReadExport {
	const rows = csvRows(customEvents, ['date', 'name', 'events'], 'Plausible’s CSV export', fail);
	const tally = emptyTally();
	for (const row of rows) {
		const type = eventTypeOf(row.name!);
		if (!type) continue;
		const n = count(row.events);
		tally.totals[row.name!] = (tally.totals[row.name!] ?? 0) + n;
		if (type === 'kb-search') addDay(tally, row.date!, n, 0);
		if (type === 'kb-search-no-results') addDay(tally, row.date!, 0, n);
	}
	tally.notes.push(
		'Plausible’s CSV export has events per day without their properties: for searches and pages, add a dashboard download filtered by goal.',
	);
	return { format: 'Plausible CSV export', events: [], tally, pages: [], hosts: [], rows: rows.length };
}

interface MatomoRow {
	label?: string;
	nb_hits?: number;
	nb_visits?: number;
	nb_events?: number;
	Events_EventCategory?: string;
	Events_EventAction?: string;
	Events_EventName?: string;
	actionDetails?: MatomoAction[];
	idVisit?: string;
}

interface MatomoAction {
	type: string;
	url?: string | null;
	siteSearchKeyword?: string;
	siteSearchCount?: string | number;
	eventCategory?: string;
	eventAction?: string;
	eventName?: string;
	eventValue?: number;
	timestamp?: number;
}

/**
 * A Matomo Reporting API response (format=JSON): site search keywords (Actions.getSiteSearchKeywords, and
 * …NoResultKeywords, which only its method name in the file name tells apart), events flattened by two of
 * category, action and name (Events.getCategory / getAction with flat=1), or visits with their actions
 * (Live.getLastVisitsDetails). A report for several periods is an object keyed by date.
 */
function readMatomo(file: ExportFile, fail: Fail): ReadExport {
	let json: unknown;
	try {
		json = JSON.parse(file.text);
	} catch {
		return fail('is not valid JSON (is it cut off?); expected a Matomo Reporting API response saved with format=JSON.');
	}
	if (json && typeof json === 'object' && (json as { result?: string }).result === 'error')
		fail(`is Matomo's error response: "${(json as { message?: string }).message}". Fix the request and save the response again.`);
	const periods: [string | undefined, MatomoRow[]][] = Array.isArray(json)
		? [[undefined, json as MatomoRow[]]]
		: Object.entries(json as Record<string, MatomoRow[]>).map(([day, rows]) => [/^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined, rows]);
	if (periods.some(([, rows]) => !Array.isArray(rows))) fail('is JSON, but not a Matomo report (an array of rows, or one per date).');
	const rows = periods.flatMap(([, rows]) => rows);
	const sample = rows[0];
	const tally = emptyTally();
	const result: ReadExport = { format: 'Matomo', events: [], tally, pages: [], hosts: [], rows: rows.length };
	if (!sample) {
		result.format += ' report (empty)';
		return result;
	}
	if (sample.actionDetails) {
		result.format += ' visits (Live.getLastVisitsDetails)';
		result.rows = undefined;
		result.events = rows.flatMap((visit) => matomoVisitEvents(visit));
		result.pages = pagesOf(result.events);
		result.hosts = unique(
			rows.flatMap((visit) => visit.actionDetails!.flatMap((action) => (action.url ? [new URL(action.url).hostname] : []))),
		);
		return result;
	}
	if ('nb_hits' in sample && 'label' in sample) {
		const noResults = /NoResult/i.test(file.name);
		result.format += noResults ? ' searches without results' : ' site search keywords';
		for (const [day, dayRows] of periods)
			for (const row of dayRows) {
				const search = searchOf(tally, row.label!);
				const hits = count(row.nb_hits);
				if (noResults) search.noResults += hits;
				else search.searches += hits;
				if (day) addDay(tally, day, noResults ? 0 : hits, noResults ? hits : 0);
			}
		if (!/SiteSearch/i.test(file.name))
			tally.notes.push(
				`${file.name}: read as all site searches; save Actions.getSiteSearchNoResultKeywords with its method name in the file name to count the ones without results.`,
			);
		return result;
	}
	if ('Events_EventCategory' in sample || 'Events_EventAction' in sample) {
		result.format += ' events';
		for (const row of rows) readMatomoEventRow(row, tally, result.pages);
		return result;
	}
	return fail('is JSON, but not a Matomo report this reads: site search keywords, events (flat=1) or Live.getLastVisitsDetails.');
}

/** A Matomo event's action/name back into the properties the site sent (the inverse of matomoEvent in src/lib/analytics.ts). */
function matomoProps(type: HelpEventType, action: string | undefined, name: string | undefined, value?: number): RecordedEvent['props'] {
	switch (type) {
		case 'kb-search-result-click':
			return { url: action, query: name, position: value };
		case 'kb-feedback':
			return { page: action, helpful: name };
		case 'kb-feedback-reason': {
			const [, reason, text] = /^([a-z-]+)(?:: ([\s\S]*))?$/.exec(name ?? '') ?? [];
			return { page: action, reason: reason ?? name, text };
		}
		case 'kb-contact-view':
			return { from: action, query: name };
		case 'kb-still-need-help':
			return { page: action, channel: name };
		default:
			return {};
	}
}

function matomoVisitEvents(visit: MatomoRow): RecordedEvent[] {
	const events: RecordedEvent[] = [];
	for (const action of visit.actionDetails!) {
		const day = action.timestamp ? new Date(action.timestamp * 1000).toISOString().slice(0, 10) : undefined;
		const view = visit.idVisit;
		if (action.type === 'search' && action.siteSearchKeyword) {
			const results = count(action.siteSearchCount);
			events.push({ type: 'kb-search', props: { query: action.siteSearchKeyword, results }, day, view });
			if (results === 0) events.push({ type: 'kb-search-no-results', props: { query: action.siteSearchKeyword }, day, view });
		} else if (action.type === 'event') {
			const type = eventTypeOf(action.eventCategory ?? '');
			if (type) events.push({ type, props: matomoProps(type, action.eventAction, action.eventName, action.eventValue), day, view });
		}
	}
	return events;
}

/** One row of a flattened events report: two of category, action and name, and how many events. */
function readMatomoEventRow(row: MatomoRow, tally: Tally, pages: string[]) {
	const n = count(row.nb_events);
	const category = row.Events_EventCategory;
	const type = category ? eventTypeOf(category) : undefined;
	const action = row.Events_EventAction;
	const name = row.Events_EventName;
	if (action?.startsWith('/')) pages.push(action);
	if (!category && action && name) {
		// Events.getAction by name: for feedback, the page and the vote (or reason) together.
		if (name === 'yes' || name === 'no') feedbackOf(tally, action)[name] += n;
		else {
			const props = matomoProps('kb-feedback-reason', action, name);
			if (props.reason && /^(unanswered|outdated|unclear|other)$/.test(String(props.reason))) {
				addReason(feedbackOf(tally, action), String(props.reason), n);
				if (props.text) feedbackOf(tally, action).texts.push(String(props.text));
			}
		}
		return;
	}
	if (!type) return;
	if (name !== undefined) {
		tally.totals[category!] = (tally.totals[category!] ?? 0) + n;
		const props = matomoProps(type, undefined, name);
		if (type === 'kb-search-result-click') searchOf(tally, name).clicks += n;
		else if (type === 'kb-still-need-help') tally.stillNeedHelp[name] = (tally.stillNeedHelp[name] ?? 0) + n;
		else if (type === 'kb-feedback-reason' && props.reason) {
			addReason(feedbackOf(tally, ALL_PAGES), String(props.reason), n);
			if (props.text) feedbackOf(tally, ALL_PAGES).texts.push(String(props.text));
		}
	} else if (action !== undefined && type === 'kb-contact-view') tally.beforeContact[action] = (tally.beforeContact[action] ?? 0) + n;
}

/** Counts events one by one; a vote or reason sent twice from one page view counts once. */
export function tallyEvents(events: readonly RecordedEvent[], tally: Tally = emptyTally()): Tally {
	const seen = new Set<string>();
	for (const event of events) {
		const { props } = event;
		if (event.type === 'kb-feedback' || event.type === 'kb-feedback-reason') {
			if (event.view) {
				const key = `${event.type}\n${event.view}\n${props.page}`;
				if (seen.has(key)) continue;
				seen.add(key);
			}
		}
		const name = EVENT_NAMES[event.type];
		tally.totals[name] = (tally.totals[name] ?? 0) + 1;
		const query = String(props.query ?? '');
		switch (event.type) {
			case 'kb-search': {
				const search = searchOf(tally, query);
				search.searches++;
				if (count(props.results) > 0) search.withResults++;
				if (event.day) addDay(tally, event.day, 1, 0);
				break;
			}
			case 'kb-search-no-results':
				searchOf(tally, query).noResults++;
				if (event.day) addDay(tally, event.day, 0, 1);
				break;
			case 'kb-search-result-click':
				searchOf(tally, query).clicks++;
				break;
			case 'kb-feedback':
				if (props.helpful === 'yes' || props.helpful === 'no') feedbackOf(tally, String(props.page))[props.helpful]++;
				break;
			case 'kb-feedback-reason': {
				const feedback = feedbackOf(tally, String(props.page));
				addReason(feedback, String(props.reason ?? 'other'), 1);
				if (props.text) feedback.texts.push(String(props.text));
				break;
			}
			case 'kb-contact-view': {
				const from = String(props.from);
				tally.beforeContact[from] = (tally.beforeContact[from] ?? 0) + 1;
				break;
			}
			case 'kb-still-need-help': {
				const channel = String(props.channel);
				tally.stillNeedHelp[channel] = (tally.stillNeedHelp[channel] ?? 0) + 1;
				break;
			}
		}
	}
	return tally;
}

/** Adds `from` into `into` (counts summed, lists joined). */
export function mergeTally(into: Tally, from: Tally): Tally {
	into.sources.push(...from.sources);
	into.notes.push(...from.notes);
	for (const [query, search] of Object.entries(from.searches)) {
		const target = searchOf(into, query);
		for (const key of ['searches', 'noResults', 'withResults', 'clicks'] as const) target[key] += search[key];
	}
	for (const [day, counts] of Object.entries(from.days)) addDay(into, day, counts.searches, counts.noResults);
	for (const [page, feedback] of Object.entries(from.feedback)) {
		const target = feedbackOf(into, page);
		target.yes += feedback.yes;
		target.no += feedback.no;
		for (const [reason, n] of Object.entries(feedback.reasons)) addReason(target, reason, n);
		target.texts.push(...feedback.texts);
	}
	for (const key of ['beforeContact', 'stillNeedHelp', 'totals'] as const)
		for (const [name, n] of Object.entries(from[key])) into[key][name] = (into[key][name] ?? 0) + n;
	return into;
}

/** A query as the report groups it: lowercase, spaces collapsed. */
export const normalizeQuery = (query: string) => query.trim().toLowerCase().replace(/\s+/g, ' ');

function searchOf(tally: Tally, query: string): SearchTally {
	const key = normalizeQuery(query);
	return (tally.searches[key] ??= { searches: 0, noResults: 0, withResults: 0, clicks: 0 });
}

function feedbackOf(tally: Tally, page: string): FeedbackTally {
	return (tally.feedback[page] ??= { yes: 0, no: 0, reasons: {}, texts: [] });
}

function addReason(feedback: FeedbackTally, reason: string, n: number) {
	feedback.reasons[reason] = (feedback.reasons[reason] ?? 0) + n;
}

function addDay(tally: Tally, day: string, searches: number, noResults: number) {
	const counts = (tally.days[day] ??= { searches: 0, noResults: 0 });
	counts.searches += searches;
	counts.noResults += noResults;
	if (!tally.period) tally.period = { from: day, to: day };
	else {
		if (day < tally.period.from) tally.period.from = day;
		if (day > tally.period.to) tally.period.to = day;
	}
}

function pagesOf(events: readonly RecordedEvent[]): string[] {
	return events.flatMap(({ props }) => [props.page, props.url, props.from].filter((value): value is string => typeof value === 'string'));
}

const unique = (values: readonly string[]) => [...new Set(values.filter(Boolean))];
