/**
 * The report's two charts as inline SVG: no library and no request, so the page stays one file that opens
 * anywhere. Colours come from classes styled by CHART_CSS with the page's custom properties, so a chart
 * follows the page's light or dark theme; `currentColor` defaults keep it legible without that CSS.
 */
import { escapeText } from 'entities';

/** One day of the trend chart (YYYY-MM-DD). */
export interface TrendPoint {
	day: string;
	searches: number;
	noResults: number;
}

/** One bar of the stacked bar chart. */
export interface VoteRow {
	label: string;
	yes: number;
	no: number;
}

/**
 * The rules the charts' classes need; the page that embeds a chart includes them in its `<style>` and defines
 * `--report-line`, `--report-muted`, `--report-grid`, `--report-yes`, `--report-no` and `--report-fg`.
 */
export const CHART_CSS = `
.chart { display: block; width: 100%; height: auto; max-width: 48rem; color: var(--report-fg); font-family: inherit; }
.chart text { fill: currentColor; font-size: 12px; }
.chart .chart-muted-text { fill: var(--report-muted); }
.chart .chart-grid { stroke: var(--report-grid); stroke-opacity: 1; }
.chart .chart-axis { stroke: var(--report-muted); }
.chart .chart-line { stroke: var(--report-line); }
.chart .chart-area { fill: var(--report-line); opacity: 0.18; }
.chart .chart-dot { fill: var(--report-line); }
.chart .chart-total { stroke: var(--report-muted); stroke-opacity: 1; }
.chart .chart-yes { fill: var(--report-yes); opacity: 1; }
.chart .chart-no { fill: var(--report-no); opacity: 1; }
.chart .chart-swatch-line { fill: var(--report-line); }
.chart .chart-swatch-total { fill: var(--report-muted); opacity: 1; }
.no-data { color: var(--report-muted); font-style: italic; }
`;

const WIDTH = 640;
const FONT = 12;

const number = (n: number) => n.toLocaleString('en');
const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`);
/** Coordinates with two decimals: enough for a 640-unit viewBox, and short output. */
const round = (n: number) => String(Math.round(n * 100) / 100);
/** Counts from an export may be missing or negative after a bad merge; a chart draws them as 0. */
const count = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);

/** A short, stable id: two charts on one page need distinct ids for `aria-labelledby`. */
function chartId(kind: string, title: string, data: unknown): string {
	let hash = 0x811c9dc5;
	for (const char of JSON.stringify([kind, title, data])) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
	const slug = title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 32);
	return `chart-${kind}-${slug || 'untitled'}-${(hash >>> 0).toString(36)}`;
}

function noData(title: string): string {
	return `<p class="no-data">${escapeText(title)}: no data yet.</p>`;
}

function svgOpen(id: string, height: number, title: string, desc: string): string {
	// No xmlns: inline in HTML it is implied, and the page then holds no address but the help center's.
	return (
		`<svg class="chart" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">` +
		`<title id="${id}-title">${escapeText(title)}</title><desc id="${id}-desc">${escapeText(desc)}</desc>`
	);
}

/** A round, even upper bound for the y axis (2, 4, 6, 8 or 10 × 10ⁿ), so the grid's half-way label is a whole number. */
function niceMax(max: number): number {
	if (max <= 2) return 2;
	const power = 10 ** Math.floor(Math.log10(max));
	const step = [2, 4, 6, 8, 10].find((s) => s * power >= max) ?? 10;
	return step * power;
}

/** "6 May" from "2025-05-06"; anything else as it came. */
function shortDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.valueOf())) return day;
	return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** Where each day sits on the x axis: by date when all are dates (so a day without events leaves a gap), else evenly. */
function dayPositions(days: string[]): number[] {
	const times = days.map((day) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN));
	if (days.length === 1) return [0.5];
	if (times.every((t) => Number.isFinite(t))) {
		const first = Math.min(...times);
		const span = Math.max(...times) - first;
		if (span > 0) return times.map((t) => (t - first) / span);
	}
	return days.map((_, i) => i / (days.length - 1));
}

/** At most `max` indexes, first and last included, evenly spread: the days that get a label. */
function labelIndexes(length: number, max: number): number[] {
	if (length <= max) return [...Array(length).keys()];
	const step = (length - 1) / (max - 1);
	return [...new Set(Array.from({ length: max }, (_, i) => Math.round(i * step)))];
}

