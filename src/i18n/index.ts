import { en, type UiKey } from './en';

const dictionaries: Record<string, Partial<Record<UiKey, string>>> = { en };

/** A translate function for one locale; `{name}` placeholders are filled from `values`. Falls back to English. */
export function useTranslations(locale: string) {
	const dictionary = dictionaries[locale] ?? dictionaries[locale.split('-')[0]] ?? en;
	return (key: UiKey, values: Record<string, string | number> = {}) =>
		(dictionary[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Picks the `.one`/`.other` form of a counted string. */
export function plural(count: number, one: UiKey, other: UiKey, t: ReturnType<typeof useTranslations>) {
	return t(count === 1 ? one : other, { count });
}

/** Formats a date for readers, e.g. "14 October 2026". */
export function formatDate(date: Date, locale: string): string {
	return dateFormat(locale).format(date);
}

// Creating a formatter costs about 0.2 ms, once per article page: a 10,000-article build spent 2 s on it.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string): Intl.DateTimeFormat {
	let format = dateFormats.get(locale);
	if (!format)
		dateFormats.set(
			locale,
			(format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })),
		);
	return format;
}

export type Translate = ReturnType<typeof useTranslations>;
