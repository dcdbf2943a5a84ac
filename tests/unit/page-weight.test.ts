import { describe, expect, it } from 'vitest';
import { measurePage } from '../../scripts/lib/page-weight.ts';

describe('page weight', () => {
	it('counts gzipped HTML, stylesheets and scripts, and flags other origins', () => {
		const html =
			'<link rel="stylesheet" href="/a.css"><script>var x=1</script><script type="application/ld+json">{}</script><script src="https://cdn.example/x.js"></script><img src="//fonts.example/f.png"><a href="https://elsewhere.example/">ok</a>';
		const weight = measurePage(html, (path) => new TextEncoder().encode(path === '/a.css' ? 'body{color:red}' : ''));
		expect(weight.css).toBeGreaterThan(0);
		expect(weight.js).toBeGreaterThan(0);
		expect(weight.thirdParty).toEqual(['https://cdn.example/x.js', '//fonts.example/f.png']);
		expect(weight.total).toBe(weight.html + weight.css + weight.js);
	});
});
