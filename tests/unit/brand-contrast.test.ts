import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/contrast';

describe('contrast', () => {
	it('computes WCAG contrast ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#1d6b57', '#ffffff')).toBeGreaterThan(4.5);
	});
});
