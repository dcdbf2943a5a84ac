import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { formatDate, missingUiKeys, UI_STRINGS, useTranslations } from '../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI strings', () => {
	it('fills placeholders and falls back to English', () => {
		const t = useTranslations('xx');
		expect(t('stage.allInCategory', { count: 7, category: 'Returns' })).toBe('All 7 articles in Returns');
	});

	it('exist in English, Dutch and German for every key, each with the placeholders of the English one', () => {
		expect(Object.keys(UI_STRINGS)).toEqual(['en', 'nl', 'de']);
		for (const [locale, strings] of Object.entries(UI_STRINGS)) {
			expect(missingUiKeys(locale), locale).toEqual([]);
			expect(Object.keys(strings), locale).toEqual(Object.keys(en));
			for (const [key, text] of Object.entries(strings))
				expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
		}
		expect(missingUiKeys('fr')).toEqual(Object.keys(en));
	});

	it('speak the language of the locale, regional variants included, with dates in its format', () => {
		expect(useTranslations('nl')('search.results.other', { count: 3, query: 'retour' })).toBe('3 resultaten voor “retour”');
		expect(useTranslations('de-AT')('nav.contact')).toBe('Kontakt');
		const date = new Date('2026-10-14T00:00:00Z');
		expect([formatDate(date, 'en'), formatDate(date, 'nl'), formatDate(date, 'de')]).toEqual([
			'October 14, 2026',
			'14 oktober 2026',
			'14. Oktober 2026',
		]);
	});
});
