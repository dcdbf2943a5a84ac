/**
 * The report's short summary in GitHub-flavoured Markdown, to paste into an issue or pull request: the ten
 * of each list that matter most, the rest is in the HTML report. Customers' words go into code spans, so
 * nothing they typed becomes a link, an image, HTML or an @mention.
 */
import type { Findings } from './model.ts';
import { CHANNEL_LABELS, REASON_LABELS, pageHref } from './html.ts';

const LIMIT = 10;

const number = (n: number) => n.toLocaleString('en');
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);

/** One line: a newline in a table cell would end the row, in a list item the item. */
const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();

/**
 * A table cell: each `|` escaped, and the backslashes before it doubled, so no text (not even one ending in a
 * backslash) splits the cell and leaves the rest of it outside its code span.
 */
const cell = (text: string) => oneLine(text).replace(/(\\*)\|/g, (_, slashes: string) => `${slashes}${slashes}\\|`);

/** Markdown's inline punctuation escaped, for our own words (titles, sources); `_` inside a word is no emphasis and stays. */
const plain = (text: string) => oneLine(text).replace(/[\\`*[\]<>~]|(?<!\w)_|_(?!\w)/g, '\\$&');

/** A code span that holds any text: the fence is longer than any run of backticks inside it. */
function code(text: string): string {
	const content = oneLine(text);
	if (!content) return '–';
	const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longest + 1);
	const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${content}${pad}${fence}`;
}

/** A page linked by its title, or its path as code when it is not on the help center (it came from an export). */
function page(path: string, title: string, siteUrl: string): string {
	const href = pageHref(path, siteUrl);
	if (!href) return code(path);
	return `[${title && title !== path ? plain(title) : code(path)}](<${href}>)`;
}

function table(head: string[], numeric: boolean[], rows: string[][]): string {
	return [
		`| ${head.join(' | ')} |`,
		`| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
		...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
	].join('\n');
}

/** "…and 4 more" after a shortened list, pointing to where the rest is. */
const more = (total: number) => (total > LIMIT ? `\n\n…and ${number(total - LIMIT)} more in the HTML report.` : '');

function reasons(reasons: Record<string, number>): string {
	const entries = Object.entries(reasons).filter(([, n]) => n > 0);
	if (entries.length === 0) return '–';
	return entries
		.sort((x, y) => y[1] - x[1])
		.map(([reason, n]) => `${REASON_LABELS[reason] ?? code(reason)}: ${number(n)}`)
		.join(', ');
}

/** Up to three texts a page got, each as code; the HTML report has them all. */
function texts(texts: string[]): string {
	const written = texts.map(oneLine).filter(Boolean);
	if (written.length === 0) return '–';
	const shown = written.slice(0, 3).map(code).join('; ');
	return written.length > 3 ? `${shown} (+${written.length - 3} more)` : shown;
}

function analytics(findings: Findings): string[] {
	const site = findings.site.url;
	const out: string[] = [];

	const noResults = findings.noResultSearches.slice(0, LIMIT);
	out.push(`## Searches without results`);
	if (noResults.length === 0) out.push('Every search found something.');
	else {
		out.push(
			table(
				['Query', 'Searches without results', 'Likely article'],
				[false, true, false],
				noResults.map((s) => [
					code(s.query),
					number(s.noResults),
					s.likely ? page(s.likely.url, s.likely.title, site) : 'no close article — consider writing one',
				]),
			) + more(findings.noResultSearches.length),
		);
		// Newlines out but leading spaces kept: they are the line's YAML indentation.
		const lines = noResults.flatMap((s) => (s.synonymLine ? [s.synonymLine.replace(/[\r\n\u2028\u2029]+/g, ' ').trimEnd()] : []));
		if (lines.length) {
			const longest = Math.max(
				0,
				...(lines
					.join('\n')
					.match(/`+/g)
					?.map((run) => run.length) ?? []),
			);
			const fence = '`'.repeat(Math.max(3, longest + 1));
			out.push(
				'Add these lines under `synonyms:` in `content/search/synonyms.yaml` so the searches find the likely article:',
				`${fence}yaml\n${lines.join('\n')}\n${fence}`,
			);
		}
	}

	const unhelpful = findings.helpfulness.filter((h) => h.no > 0);
	out.push(`## Least helpful pages`);
	out.push(
		unhelpful.length === 0
			? 'No page got a "No" vote.'
			: table(
					['Page', 'No', 'Yes', 'Helpful', 'Reasons', 'What customers wrote'],
					[false, true, true, true, false, false],
					unhelpful
						.slice(0, LIMIT)
						.map((h) => [
							page(h.page, h.title, site),
							number(h.no),
							number(h.yes),
							percent(h.yes, h.yes + h.no),
							reasons(h.reasons),
							texts(h.texts),
						]),
				) + more(unhelpful.length),
	);

	out.push(`## Pages before contacting support`);
	out.push(
		findings.beforeContact.length === 0
			? 'No customer opened the contact page from a help page.'
			: table(
					['Page', 'Contact page opened next'],
					[false, true],
					findings.beforeContact.slice(0, LIMIT).map((p) => [page(p.page, p.title, site), number(p.count)]),
				) + more(findings.beforeContact.length),
	);
	const channels = Object.entries(findings.stillNeedHelp).filter(([, n]) => n > 0);
	if (channels.length) {
		out.push(
			`"Still need help?" clicks: ${channels
				.sort((x, y) => y[1] - x[1])
				.map(([channel, n]) => `${CHANNEL_LABELS[channel] ?? code(channel)} ${number(n)}`)
				.join(', ')}.`,
		);
	}
	return out;
}

function healthList<T>(heading: string, items: T[], empty: string, line: (item: T) => string): string {
	if (items.length === 0) return `### ${heading} (0)\n\n${empty}`;
	return `### ${heading} (${number(items.length)})\n\n${items
		.slice(0, LIMIT)
		.map((item) => `- ${line(item)}`)
		.join('\n')}${more(items.length)}`;
}

function health(findings: Findings): string[] {
	const { health } = findings;
	const site = findings.site.url;
	const article = (e: { url: string; title: string; file: string }) => `${page(e.url, e.title, site)} (${code(e.file)})`;
	return [
		`## Content health`,
		`As of ${health.today}.`,
		healthList('Due for review', health.dueForReview, 'No article is due for review.', (e) =>
			e.reviewed
				? `${article(e)}: reviewed ${e.checked}, due ${e.due}`
				: `${article(e)}: never reviewed, updated ${e.checked}, due ${e.due}`,
		),
		healthList('Never reviewed', health.neverReviewed, 'Every article has been reviewed at least once.', article),
		healthList('No page links to', health.unlinked, 'Every article is linked from another page.', article),
		healthList('Without keywords', health.withoutKeywords, 'Every article has keywords.', article),
		healthList(
			'Categories without articles',
			health.categoriesWithoutArticles,
			'Every category has articles.',
			(c) => `${plain(c.title)} (${code(c.file)})`,
		),
		healthList(
			'FAQ answers that link nowhere',
			health.faqAnswersWithoutLinks,
			'Every FAQ answer links somewhere.',
			(q) => `${page(q.url, q.question, site)} (${code(q.file)})`,
		),
	];
}

/** A short GitHub-flavoured Markdown summary of the report, for an issue or a pull request. */
export function renderMarkdown(findings: Findings): string {
	const out = [`# ${plain(findings.site.name)}: help center report`];
	const generated = findings.generated.slice(0, 10);
	if (findings.hasEvents) {
		const period = findings.period ? `${findings.period.from} to ${findings.period.to}` : 'no dates in the export';
		out.push(`**Period:** ${period} · **Generated:** ${generated}`);
		const searches = findings.totals['Search'] ?? 0;
		const noResults = findings.totals['Search no results'] ?? 0;
		if (searches > 0) out.push(`**${number(searches)} searches**, ${number(noResults)} (${percent(noResults, searches)}) found nothing.`);
	} else {
		out.push(`**Generated:** ${generated}`);
		out.push(
			'No analytics export was read, so this covers content health only. ' +
				'Run `npm run report -- --events <file>` with an export from your analytics tool (see `docs/analytics.md`).',
		);
	}
	if (findings.sources.length) out.push(`Sources:\n\n${findings.sources.map((s) => `- ${plain(s)}`).join('\n')}`);
	if (findings.notes.length) out.push(`Notes:\n\n${findings.notes.map((n) => `- ${plain(n)}`).join('\n')}`);
	if (findings.hasEvents) out.push(...analytics(findings));
	out.push(...health(findings));
	return `${out.join('\n\n')}\n`;
}
