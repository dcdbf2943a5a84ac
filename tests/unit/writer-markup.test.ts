/**
 * Writers' markup reaches pages only through one allowlist (src/lib/writer-markup.ts): each hostile
 * input is refused with its line and what to use instead, and the markup real articles need passes.
 */
import { describe, expect, it } from 'vitest';
import type { MdxContext } from '../../src/components/mdx';
import { renderArticleMdx } from '../helpers/mdx';
import { useTranslations } from '../../src/i18n';
import { inspectBody, MdxError } from '../../src/lib/mdx';

const findMarkupProblems = (source: string, uploads: ReadonlySet<string>) => inspectBody(source, uploads).markup;
import { svgProblems, svgSize } from '../../src/lib/uploads';
import { parseVideoUrl } from '../../src/lib/video';
import { isAllowedLink } from '../../src/lib/writer-markup';

const context: MdxContext = {
	policies: { 'return-window': '30 days' },
	embeds: ['youtube'],
	snippets: new Map(),
	t: useTranslations('en'),
};

function refusal(body: string): MdxError {
	try {
		renderArticleMdx(body, context);
	} catch (error) {
		if (error instanceof MdxError) return error;
		throw error;
	}
	throw new Error(`expected the body to be refused:\n${body}`);
}

describe('writer markup allowlist', () => {
	it.each([
		['<script>alert(1)</script>', '<script> is code'],
		['<img src="x" onerror="alert(1)" />', 'onerror="alert(1)" on <img> is an event handler'],
		['Click [here](javascript:alert(1)).', 'href="javascript:alert(1)" uses "javascript:"'],
		[
			'<iframe src="https://evil.example/"></iframe>',
			'<iframe> embeds another site, which is not allowed. For a YouTube or Vimeo video use <Video',
		],
		['<object data="x.swf"></object>', '<object> embeds another site'],
		['<embed src="x.swf" />', '<embed> embeds another site'],
		['<form action="https://evil.example/"><input name="card" /></form>', '<form> is a form field'],
		['<input type="text" />', '<input> is a form field'],
		['<svg onload="alert(1)"><circle r="4" /></svg>', '<svg> drawn in the text can run code. Upload the drawing as an image file'],
		['<div style="background:url(javascript:alert(1))">x</div>', 'style="background:url(javascript:alert(1))" on <div> is not allowed'],
		['<a href="data:text/html,<script>alert(1)</script>">x</a>', 'uses "data:"'],
		['![logo](data:image/svg+xml;base64,PHN2Zz4=)', 'src="data:image/svg+xml;base64,PHN2Zz4=" uses "data:"'],
		['<a href="vbscript:x">x</a>', 'uses "vbscript:"'],
		['<p id="main">Clobbers the page</p>', 'id="main" is not allowed'],
		['<marquee>Old</marquee>', '<marquee> is not an element writers can use'],
		['<style>@import url(https://evil.example/x.css);</style>', '<style> is code'],
	])('refuses %s with its line and the fix', (markup, message) => {
		const error = refusal(`# Title\n\nSome text.\n\n${markup}\n`);
		expect(error.message).toContain(message);
		expect(error.line).toBe(5);
	});

	it('refuses markup nested deep inside allowed elements and components', () => {
		const error = refusal(
			'<Callout type="info">\n<details>\n<summary>More</summary>\n\n<img src="/x.png" alt="" onload="steal()" />\n</details>\n</Callout>',
		);
		expect(error.message).toContain('onload="steal()"');
		expect(error.line).toBe(5);
	});

	it('lets through what help articles need: tables, kbd, details, images, mail and phone links', () => {
		const { html } = renderArticleMdx(
			'| Key | Does |\n| --- | --- |\n| <kbd>Ctrl</kbd> | Copies |\n\n<details>\n<summary>Why?</summary>\n\nBecause.\n</details>\n\n![The order page](/uploads/order.png "Your orders")\n\nCall [us](tel:+31205550142), mail [us](mailto:help@example.com) or read [this](https://example.com/x?a=1).\n\n<abbr title="Value added tax">VAT</abbr> and <mark>this</mark>.\n\n- [ ] a task',
			context,
		);
		expect(html).toContain('<kbd>Ctrl</kbd>');
		expect(html).toContain('<details>');
		expect(html).toContain('<figure><img src="/uploads/order.png" alt="The order page"><figcaption>Your orders</figcaption></figure>');
		expect(html).toContain('href="tel:+31205550142"');
		expect(html).toContain('href="mailto:help@example.com"');
		expect(html).toContain('<abbr title="Value added tax">VAT</abbr>');
		expect(html).toContain('type="checkbox"');
	});

	it('gives an HTML <h2> an id and copy link like a Markdown heading', () => {
		const { html, headings } = renderArticleMdx('<h2>Before you start</h2>\n\n## After that', context);
		expect(headings.map((heading) => heading.slug)).toEqual(['before-you-start', 'after-that']);
		expect(html).toContain('<h2 id="before-you-start">Before you start</h2>');
		expect(html).toContain('href="#before-you-start"');
		expect(html).not.toContain('undefined');
	});

	it('requires alt text and uploaded images, naming the fix', () => {
		expect(findMarkupProblems('Intro\n\n![](/uploads/order.png)', new Set(['order.png']))).toEqual([
			{
				line: 3,
				message: expect.stringContaining('the image /uploads/order.png needs alt text saying what it shows, e.g. ![The order page'),
			},
		]);
		expect(findMarkupProblems('<img src="/uploads/order.png" />', new Set(['order.png']))[0]?.message).toContain('needs alt text');
		expect(findMarkupProblems('<img src="/uploads/line.svg" alt="" />', new Set(['line.svg']))).toEqual([]);
		// Markdown percent-encodes the address; the message shows the name as the writer typed it.
		expect(findMarkupProblems('![Bestellübersicht](/uploads/übersicht.png)', new Set(['order.png']))[0]?.message).toContain(
			'the image /uploads/übersicht.png is not in uploads/.',
		);
		expect(findMarkupProblems('![Übersicht](/uploads/übersicht.png)', new Set(['übersicht.png']))).toEqual([]);
		expect(findMarkupProblems('![Order](/uploads/ordr.png)', new Set(['order.png']))[0]?.message).toContain(
			'is not in uploads/. Upload it in the CMS (Media), or correct the file name. Did you mean "order.png"?',
		);
		expect(findMarkupProblems('![Order](https://cdn.example/order.png)', new Set())[0]?.message).toContain(
			'is on another site, and the help center loads nothing from other sites',
		);
		expect(findMarkupProblems('![Order](/logo.svg)', new Set())[0]?.message).toContain('must be an upload');
		expect(findMarkupProblems('![Order](/uploads/manual.pdf)', new Set(['manual.pdf']))[0]?.message).toContain(
			'is not an image the site can show',
		);
	});

	it('refuses uploaded SVGs that could run code or load from other sites', () => {
		expect(
			svgProblems('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n<circle r="4"/>\n<script>alert(1)</script>\n</svg>'),
		).toEqual([{ line: 3, message: expect.stringContaining('the SVG contains <script>, which can run code') }]);
		expect(svgProblems('<svg onload="alert(1)" viewBox="0 0 1 1"></svg>')[0]?.message).toContain('event handler (onload=…)');
		expect(svgProblems('<svg viewBox="0 0 1 1"><foreignObject><p>x</p></foreignObject></svg>')[0]?.message).toContain('<foreignObject>');
		expect(svgProblems('<svg viewBox="0 0 1 1"><a href="javascript:alert(1)"><text>x</text></a></svg>')[0]?.message).toContain(
			'refers to "javascript:alert(1)"',
		);
		expect(svgProblems('<svg viewBox="0 0 1 1"><image href="https://tracker.example/p.png"/></svg>')[0]?.message).toContain(
			'outside the drawing',
		);
		expect(svgProblems('<svg viewBox="0 0 1 1"><style>@import url(https://x.example/a.css);</style></svg>')[0]?.message).toContain(
			'@import or url(',
		);
		expect(
			svgProblems(
				'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><path id="a" d="M0 0h1"/></defs><use href="#a"/><style>.a{fill:red}</style></svg>',
			),
		).toEqual([]);
		expect(svgSize('<svg viewBox="0 0 640 400"></svg>')).toEqual({ width: 640, height: 400 });
		expect(svgSize('<svg></svg>')).toBeUndefined();
	});

	it('accepts only safe link schemes in settings', () => {
		expect(isAllowedLink('https://www.example.com/')).toBe(true);
		expect(isAllowedLink('/logo.svg')).toBe(true);
		expect(isAllowedLink('mailto:help@example.com')).toBe(true);
		expect(isAllowedLink('javascript:alert(1)')).toBe(false);
		expect(isAllowedLink(' JavaScript:alert(1)')).toBe(false);
		expect(isAllowedLink('data:text/html,x')).toBe(false);
		expect(isAllowedLink('//evil.example/logo.svg')).toBe(false);
	});
});

