import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';

describe('UI strings', () => {
	it('fills placeholders and falls back to English', () => {
		const t = useTranslations('xx');
		expect(t('stage.allInCategory', { count: 7, category: 'Returns' })).toBe('All 7 articles in Returns');
	});
});
