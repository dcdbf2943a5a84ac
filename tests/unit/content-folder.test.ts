import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';

describe('content folder', () => {
	it('uses KB_CONTENT_DIR when set and insists on an absolute path', () => {
		expect(contentDir({ KB_CONTENT_DIR: '/srv/kb' })).toBe('/srv/kb');
		expect(() => contentDir({ KB_CONTENT_DIR: 'kb' })).toThrow(/absolute/);
		expect(contentDir({})).toMatch(/content$/);
	});
});
