/**
 * `kb-keywords`: customers' phrasings, typed as one line separated by commas. Decap's list widget tidies
 * the line on every keystroke (a space typed at the end vanishes, so "delivery slot" became "deliveryslot");
 * this one keeps the line as typed and saves the phrases, trimmed, as the list the schema wants.
 */
import { decapReact, plain, type ControlProps } from './react';

type Props = ControlProps<string[]>;

/** The phrases of a line: split at commas, trimmed, empty ones left out. */
export function keywordsOf(line: string): string[] {
	return line
		.split(',')
		.map((phrase) => phrase.trim())
		.filter(Boolean);
}

/** Registers the widget with Decap. */
export function registerKeywordsWidget(cms: { registerWidget: (name: string, control: unknown, preview?: unknown) => void }) {
	const { h, createClass } = decapReact();
	const Control = createClass({
		getInitialState(this: { props: Props }) {
			return { line: (plain<string[]>(this.props.value) ?? []).join(', ') };
		},
		render(this: { props: Props; state: { line: string }; setState: (state: { line: string }) => void }) {
			const { forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
			return h('input', {
				id: forID,
				className: classNameWrapper,
				value: this.state.line,
				onChange: (event: { target: { value: string } }) => {
					this.setState({ line: event.target.value });
					onChange(keywordsOf(event.target.value));
				},
				onFocus: setActiveStyle,
				onBlur: () => {
					setInactiveStyle();
					this.setState({ line: keywordsOf(this.state.line).join(', ') });
				},
			});
		},
	});
	cms.registerWidget('kb-keywords', Control, () => null);
}
