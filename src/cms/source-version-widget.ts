/**
 * A translation's `sourceUpdated`, the "Updated" date of the original it was made from. Writers never type
 * it: saving a new translation records the original's date (src/cms/translation-files.ts), and once the original
 * is updated again, the `kb-source-version` widget beside the translation says so, with a button to mark
 * the translation up to date after revising it. The original's own file never gets the field.
 */
import { decapReact, type ImmutableLike } from './react';

interface Props {
	value?: string;
	forID: string;
	classNameWrapper: string;
	locale?: string;
	onChange: (value: string) => void;
	/** The entry being edited, with the default language's fields under `data`. */
	getEntry?: () => ImmutableLike | undefined;
}

/** A date field's value as YYYY-MM-DD. */
function day(value: unknown): string | undefined {
	if (typeof value === 'string') return value.slice(0, 10) || undefined;
	return value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
}

/** Registers the widget and the save hook with Decap; `defaultLanguage` is the language of the originals. */
export function registerSourceVersionWidget(
	cms: { registerWidget: (name: string, control: unknown, preview?: unknown) => void },
	defaultLanguage: string,
) {
	const { h, createClass } = decapReact();
	const Control = createClass({
		render(this: { props: Props }) {
			const { value, forID, classNameWrapper, onChange, locale } = this.props;
			const text = (...children: unknown[]) => h('p', { id: forID, className: classNameWrapper, role: 'status' }, ...(children as []));
			if (locale === undefined || locale === defaultLanguage)
				return text('Set in translations only: the date of this version when they were made.');
			if (!value) return text('Recorded when you save the translation: the "Updated" date of the original.');
			const source = day(this.props.getEntry?.()?.getIn?.(['data', 'updated']));
			if (!source || value >= source) return text(`Translated from the version of ${value}: up to date.`);
			return text(
				`Translated from the version of ${value}; the original was updated on ${source}. Bring the translation up to date, then `,
				h('button', { type: 'button', onClick: () => onChange(source) }, 'mark it as up to date'),
				'.',
			);
		},
	});
	cms.registerWidget('kb-source-version', Control, () => null);
}
