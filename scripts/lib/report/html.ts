/**
 * The report as one static HTML page: inline CSS, inline SVG charts, no script and no request, so it can be
 * mailed, attached or opened from disk. Everything from the exports is customers' input: it is escaped, and a
 * page path becomes a link only when it stays on the help center's own address.
 */
import { escapeAttribute, escapeText } from 'entities';
import type { ContentHealth, HealthEntry } from '../../../src/lib/content-health.ts';
import { CHART_CSS, stackedBarChart, trendChart } from './charts.ts';
import type { Findings, HelpfulnessFinding, NoResultFinding, SearchFinding } from './model.ts';

/** Reason codes sent with a "No" vote, as the feedback form words them. */
export const REASON_LABELS: Record<string, string> = {
	unanswered: "Didn't answer my question",
	outdated: 'Out of date',
	unclear: 'Hard to follow',
	other: 'Something else',
};

/** "Still need help?" channels, as a person would name them. */
export const CHANNEL_LABELS: Record<string, string> = {
	email: 'E-mail',
	phone: 'Phone',
	'contact-page': 'Contact page',
};

/** Event names (src/lib/analytics.ts EVENT_NAMES) → what they count, for the summary. */
const EVENT_LABELS: Record<string, string> = {
	Search: 'Searches',
	'Search no results': 'Searches without results',
	'Search result click': 'Search results opened',
	Feedback: '"Was this helpful?" votes',
	'Feedback reason': 'Reasons given after "No"',
	'Contact view': 'Contact page opened from a help page',
	'Still need help': '"Still need help?" clicks',
};

const t = escapeText;
const a = escapeAttribute;
const number = (n: number) => n.toLocaleString('en');
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);
const plural = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

/**
 * The page's address on the help center, or undefined when the path leaves it: an export's page field is
 * whatever a browser sent, and the report must not link a support lead to somewhere else.
 */
export function pageHref(path: string, siteUrl: string): string | undefined {
	try {
		const base = new URL(siteUrl);
		const url = new URL(path, base);
		return url.origin === base.origin ? url.href : undefined;
	} catch {
		return undefined;
	}
}

function link(path: string, label: string, siteUrl: string): string {
	const href = pageHref(path, siteUrl);
	return href ? `<a href="${a(href)}">${t(label)}</a>` : t(label);
}

/** A page's title linked, with its path beneath when the title is not the path itself. */
function pageCell(path: string, title: string, siteUrl: string): string {
	const label = link(path, title || path, siteUrl);
	return title && title !== path ? `${label}<br><span class="path">${t(path)}</span>` : label;
}

