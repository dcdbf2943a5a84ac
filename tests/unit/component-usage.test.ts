import { describe, expect, it } from 'vitest';
import { findComponentUses } from '../../src/lib/component-usage';

describe('component usage', () => {
	it('finds components with their targets and lines', () => {
		expect(findComponentUses('a\n<Policy name="x" /> and <Snippet id=\'y\' />\n<Steps>')).toEqual([
			{ component: 'Policy', target: 'x', line: 2 },
			{ component: 'Snippet', target: 'y', line: 2 },
			{ component: 'Steps', target: undefined, line: 3 },
		]);
	});
});