describe('<Video> embeds', () => {
	it('render a click-to-load poster that links to the video and names its host', () => {
		const { html } = renderArticleMdx('<Video url="https://youtu.be/aqz-KE-bpKQ" title="How to pack your return" />', context);
		expect(html).toContain(
			'<kb-video data-embed="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1" data-title="How to pack your return">',
		);
		expect(html).toContain('<a class="video__poster" href="https://www.youtube.com/watch?v=aqz-KE-bpKQ">');
		expect(html).toContain('Play video: How to pack your return');
		expect(html).toContain('Plays from YouTube when you click.');
		expect(html).not.toContain('<iframe');
	});

	it('read the addresses writers copy from YouTube and Vimeo', () => {
		for (const url of [
			'https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=10',
			'https://m.youtube.com/shorts/aqz-KE-bpKQ',
			'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
		]) {
			expect(parseVideoUrl(url)?.embedUrl).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1');
		}
		expect(parseVideoUrl('https://vimeo.com/76979871')?.embedUrl).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
		expect(parseVideoUrl('https://vimeo.com/76979871/8272103f6e')?.embedUrl).toBe(
			'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=8272103f6e',
		);
		expect(parseVideoUrl('https://evil.example/watch?v=aqz-KE-bpKQ')).toBeUndefined();
		expect(parseVideoUrl('javascript:alert(1)//youtube.com/watch?v=aqz-KE-bpKQ')).toBeUndefined();
	});

	it('refuse hosts the shop did not list, unknown addresses and a missing title, saying what to do', () => {
		expect(refusal('<Video url="https://vimeo.com/76979871" title="Setup" />').message).toContain(
			'<Video> from Vimeo is not allowed on this site. Add "vimeo" under embeds: in settings/site.yaml',
		);
		expect(refusal('<Video url="https://evil.example/v.mp4" title="Setup" />').message).toContain(
			'is not a YouTube or Vimeo video address',
		);
		expect(refusal('<Video url="https://youtu.be/aqz-KE-bpKQ" />').message).toContain('<Video> is missing title="…"');
	});
});