function table(caption: string, head: { label: string; numeric?: boolean }[], rows: string[][]): string {
	const th = head.map((h) => `<th scope="col"${h.numeric ? ' class="num"' : ''}>${t(h.label)}</th>`).join('');
	const body = rows
		.map(
			(cells) =>
				`<tr>${cells.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td${head[i]?.numeric ? ' class="num"' : ''}>${cell}</td>`)).join('')}</tr>`,
		)
		.join('\n');
	return `<table>\n<caption>${t(caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A section of the page; the header's table of contents lists them by id and heading. */
interface Section {
	id: string;
	heading: string;
	html: string;
}

function section(id: string, heading: string, body: string[]): Section {
	const html = `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${t(heading)}</h2>\n${body.filter(Boolean).join('\n')}\n</section>`;
	return { id, heading, html };
}

const paragraph = (text: string) => `<p>${text}</p>`;

function period(findings: Findings): string {
	return findings.period ? `${findings.period.from} to ${findings.period.to}` : '';
}

/** "2025-06-01 14:03 UTC" from an ISO date and time; anything else as it came. */
function generatedAt(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.valueOf()) ? iso : `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

function summary(findings: Findings): Section {
	const searches = findings.totals['Search'] ?? 0;
	const noResults = findings.totals['Search no results'] ?? 0;
	const totals = Object.entries(findings.totals);
	const list = (items: string[]) => `<ul>\n${items.map((item) => `<li>${t(item)}</li>`).join('\n')}\n</ul>`;
	return section('summary', 'Summary', [
		`<dl class="facts">`,
		`<dt>Help center</dt><dd>${link('/', findings.site.name, findings.site.url)}</dd>`,
		`<dt>Period</dt><dd>${findings.hasEvents ? t(period(findings) || 'The export has no dates') : 'No analytics export read'}</dd>`,
		`<dt>Generated</dt><dd><time datetime="${a(findings.generated)}">${t(generatedAt(findings.generated))}</time></dd>`,
		`</dl>`,
		findings.hasEvents && searches > 0
			? paragraph(
					`<strong>${plural(searches, 'search', 'searches')}</strong>, of which <strong>${number(noResults)} (${percent(noResults, searches)})</strong> found nothing.`,
				)
			: '',
		`<h3>Sources read</h3>`,
		findings.sources.length ? list(findings.sources) : paragraph('No analytics export was read.'),
		findings.notes.length ? `<h3>Notes</h3>\n${list(findings.notes)}` : '',
		totals.length
			? table(
					'Events counted in the exports',
					[{ label: 'Event' }, { label: 'Count', numeric: true }],
					totals.map(([name, n]) => [t(EVENT_LABELS[name] ?? name), number(n)]),
				)
			: '',
	]);
}

function topSearches(findings: Findings): Section {
	const rows = findings.topSearches.map((s) => [`<q>${t(s.query)}</q>`, number(s.searches), number(s.noResults), number(s.clicks)]);
	return section('top-searches', 'Top searches', [
		rows.length
			? table(
					`The ${plural(rows.length, 'query', 'queries')} customers searched for most`,
					[
						{ label: 'Query' },
						{ label: 'Searches', numeric: true },
						{ label: 'Without results', numeric: true },
						{ label: 'Results opened', numeric: true },
					],
					rows,
				)
			: paragraph('No searches in the exports.'),
	]);
}

function noResults(findings: Findings): Section {
	const list: NoResultFinding[] = findings.noResultSearches;
	const lines = list.flatMap((s) => (s.synonymLine ? [s.synonymLine] : []));
	const rows = list.map((s) => [
		`<q>${t(s.query)}</q>`,
		number(s.noResults),
		s.likely ? link(s.likely.url, s.likely.title, findings.site.url) : '<span class="muted">no close article — consider writing one</span>',
		s.synonymLine ? `<code class="synonym">${t(s.synonymLine)}</code>` : '–',
	]);
	return section('no-results', 'Searches without results', [
		rows.length
			? paragraph(
					'What customers looked for and did not find, with the article whose words come closest. ' +
						'A synonym line makes the query find that article: add it under <code>synonyms:</code> in <code>content/search/synonyms.yaml</code> ' +
						'(or in the CMS under search synonyms), then rebuild.',
				)
			: '',
		rows.length
			? table(
					`${plural(rows.length, 'query', 'queries')} that found nothing, most searched first`,
					[
						{ label: 'Query' },
						{ label: 'Searches without results', numeric: true },
						{ label: 'Likely article' },
						{ label: 'Synonym line' },
					],
					rows,
				)
			: paragraph('Every search found something.'),
		lines.length ? `<h3>All synonym lines, to copy at once</h3>\n<pre><code>${t(lines.join('\n'))}</code></pre>` : '',
		`<h3>Searches without results per day</h3>`,
		`<figure>${trendChart(findings.noResultTrend, 'Searches without results per day')}</figure>`,
	]);
}

function noClick(findings: Findings): Section {
	const list: SearchFinding[] = findings.searchesWithoutClick;
	return section('no-click', 'Searches nobody opened a result for', [
		list.length
			? paragraph('These searches showed results, but no customer opened one: the titles may not match what they were looking for.')
			: '',
		list.length
			? table(
					`${plural(list.length, 'query', 'queries')} with results and no result opened`,
					[{ label: 'Query' }, { label: 'Searches', numeric: true }],
					list.map((s) => [`<q>${t(s.query)}</q>`, number(s.searches)]),
				)
			: paragraph('Customers opened a result for every search that found something.'),
	]);
}

function reasons(reasons: Record<string, number>): string {
	const entries = Object.entries(reasons).filter(([, n]) => n > 0);
	if (entries.length === 0) return '–';
	return `<ul class="plain">${entries
		.sort((x, y) => y[1] - x[1])
		.map(([code, n]) => `<li>${t(REASON_LABELS[code] ?? code)}: ${number(n)}</li>`)
		.join('')}</ul>`;
}

function texts(texts: string[]): string {
	const written = texts.filter((text) => text.trim());
	return written.length ? `<ul class="texts">${written.map((text) => `<li>${t(text)}</li>`).join('')}</ul>` : '–';
}

function helpfulness(findings: Findings): Section {
	const list: HelpfulnessFinding[] = findings.helpfulness;
	const rows = list.map((h) => [
		pageCell(h.page, h.title, findings.site.url),
		number(h.yes),
		number(h.no),
		percent(h.yes, h.yes + h.no),
		reasons(h.reasons),
		texts(h.texts),
	]);
	return section('helpfulness', 'Was this helpful?', [
		rows.length
			? table(
					`Votes on ${plural(rows.length, 'page', 'pages')}, least helpful first`,
					[
						{ label: 'Page' },
						{ label: 'Yes', numeric: true },
						{ label: 'No', numeric: true },
						{ label: 'Share helpful', numeric: true },
						{ label: 'Reasons' },
						{ label: 'What customers wrote' },
					],
					rows,
				)
			: paragraph('No votes in the exports.'),
		`<h3>Votes per category</h3>`,
		`<figure>${stackedBarChart(
			findings.helpfulnessByCategory.map((c) => ({ label: c.category, yes: c.yes, no: c.no })),
			'Helpful and unhelpful votes per category',
		)}</figure>`,
	]);
}

function beforeContact(findings: Findings): Section {
	const channels = Object.entries(findings.stillNeedHelp).filter(([, n]) => n > 0);
	return section('before-contact', 'Before contacting support', [
		findings.beforeContact.length
			? table(
					'Pages customers were on right before opening the contact page',
					[{ label: 'Page' }, { label: 'Times the contact page was opened next', numeric: true }],
					findings.beforeContact.map((p) => [pageCell(p.page, p.title, findings.site.url), number(p.count)]),
				)
			: paragraph('No customer opened the contact page from a help page.'),
		`<h3>"Still need help?" clicks</h3>`,
		channels.length
			? table(
					'Clicks in "Still need help?" blocks per channel',
					[{ label: 'Channel' }, { label: 'Clicks', numeric: true }],
					channels.sort((x, y) => y[1] - x[1]).map(([channel, n]) => [t(CHANNEL_LABELS[channel] ?? channel), number(n)]),
				)
			: paragraph('No clicks in "Still need help?" blocks.'),
	]);
}

function analyticsMissing(): Section {
	return section('analytics-missing', 'No analytics export', [
		paragraph(
			'This report was made without an analytics export, so it shows content health only: no searches, votes or contact-page visits.',
		),
		paragraph(
			'Download an export from your analytics tool (Plausible, Umami, Matomo, Google Analytics 4, or the JSON beacon’s log) and run ' +
				'<code>npm run report -- --events &lt;file&gt;</code>. <code>docs/analytics.md</code> explains how to get one from each tool.',
		),
	]);
}

function healthList(id: string, heading: string, count: number, empty: string, body: () => string): string {
	return `<h3 id="${id}">${t(heading)} <span class="count">(${number(count)})</span></h3>\n${count === 0 ? paragraph(t(empty)) : body()}`;
}

function articleList(entries: HealthEntry[], siteUrl: string): string {
	return `<ul>\n${entries.map((e) => `<li>${link(e.url, e.title, siteUrl)} <code>${t(e.file)}</code></li>`).join('\n')}\n</ul>`;
}

function contentHealth(health: ContentHealth, siteUrl: string): Section {
	return section('content-health', 'Content health', [
		paragraph(`From the content as of ${t(health.today)}.`),
		healthList('health-due', 'Due for review', health.dueForReview.length, 'No article is due for review.', () =>
			table(
				'Articles past their review date, longest overdue first',
				[{ label: 'Article' }, { label: 'File' }, { label: 'Last checked' }, { label: 'Due' }],
				health.dueForReview.map((e) => [
					link(e.url, e.title, siteUrl),
					`<code>${t(e.file)}</code>`,
					e.reviewed ? t(e.checked) : `${t(e.checked)} <span class="muted">(updated; never reviewed)</span>`,
					t(e.due),
				]),
			),
		),
		healthList(
			'health-never-reviewed',
			'Never reviewed',
			health.neverReviewed.length,
			'Every article has been reviewed at least once.',
			() => articleList(health.neverReviewed, siteUrl),
		),
		healthList(
			'health-unlinked',
			'No page links to',
			health.unlinked.length,
			'Every article is linked from another page.',
			() => paragraph('Customers reach these only through category lists and search.') + '\n' + articleList(health.unlinked, siteUrl),
		),
		healthList(
			'health-without-keywords',
			'Without keywords',
			health.withoutKeywords.length,
			'Every article has keywords.',
			() => paragraph('Search finds these by the writer’s words only.') + '\n' + articleList(health.withoutKeywords, siteUrl),
		),
		healthList(
			'health-empty-categories',
			'Categories without articles',
			health.categoriesWithoutArticles.length,
			'Every category has articles.',
			() => `<ul>\n${health.categoriesWithoutArticles.map((c) => `<li>${t(c.title)} <code>${t(c.file)}</code></li>`).join('\n')}\n</ul>`,
		),
		healthList(
			'health-faq-without-links',
			'FAQ answers that link nowhere',
			health.faqAnswersWithoutLinks.length,
			'Every FAQ answer links somewhere.',
			() =>
				paragraph('Customers who need more than the answer have nowhere to go from these.') +
				'\n' +
				`<ul>\n${health.faqAnswersWithoutLinks.map((q) => `<li>${link(q.url, q.question, siteUrl)} <code>${t(q.file)}</code></li>`).join('\n')}\n</ul>`,
		),
	]);
}

// Both themes meet WCAG AA: text at least 4.5:1 against its background, chart colours at least 3:1.
const CSS = `
:root {
	color-scheme: light dark;
	--report-bg: #ffffff; --report-fg: #1b1b1f; --report-muted: #595966; --report-link: #0a58ca; --report-border: #d3d3da;
	--report-surface: #f4f5f7; --report-line: #c2410c; --report-grid: #c9cad1; --report-yes: #1a7f37; --report-no: #c42b1c;
}
@media (prefers-color-scheme: dark) {
	:root {
		--report-bg: #15161a; --report-fg: #ececf1; --report-muted: #a9abb6; --report-link: #8ab4ff; --report-border: #3a3c45;
		--report-surface: #1f2026; --report-line: #fb923c; --report-grid: #3d3f48; --report-yes: #4ade80; --report-no: #f87171;
	}
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--report-bg); color: var(--report-fg); font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
header, main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem; }
header { border-bottom: 1px solid var(--report-border); }
header nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 0.5rem 0 0; }
h1 { font-size: 1.75rem; margin: 0.25rem 0; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--report-border); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--report-link); }
a:focus-visible { outline: 2px solid var(--report-link); outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: var(--report-bg); padding: 0.5rem; }
.muted, .path, .count, header p { color: var(--report-muted); }
.path { font-size: 0.85em; overflow-wrap: anywhere; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--report-border); overflow-wrap: anywhere; }
thead th { background: var(--report-surface); }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; background: var(--report-surface); border-radius: 3px; }
code { padding: 0.05rem 0.25rem; }
pre { padding: 0.75rem; overflow-x: auto; border: 1px solid var(--report-border); }
pre code { padding: 0; background: none; }
/* The line is YAML: its leading spaces are its indentation, and copying must keep them. */
code.synonym { white-space: pre; }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.texts { margin: 0; padding-left: 1.1rem; }
figure { margin: 0.5rem 0 1rem; }
${CHART_CSS}`;

/** The whole report as one self-contained HTML page (no script, no external request). */
export function renderHtml(findings: Findings): string {
	const sections = [
		summary(findings),
		...(findings.hasEvents
			? [topSearches(findings), noResults(findings), noClick(findings), helpfulness(findings), beforeContact(findings)]
			: [analyticsMissing()]),
		contentHealth(findings.health, findings.site.url),
	];
	const nav = sections.map((s) => `<li><a href="#${s.id}">${t(s.heading)}</a></li>`).join('');
	const when = findings.hasEvents && findings.period ? ` · ${period(findings)}` : '';
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t(`${findings.site.name} help center report${when}`)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header>
<h1>${t(findings.site.name)}: help center report</h1>
<p>${findings.hasEvents ? t(period(findings) || 'Period unknown') : 'Content health only'} · generated ${t(generatedAt(findings.generated))}</p>
<nav aria-label="Sections"><ul>${nav}</ul></nav>
</header>
<main id="main">
${sections.map((s) => s.html).join('\n')}
</main>
</body>
</html>
`;
}
