/**
 * `kb-id`: the article's permanent short-link id. Writers never type or change it: a new article gets a
 * random one, an existing article shows its own (read-only) with the short link agents can send.
 */
import { randomShortId } from '../lib/short-id';
import { decapReact } from './react';

interface Props {
	value?: string;
	forID: string;
	classNameWrapper: string;
	/** In a translation the id is the original's, shown but never changed (Decap copies it over). */
	isDisabled?: boolean;
	onChange: (value: string) => void;
}

/** Registers the widget with Decap. */
export function registerIdWidget(cms: { registerWidget: (name: string, control: unknown, preview?: unknown) => void }) {
	const { h, createClass } = decapReact();
	const Control = createClass({
		componentDidMount(this: { props: Props }) {
			if (!this.props.value && !this.props.isDisabled) this.props.onChange(randomShortId());
		},
		render(this: { props: Props }) {
			const { value, forID, classNameWrapper } = this.props;
			return h('input', {
				id: forID,
				className: classNameWrapper,
				value: value ? `${value}  (short link: /a/${value}/)` : '',
				readOnly: true,
			});
		},
	});
	cms.registerWidget('kb-id', Control, () => null);
}