function trendDescription(points: TrendPoint[]): string {
	const searches = points.reduce((sum, p) => sum + count(p.searches), 0);
	const noResults = points.reduce((sum, p) => sum + count(p.noResults), 0);
	const first = points[0]!.day;
	const last = points[points.length - 1]!.day;
	const span = points.length === 1 ? `On ${first}` : `From ${first} to ${last} (${points.length} days)`;
	const parts = [`${span}, ${number(noResults)} of ${number(searches)} searches found nothing (${percent(noResults, searches)}).`];
	if (noResults > 0) {
		const worst = points.reduce((a, b) => (count(b.noResults) > count(a.noResults) ? b : a));
		parts.push(`Most on ${worst.day}: ${number(count(worst.noResults))} of ${number(count(worst.searches))}.`);
	}
	// Whether it is getting better is what a support lead asks first: compare the two halves of the period.
	if (points.length >= 4) {
		const half = Math.floor(points.length / 2);
		const share = (part: TrendPoint[]) =>
			percent(
				part.reduce((sum, p) => sum + count(p.noResults), 0),
				part.reduce((sum, p) => sum + count(p.searches), 0),
			);
		parts.push(`First half of the period: ${share(points.slice(0, half))} found nothing; second half: ${share(points.slice(half))}.`);
	}
	return parts.join(' ');
}

/**
 * A line chart of searches without results per day, over a lighter line of all searches, oldest day first.
 * Returns a `<p>` saying there is no data when `points` is empty.
 */
export function trendChart(points: TrendPoint[], title: string): string {
	if (points.length === 0) return noData(title);
	const height = 260;
	const left = 48;
	const right = 16;
	const top = 36;
	const bottom = 32;
	const plotWidth = WIDTH - left - right;
	const plotHeight = height - top - bottom;
	const max = niceMax(Math.max(...points.map((p) => Math.max(count(p.searches), count(p.noResults)))));
	const positions = dayPositions(points.map((p) => p.day));
	const x = (i: number) => left + positions[i]! * plotWidth;
	const y = (n: number) => top + plotHeight - (count(n) / max) * plotHeight;
	const baseline = top + plotHeight;
	const id = chartId('trend', title, points);
	const out = [svgOpen(id, height, title, trendDescription(points))];

	// Legend: the colour swatch is paired with a word, so the two lines are told apart without colour.
	out.push(
		`<g aria-hidden="true">`,
		`<rect class="chart-swatch-line" x="${left}" y="10" width="14" height="4" fill="currentColor"/>`,
		`<text x="${left + 20}" y="16">Searches without results</text>`,
		`<rect class="chart-swatch-total" x="${left + 200}" y="10" width="14" height="4" fill="currentColor" opacity="0.5"/>`,
		`<text class="chart-muted-text" x="${left + 220}" y="16">All searches (dashed)</text>`,
		`</g>`,
	);

	// Grid and y labels at 0, ½ and the top.
	out.push(`<g aria-hidden="true">`);
	for (const value of [0, max / 2, max]) {
		const gy = round(y(value));
		out.push(
			`<line class="chart-grid" x1="${left}" x2="${WIDTH - right}" y1="${gy}" y2="${gy}" stroke="currentColor" stroke-opacity="0.2"/>`,
			`<text class="chart-muted-text" x="${left - 6}" y="${round(y(value) + FONT / 3)}" text-anchor="end">${number(Math.round(value * 10) / 10)}</text>`,
		);
	}
	for (const i of labelIndexes(points.length, 6)) {
		const anchor = points.length === 1 ? 'middle' : i === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle';
		out.push(
			`<text class="chart-muted-text" x="${round(x(i))}" y="${baseline + 20}" text-anchor="${anchor}">${escapeText(shortDay(points[i]!.day))}</text>`,
		);
	}
	out.push(`</g>`);

	const line = (values: number[]) => values.map((v, i) => `${i === 0 ? 'M' : 'L'}${round(x(i))},${round(y(v))}`).join(' ');
	const noResults = points.map((p) => p.noResults);
	out.push(
		`<path class="chart-total" d="${line(points.map((p) => p.searches))}" fill="none" stroke="currentColor" stroke-opacity="0.5" stroke-width="1.5" stroke-dasharray="4 3"/>`,
	);
	if (points.length > 1) {
		out.push(
			`<path class="chart-area" d="${line(noResults)} L${round(x(points.length - 1))},${baseline} L${round(x(0))},${baseline} Z" fill="currentColor" opacity="0.15"/>`,
		);
	}
	out.push(
		`<path class="chart-line" d="${line(noResults)}" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"/>`,
	);
	// A dot per day with its numbers as a tooltip; only when they fit, so a long period stays a line.
	if (points.length <= 62) {
		for (const [i, p] of points.entries()) {
			const tip = `${p.day}: ${number(count(p.noResults))} of ${number(count(p.searches))} searches found nothing`;
			out.push(
				`<circle class="chart-dot" cx="${round(x(i))}" cy="${round(y(p.noResults))}" r="3" fill="currentColor"><title>${escapeText(tip)}</title></circle>`,
			);
		}
	}
	out.push(
		`<line class="chart-axis" x1="${left}" x2="${WIDTH - right}" y1="${baseline}" y2="${baseline}" stroke="currentColor"/>`,
		`</svg>`,
	);
	return out.join('\n');
}

