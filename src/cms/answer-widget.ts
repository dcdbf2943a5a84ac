/**
 * `kb-answer`: a FAQ answer, typed as plain text and stored exactly as typed (as Decap's text widget does),
 * with what the article editor's + menu gives for policies: a list of the site's policy values that puts
 * `<Policy name="…" />` where the cursor is, so an answer quotes the return window instead of copying it.
 */
import { decapReact, type ControlProps } from './react';

type Props = ControlProps<string>;

/** `text` with `insert` put at `position`, and the position after it. */
export function insertAt(text: string, position: number, insert: string): { text: string; caret: number } {
	const at = Math.max(0, Math.min(position, text.length));
	return { text: text.slice(0, at) + insert + text.slice(at), caret: at + insert.length };
}

/** Registers the widget; `policies` are the site's policy values by name (settings/site.yaml). */
export function registerAnswerWidget(
	cms: { registerWidget: (name: string, control: unknown, preview?: unknown) => void },
	policies: Record<string, string | number>,
) {
	const { h, createClass } = decapReact();
	const Control = createClass({
		render(this: { props: Props; textarea?: HTMLTextAreaElement }) {
			const { forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
			const value = typeof this.props.value === 'string' ? this.props.value : '';
			const names = Object.keys(policies);
			return h(
				'div',
				null,
				h('textarea', {
					id: forID,
					className: classNameWrapper,
					value,
					rows: Math.max(3, value.split('\n').length + 1),
					ref: (element: HTMLTextAreaElement | null) => (this.textarea = element ?? undefined),
					onChange: (event: { target: { value: string } }) => onChange(event.target.value),
					onFocus: setActiveStyle,
					onBlur: setInactiveStyle,
				}),
				names.length > 0 &&
					h(
						'label',
						{ style: { display: 'flex', gap: '8px', alignItems: 'center', marginTop: '8px' } },
						'Insert a policy value',
						h(
							'select',
							{
								value: '',
								onChange: (event: { target: { value: string } }) => {
									if (!event.target.value) return;
									const inserted = insertAt(
										value,
										this.textarea?.selectionStart ?? value.length,
										`<Policy name="${event.target.value}" />`,
									);
									onChange(inserted.text);
									requestAnimationFrame(() => this.textarea?.setSelectionRange(inserted.caret, inserted.caret));
								},
							},
							h('option', { value: '' }, 'Choose…'),
							names.map((name) => h('option', { key: name, value: name }, `${name} (${policies[name]})`)),
						),
					),
			);
		},
	});
	cms.registerWidget('kb-answer', Control, () => null);
}
