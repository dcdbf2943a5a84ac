import { describe, expect, it } from 'vitest';
import { serializeJsonLd, breadcrumbListLd } from '../../src/lib/json-ld';

describe('JSON-LD', () => {
	it('cannot close its script tag', () => {
		const json = serializeJsonLd(breadcrumbListLd([{ name: '</script><script>alert(1)</script>', url: 'https://x/' }]));
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json).itemListElement[0].name).toBe('</script><script>alert(1)</script>');
	});
});