/** Long labels are cut to fit the label column; the description names them in full. */
function fit(label: string, max: number): string {
	const chars = [...label];
	return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

function votesDescription(rows: VoteRow[]): string {
	const yes = rows.reduce((sum, r) => sum + count(r.yes), 0);
	const no = rows.reduce((sum, r) => sum + count(r.no), 0);
	const each = rows.map((r) => {
		const total = count(r.yes) + count(r.no);
		return total === 0
			? `${r.label}: no votes`
			: `${r.label}: ${number(count(r.yes))} yes, ${number(count(r.no))} no (${percent(count(r.yes), total)} helpful)`;
	});
	return `${number(yes)} yes and ${number(no)} no votes in ${rows.length} ${rows.length === 1 ? 'category' : 'categories'}. ${each.join('; ')}.`;
}

/**
 * Horizontal bars, one per row, "yes" then "no" votes stacked, longest bar the most votes; the counts are
 * written beside each bar. Returns a `<p>` saying there is no data when there are no rows or no votes at all.
 */
export function stackedBarChart(rows: VoteRow[], title: string): string {
	if (rows.length === 0 || rows.every((r) => count(r.yes) + count(r.no) === 0)) return noData(title);
	const labelWidth = 160;
	const valueWidth = 170;
	const top = 32;
	const rowHeight = 28;
	const barHeight = 18;
	const height = top + rows.length * rowHeight + 8;
	const barLeft = labelWidth;
	const barSpace = WIDTH - labelWidth - valueWidth;
	const max = Math.max(...rows.map((r) => count(r.yes) + count(r.no)));
	const id = chartId('votes', title, rows);
	const out = [svgOpen(id, height, title, votesDescription(rows))];
	out.push(
		`<g aria-hidden="true">`,
		`<rect class="chart-yes" x="${barLeft}" y="8" width="12" height="12" fill="currentColor" opacity="0.8"/>`,
		`<text x="${barLeft + 18}" y="18">Yes, helpful</text>`,
		`<rect class="chart-no" x="${barLeft + 110}" y="8" width="12" height="12" fill="currentColor" opacity="0.4"/>`,
		`<text x="${barLeft + 128}" y="18">No</text>`,
		`</g>`,
	);
	for (const [i, row] of rows.entries()) {
		const yes = count(row.yes);
		const no = count(row.no);
		const total = yes + no;
		const rowTop = top + i * rowHeight;
		const textY = round(rowTop + barHeight / 2 + FONT / 3);
		const yesWidth = (yes / max) * barSpace;
		const noWidth = (no / max) * barSpace;
		const value = total === 0 ? 'no votes' : `${number(yes)} yes · ${number(no)} no · ${percent(yes, total)}`;
		out.push(
			`<g>`,
			`<text x="${labelWidth - 8}" y="${textY}" text-anchor="end">${escapeText(fit(row.label, 22))}</text>`,
			yes > 0
				? `<rect class="chart-yes" x="${barLeft}" y="${rowTop}" width="${round(yesWidth)}" height="${barHeight}" fill="currentColor" opacity="0.8"/>`
				: '',
			no > 0
				? `<rect class="chart-no" x="${round(barLeft + yesWidth)}" y="${rowTop}" width="${round(noWidth)}" height="${barHeight}" fill="currentColor" opacity="0.4"/>`
				: '',
			`<text class="chart-muted-text" x="${round(barLeft + yesWidth + noWidth + 6)}" y="${textY}">${escapeText(value)}</text>`,
			`</g>`,
		);
	}
	out.push(`</svg>`);
	return out.filter(Boolean).join('\n');
}
