import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/lib/suggest';

describe('did-you-mean suggestions', () => {
	it('suggests close names and stays quiet for unrelated ones', () => {
		expect(closestName('shiping', ['shipping', 'returns'])).toBe('shipping');
		expect(closestName('warranty', ['shipping', 'returns'])).toBeUndefined();
	});
});
