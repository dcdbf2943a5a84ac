import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { collectInlineCode, contentSecurityPolicy, headersFile } from '../../src/lib/headers';
import { embedOrigins } from '../../src/lib/video';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy from the built pages', () => {
	it('allows exactly the inline scripts and style attributes the pages contain, and no data blocks', () => {
		const inline = collectInlineCode(
			'<html style="--brand: #1d6b57"><script>a()</script><script type="module">b()</script>' +
				'<script type="application/ld+json">{"x":1}</script><script type="module" src="/_astro/c.js"></script></html>',
		);
		expect([...inline.scripts]).toEqual(['a()', 'b()']);
		expect([...inline.styleAttributes]).toEqual(['--brand: #1d6b57']);
		const csp = contentSecurityPolicy(inline);
		expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[sha('a()'), sha('b()')].sort().join(' ')}`);
		expect(csp).toContain(`style-src 'self' 'unsafe-hashes' ${sha('--brand: #1d6b57')}`);
		expect(csp).toContain("frame-ancestors 'none'");
	});

	it('let frames load only from the site and the video players the shop allowed', () => {
		const inline = collectInlineCode('<p>No video</p>');
		expect(contentSecurityPolicy(inline)).not.toContain('frame-src');
		expect(contentSecurityPolicy(inline, { frame: embedOrigins(['youtube']) })).toContain(
			"frame-src 'self' https://www.youtube-nocookie.com;",
		);
		expect(contentSecurityPolicy(inline, { frame: embedOrigins(['youtube', 'vimeo', 'evil']) })).toContain(
			"frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com;",
		);
	});

	it("are written for the site's own paths, with long caching for hashed assets only", () => {
		const file = headersFile("default-src 'self'", ['/', '/articles/*']);
		expect(file).toMatch(/^\/\n {2}Content-Security-Policy: default-src 'self'\n/);
		expect(file).toContain("/articles/*\n  Content-Security-Policy: default-src 'self'");
		expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
		expect(file).not.toContain('/admin/*\n  Content-Security-Policy');
	});
});
