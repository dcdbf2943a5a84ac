import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorComponents, renderPreview } from '../../src/cms/components';
import { projectRoot, sampleFiles } from '../helpers/build';

const context = {
	locale: 'en',
	policies: { 'return-window': '30 days' },
	embeds: ['youtube'],
	snippets: { 'order-number': 'Starts with **FH-**.' },
};
const components = editorComponents(context);
const component = (id: string) => components.find((c) => c.id === id)!;

/** Every article and snippet body of the sample content, in every language. */
const bodies = ['articles', 'snippets'].flatMap((folder) =>
	sampleFiles(folder).map((file) => ({
		file: `${folder}/${file}`,
		body: readFileSync(join(projectRoot, 'content', folder, file), 'utf8').split(/^---$/m)[2],
	})),
);

describe('CMS editor components round-trip', () => {
	it('write back every component in the sample content byte for byte', () => {
		let checked = 0;
		for (const { file, body } of bodies) {
			for (const c of components) {
				const anywhere = new RegExp(c.pattern.source.slice(1), 'g');
				for (const match of body.matchAll(anywhere)) {
					const data = c.type === 'inline' ? c.fromInline!(match) : c.fromBlock(match);
					const written = c.type === 'inline' ? c.toInline!(data) : c.toBlock(data);
					expect(written, `${c.id} in ${file}`).toBe(match[0]);
					checked++;
				}
			}
		}
		// Each <Component occurrence in the content must have been matched by its editor component.
		const occurrences = bodies.reduce((sum, { body }) => sum + (body.match(/<(Callout|Steps|Snippet|Policy|Video)\b/g)?.length ?? 0), 0);
		expect(checked).toBe(occurrences);
		expect(checked).toBeGreaterThan(100);
	});

	it('read back what they write, including titles with quotes and Markdown inside', () => {
		const callout = component('callout');
		for (const data of [
			{ type: 'warning', title: 'Say "yes" {now}', body: 'A **bold** [link](/contact/).\n\n* one\n* two' },
			{ type: 'success', body: 'No title.' },
		]) {
			const block = callout.toBlock(data);
			const match = block.match(callout.pattern)!;
			expect(match[0]).toBe(block);
			expect(callout.fromBlock(match)).toEqual(data);
		}
		const steps = component('steps');
		expect(steps.fromBlock(steps.toBlock({ body: '1. One\n2. Two' }).match(steps.pattern)!)).toEqual({ body: '1. One\n2. Two' });
		const video = component('video');
		for (const data of [
			{ url: 'https://youtu.be/aqz-KE-bpKQ', title: 'Pack a "big" parcel' },
			{ url: 'https://vimeo.com/76979871', title: 'Setup' },
		]) {
			const block = video.toBlock(data);
			expect(video.fromBlock(block.match(video.pattern)!)).toEqual(data);
		}
		expect(video.toPreview({ url: 'https://youtu.be/aqz-KE-bpKQ', title: '<img src=x onerror=alert(1)>' })).toContain(
			'<span class="video__title">Play video: &#x3C;img src=x onerror=alert(1)></span>',
		);
		const policy = component('policy');
		expect(policy.fromInline!(policy.toInline!({ name: 'return-window' }).match(policy.pattern)!)).toEqual({ name: 'return-window' });
	});

	it('preview with the site markup, policy values and snippet text, escaping what writers type', () => {
		expect(component('callout').toPreview({ type: 'warning', title: '<b>x</b>', body: 'Within <Policy name="return-window" />.' })).toBe(
			'<div class="callout callout--warning" role="note"><p class="callout__title">&#x3C;b>x&#x3C;/b></p><div class="callout__body"><p>Within <span class="policy" data-policy="return-window">30 days</span>.</p></div></div>',
		);
		expect(component('callout').toPreview({ type: 'info', body: 'x' })).toContain('Good to know');
		expect(component('snippet').toPreview({ id: 'order-number' })).toContain('<strong>FH-</strong>');
		expect(renderPreview('<Steps>\n1. One\n</Steps>', 'article', context)).toBe('<div class="steps"><ol>\n<li>One</li>\n</ol></div>');
		// What the build refuses is not shown but explained, with the line, as the build would.
		const refused = renderPreview('<Steps>\n1. One\n</Steps>\n\n<script>alert(1)</script>', 'article', context);
		expect(refused).toContain('role="alert"');
		expect(refused).toContain('Line 5: &#x3C;script> is code, which articles cannot run');
		expect(refused).not.toContain('<script>');
		expect(renderPreview('<Callout type="danger">\nx\n</Callout>', 'article', context)).toContain(
			'Line 1: &#x3C;Callout type="danger"> must be one of info, warning, success',
		);
		expect(renderPreview('<Callout>\nx\n</Callout>', 'faq-answer', context)).toContain(
			'is not a component writers can use; use &#x3C;Policy>',
		);
	});
});
