/**
 * `kb-pairs`: edits a map whose keys writers choose (policy values, search synonyms), which no built-in
 * Decap widget can. `value_type: list` stores comma-separated values as a list.
 *
 * Decap keeps entry data in Immutable.js maps, which forget the order of more than 8 keys, so the file
 * order cannot survive a save: the widget writes keys sorted instead (its value serializer runs on every
 * save, edited or not), and the sample content is stored sorted, so saving changes only what was edited.
 */
import { decapReact, plain, type ImmutableLike } from './react';

interface Row {
	key: string;
	value: string;
}

type PairsValue = Record<string, string | number | string[]>;

interface FieldOptions {
	list: boolean;
	keyPattern?: RegExp;
	label: string;
}

function options(field: unknown): FieldOptions {
	const f = plain<Record<string, string>>(field) ?? {};
	return {
		list: f.value_type === 'list',
		keyPattern: f.key_pattern ? new RegExp(f.key_pattern) : undefined,
		label: f.label ?? 'Value',
	};
}

/** The stored form: the same pairs, keys in sorted order. */
export function sortedPairs(value: PairsValue | undefined): PairsValue {
	return Object.fromEntries(Object.entries(value ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Stored map → editable rows, sorted by name. */
export function toRows(value: PairsValue | undefined): Row[] {
	return Object.entries(sortedPairs(value)).map(([key, v]) => ({ key, value: Array.isArray(v) ? v.join(', ') : String(v) }));
}

/** Editable rows → stored map (rows without a name are not stored yet). */
export function fromRows(rows: Row[], list: boolean): PairsValue {
	const result: PairsValue = {};
	for (const { key, value } of rows) {
		const name = key.trim();
		if (!name) continue;
		result[name] = list
			? value
					.split(',')
					.map((word) => word.trim())
					.filter(Boolean)
			: value.trim();
	}
	return sortedPairs(result);
}

/** Problems writers must fix before saving, in words they understand. */
export function rowProblems(rows: Row[], { keyPattern, list }: Pick<FieldOptions, 'keyPattern' | 'list'>): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const { key, value } of rows) {
		const name = key.trim();
		if (!name && !value.trim()) continue;
		if (!name) problems.push(`The value "${value}" needs a name.`);
		else if (keyPattern && !keyPattern.test(name))
			problems.push(`"${name}" must be lowercase words joined by hyphens, e.g. return-window.`);
		else if (seen.has(name)) problems.push(`"${name}" appears twice.`);
		else if (!String(fromRows([{ key, value }], list)[name])) problems.push(`"${name}" needs a value.`);
		seen.add(name);
	}
	return problems;
}

/** Registers the widget with Decap. */
export function registerPairsWidget(cms: {
	registerWidget: (name: string, control: unknown, preview?: unknown) => void;
	registerWidgetValueSerializer: (
		widget: string,
		serializer: { serialize: (value: unknown) => unknown; deserialize: (value: unknown) => unknown },
	) => void;
}) {
	const { h, createClass } = decapReact();

	const Control = createClass({
		getInitialState(this: { props: { value: unknown } }) {
			return { rows: toRows(plain<PairsValue>(this.props.value)) };
		},
		isValid(this: { state: { rows: Row[] }; props: { field: unknown } }) {
			const problems = rowProblems(this.state.rows, options(this.props.field));
			return problems.length ? { error: { message: problems.join(' ') } } : true;
		},
		update(this: Self, rows: Row[]) {
			this.setState({ rows });
			this.props.onChange(fromRows(rows, options(this.props.field).list));
		},
		render(this: Self) {
			const { list, label } = options(this.props.field);
			const rows = this.state.rows;
			const set = (index: number, part: keyof Row) => (event: { target: { value: string } }) =>
				this.update(rows.map((row, i) => (i === index ? { ...row, [part]: event.target.value } : row)));
			return h(
				'div',
				{ id: this.props.forID, className: `${this.props.classNameWrapper} kb-pairs` },
				h(
					'table',
					null,
					h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, list ? `${label} (comma-separated)` : label), h('td'))),
					h(
						'tbody',
						null,
						rows.map((row, index) =>
							h(
								'tr',
								{ key: index },
								h('td', null, h('input', { 'aria-label': `Name ${index + 1}`, value: row.key, onChange: set(index, 'key') })),
								h(
									'td',
									null,
									h('input', {
										'aria-label': `Value of ${row.key || `row ${index + 1}`}`,
										value: row.value,
										onChange: set(index, 'value'),
									}),
								),
								h(
									'td',
									null,
									h(
										'button',
										{ type: 'button', onClick: () => this.update(rows.filter((_, i) => i !== index)) },
										`Remove ${row.key}`.trim(),
									),
								),
							),
						),
					),
				),
				h('button', { type: 'button', onClick: () => this.update([...rows, { key: '', value: '' }]) }, 'Add a row'),
			);
		},
	});

	const Preview = (props: { value: ImmutableLike | PairsValue | undefined }) =>
		h(
			'dl',
			{ className: 'kb-pairs-preview' },
			toRows(plain<PairsValue>(props.value)).flatMap((row) => [
				h('dt', { key: `k${row.key}` }, row.key),
				h('dd', { key: `v${row.key}` }, row.value),
			]),
		);

	cms.registerWidget('kb-pairs', Control, Preview);
	cms.registerWidgetValueSerializer('kb-pairs', {
		serialize: (value) => sortedPairs(plain<PairsValue>(value)),
		deserialize: (value) => value,
	});
}

interface Self {
	props: { value: unknown; field: unknown; forID: string; classNameWrapper: string; onChange: (value: PairsValue) => void };
	state: { rows: Row[] };
	setState: (state: { rows: Row[] }) => void;
	update: (rows: Row[]) => void;
}
