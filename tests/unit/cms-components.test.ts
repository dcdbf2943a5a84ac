import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorComponents, renderPreview } from '../../src/cms/components';
import { projectRoot } from '../helpers/build';

const context = { locale: 'en', policies: { 'return-window': '30 days' }, snippets: { 'order-number': 'Starts with **FH-**.' } };
const components = editorComponents(context);
const component = (id: string) => components.find((c) => c.id === id)!;

/** Every article and snippet body of the sample content. */
const bodies = ['articles', 'snippets'].flatMap((folder) =>
	readdirSync(join(projectRoot, 'content', folder)).map((file) => ({
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
			{ type: 'success', title: '', body: 'No title.' },
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
		expect(video.toPreview({ url: 'https://youtu.be/x', title: '<img src=x onerror=alert(1)>' })).not.toContain('<img');
		const policy = component('policy');
		expect(policy.fromInline!(policy.toInline!({ name: 'return-window' }).match(policy.pattern)!)).toEqual({ name: 'return-window' });
	});

	it('preview with the site markup, policy values and snippet text, escaping what writers type', () => {
		expect(component('callout').toPreview({ type: 'warning', title: '<b>x</b>', body: 'Within <Policy name="return-window" />.' })).toBe(
			'<div class="callout callout--warning" role="note"><p class="callout__title">&lt;b&gt;x&lt;/b&gt;</p><div class="callout__body"><p>Within <span class="policy" data-policy="return-window">30 days</span>.</p></div></div>',
		);
		expect(component('callout').toPreview({ type: 'info', body: 'x' })).toContain('Good to know');
		expect(component('snippet').toPreview({ id: 'order-number' })).toContain('<strong>FH-</strong>');
		const html = renderPreview('<Steps>\n1. One\n</Steps>\n\n<script>alert(1)</script>', context);
		expect(html).toContain('<div class="steps"><ol>\n<li>One</li>\n</ol></div>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).not.toContain('<script>');
	});
});
