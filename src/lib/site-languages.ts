/**
 * The help center's languages, as `settings/site.yaml` configures them: `locale` is the default language,
 * `languages` lists every language with its name. Pages in the default language keep their addresses
 * (`/articles/<slug>/`); another language's are under its code (`/nl/articles/<slug>/`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LANGUAGE_PATTERN } from '../schemas';

/** One language of the help center. */
export interface SiteLanguage {
	/** Its code, as in `<html lang>` and its content folders: `nl`. */
	code: string;
	/** Its name in its own language, for the language switcher: `Nederlands`. */
	label: string;
	/** The first segment of its pages' addresses: empty for the default language, else the code in lowercase. */
	path: string;
}

/** The default language first, then the others in the order settings list them. */
export function siteLanguages(settings: { locale: string; languages?: Record<string, string> }): SiteLanguage[] {
	const labels = settings.languages ?? {};
	const codes = [settings.locale, ...Object.keys(labels).filter((code) => code !== settings.locale)];
	return codes.map((code, index) => ({ code, label: labels[code] ?? code, path: index === 0 ? '' : code.toLowerCase() }));
}

/**
 * The language codes from `settings/site.yaml`, read before the content is loaded (the loaders need to
 * know which folders hold the default language). Lenient: the settings' own checks report a bad file.
 */
export function readLanguageCodes(contentRoot: string): { defaultLanguage: string; translations: string[] } {
	let settings: { locale?: unknown; languages?: unknown } = {};
	try {
		settings = parse(readFileSync(join(contentRoot, 'settings/site.yaml'), 'utf8')) ?? {};
	} catch {
		// Reported with its line when the settings collection loads it.
	}
	const defaultLanguage = typeof settings.locale === 'string' && LANGUAGE_PATTERN.test(settings.locale) ? settings.locale : 'en';
	const listed = settings.languages && typeof settings.languages === 'object' ? Object.keys(settings.languages) : [];
	return { defaultLanguage, translations: listed.filter((code) => code !== defaultLanguage && LANGUAGE_PATTERN.test(code)) };
}
