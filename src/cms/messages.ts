/**
 * Decap's own English where it misleads writers: when a field breaks a rule (an id with capitals, a text too
 * long), publishing said "you've missed a required field" although nothing was missing. The field's own
 * message, from the schema, says what is wrong.
 */
type Phrases = Record<string, Record<string, Record<string, string>>>;

/** The part of Decap's registry holding its interface text. */
export interface LocaleRegistry {
	getLocale: (locale: string) => Phrases | undefined;
	registerLocale: (locale: string, phrases: Phrases) => void;
}

/** Replaces the misleading phrases in Decap's English. */
export function plainerMessages(cms: LocaleRegistry) {
	const en = cms.getLocale('en');
	if (!en?.ui?.toast) return;
	cms.registerLocale('en', {
		...en,
		ui: {
			...en.ui,
			toast: {
				...en.ui.toast,
				missingRequiredField: 'Not published: a field needs attention. Its message in red says what is expected.',
			},
		},
	});
}
