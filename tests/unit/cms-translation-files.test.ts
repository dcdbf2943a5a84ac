/** What /admin/ saves for an entry with translations (src/cms/translation-files.ts). */
import { describe, expect, it } from 'vitest';
import { translationFiles } from '../../src/cms/translation-files';

const original = {
	path: 'content/articles/en/pre-orders.mdx',
	raw: '---\ntitle: How do pre-orders work?\ndescription: You order now.\nstage: before-purchase\ncategory: products\nupdated: 2026-10-07\nid: ec4tq7\n---\nBody.\n',
};

describe('saving translations through the CMS', () => {
	it("leaves the original's file exactly as Decap wrote it", () => {
		expect(translationFiles([original], 'en')).toEqual([original]);
	});

	it('drops a language nobody translated into (only the copied id, or a settled relation field)', () => {
		const untouched = [
			{ path: 'content/articles/nl/pre-orders.mdx', raw: '---\nid: ec4tq7\n---\n' },
			{ path: 'content/articles/de/pre-orders.mdx', raw: '---\ncategory: products\nrelated:\n  - delivery-times\nid: ec4tq7\n---\n' },
		];
		expect(translationFiles([original, ...untouched], 'en')).toEqual([original]);
	});

	it('keeps only the fields a translation has, line for line, and records the version it was made from', () => {
		const dutch = {
			path: 'content/articles/nl/pre-orders.mdx',
			raw: '---\ntitle: Hoe werken pre-orders?\ndescription: Je bestelt nu, en we\n  versturen het later.\ncategory: products\nrelated:\n  - delivery-times\nupdated: 2026-12-03\nid: ec4tq7\n---\nTekst.\n',
		};
		expect(translationFiles([original, dutch], 'en')[1]).toEqual({
			path: dutch.path,
			raw: '---\ntitle: Hoe werken pre-orders?\ndescription: Je bestelt nu, en we\n  versturen het later.\nupdated: 2026-12-03\nid: ec4tq7\nsourceUpdated: 2026-10-07\n---\nTekst.\n',
		});
		// A translation that already records its version keeps it.
		const recorded = { ...dutch, raw: dutch.raw.replace('id: ec4tq7\n', 'id: ec4tq7\nsourceUpdated: 2026-09-01\n') };
		expect(translationFiles([original, recorded], 'en')[1]!.raw).toContain('sourceUpdated: 2026-09-01\n---');
	});

	it('treats YAML translations (categories, FAQ groups) the same way, and other files not at all', () => {
		const category = {
			path: 'content/categories/nl/products.yaml',
			raw: 'title: Producten\ndescription: Alles over producten.\nstage: before-purchase\norder: 2\n',
		};
		const settings = { path: 'content/settings/nl/site.yaml', raw: 'name: Fernhill Helpcentrum\n' };
		expect(translationFiles([category, settings], 'en')).toEqual([
			{ ...category, raw: 'title: Producten\ndescription: Alles over producten.\n' },
			settings,
		]);
	});
});
