import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/lib/toc';

describe('table of contents', () => {
	const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
	it('lists the ## sections of articles with three or more of them', () => {
		expect(tableOfContents([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(2, 'c')]).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
		expect(tableOfContents([h(2, 'a'), h(2, 'b'), h(3, 'b1')])).toEqual([]);
	});
});
