/**
 * `kb-date`: a calendar date (YYYY-MM-DD) picked with the browser's own date field, so an impossible date
 * can't be entered at all (Decap's date picker emptied the field and then said it was required). The
 * "Updated" field adds a choice to keep its date when publishing: by default it moves to the day of the
 * save (src/cms/updated-on-save.ts), and a typo fix can keep the old one.
 */
import { decapReact, type ControlProps, type ImmutableLike } from './react';

interface Props extends ControlProps<string> {
	field: ImmutableLike;
}

/** Today in the writer's own time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The entry (its address in /admin/) whose "Updated" date is kept at the next saves, if any. */
let keptFor: string | undefined;

/** Whether the writer chose to keep the "Updated" date of the entry open now. */
export const keepsUpdatedDate = () => keptFor !== undefined && keptFor === location.hash;

/** Registers the widget with Decap. */
export function registerDateWidget(cms: { registerWidget: (name: string, control: unknown, preview?: unknown) => void }) {
	const { h, createClass } = decapReact();
	const Control = createClass({
		componentDidMount(this: { props: Props }) {
			// A new entry's required date starts as today, as Decap's `{{now}}` default did.
			if (!this.props.value && this.props.field.get?.('required') !== false) this.props.onChange(today());
		},
		render(this: { props: Props; forceUpdate: () => void }) {
			const { value, forID, classNameWrapper, field, onChange, setActiveStyle, setInactiveStyle } = this.props;
			const input = h('input', {
				type: 'date',
				id: forID,
				className: classNameWrapper,
				value: typeof value === 'string' ? value.slice(0, 10) : '',
				onChange: (event: { target: { value: string } }) => onChange(event.target.value),
				onFocus: setActiveStyle,
				onBlur: setInactiveStyle,
			});
			if (field.get?.('name') !== 'updated') return input;
			const keep = h(
				'label',
				{ style: { display: 'flex', gap: '8px', alignItems: 'center', marginTop: '8px' } },
				h('input', {
					type: 'checkbox',
					checked: keepsUpdatedDate(),
					onChange: (event: { target: { checked: boolean } }) => {
						keptFor = event.target.checked ? location.hash : undefined;
						this.forceUpdate();
					},
				}),
				'Keep this date when publishing (a small fix readers need not know about). Otherwise it becomes the day you publish.',
			);
			return h('div', null, input, keep);
		},
	});
	cms.registerWidget('kb-date', Control, () => null);
}
