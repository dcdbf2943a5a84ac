/**
 * `kb-question-id`: a FAQ question's permanent id (its anchor, `#<id>`, and its short link). A new question
 * gets one made from the question as it is typed, until the writer types an id of their own; a question
 * opened from the files shows its id read-only, since links agents sent point at it. Translations keep the
 * original's ids (the translation check compares them), so nothing is derived there.
 */
import { slug } from 'github-slugger';
import { plain, decapReact, type ControlProps, type ImmutableLike } from './react';

interface Props extends ControlProps<string> {
	value?: string;
	/** Deprecated by Decap for widgets, but the only way to read the sibling question; it is current on each render. */
	entry?: ImmutableLike;
	/** The pane's language when the collection is translated. */
	locale?: string;
}

interface State {
	/** Whether the id still follows the question (a question added in this editor, its id not typed). */
	follows: boolean;
}

const MAX_LENGTH = 60;

/** The id a question gets: its words in lowercase ASCII joined by hyphens, at most 60 characters. */
export function questionId(question: string): string {
	const words = slug(question.normalize('NFKD').replace(/\p{M}/gu, ''))
		.replace(/[^a-z0-9-]+/g, '-')
		.split('-')
		.filter(Boolean);
	let id = '';
	for (const word of words) {
		if (id && id.length + 1 + word.length > MAX_LENGTH) break;
		id = id ? `${id}-${word}` : word.slice(0, MAX_LENGTH);
	}
	return id;
}

/** Registers the widget with Decap; `defaultLocale` is the language whose questions get new ids. */
export function registerQuestionIdWidget(
	cms: { registerWidget: (name: string, control: unknown, preview?: unknown) => void },
	defaultLocale: string,
) {
	const { h, createClass } = decapReact();
	/** The question of the list item whose id is `id` (an empty id: the one question without one). */
	const questionWithId = (entry: ImmutableLike | undefined, id: string) => {
		const questions = plain<Array<{ id?: string; question?: string }>>(entry?.getIn?.(['data', 'questions'])) ?? [];
		const matches = questions.filter((item) => (item.id ?? '') === id);
		return matches.length === 1 ? (matches[0]!.question ?? '') : undefined;
	};
	const Control = createClass({
		getInitialState(this: { props: Props }): State {
			const translation = this.props.locale !== undefined && this.props.locale !== defaultLocale;
			return { follows: !this.props.value && !translation };
		},
		// Decap re-renders a widget only when its own value changes; while the id follows the question, it
		// must see the question change too.
		shouldComponentUpdate(this: { props: Props; state: State }, next: Props) {
			return this.state.follows || next.value !== this.props.value || next.classNameWrapper !== this.props.classNameWrapper;
		},
		componentDidUpdate(this: { props: Props; state: State }) {
			if (!this.state.follows) return;
			const question = questionWithId(this.props.entry, this.props.value ?? '');
			if (question === undefined) return;
			const id = questionId(question);
			if (id !== (this.props.value ?? '')) this.props.onChange(id);
		},
		render(this: { props: Props; state: State; setState: (state: State) => void }) {
			const { value, forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
			if (!this.state.follows && value)
				return h('input', {
					id: forID,
					className: classNameWrapper,
					value: `${value}  (permanent: links end in #${value})`,
					readOnly: true,
				});
			return h('input', {
				id: forID,
				className: classNameWrapper,
				value: value ?? '',
				placeholder: 'made from the question',
				onChange: (event: { target: { value: string } }) => {
					this.setState({ follows: false });
					onChange(event.target.value);
				},
				onFocus: setActiveStyle,
				onBlur: setInactiveStyle,
			});
		},
	});
	cms.registerWidget('kb-question-id', Control, () => null);
}
