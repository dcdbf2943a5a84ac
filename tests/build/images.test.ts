/**
 * Images writers upload: broken ones fail the build naming the file and line, and a rebuild with
 * unchanged images encodes none of them again. Real builds of the small fixture.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, cleanUp, copyFixture } from '../helpers/build';

const temporary: string[] = [];
afterEach(() => cleanUp(...temporary.splice(0)));

function fixture() {
	const dir = copyFixture('small-kb');
	temporary.push(dir);
	return dir;
}

describe('uploaded images', () => {
	it('that cannot be read, or SVGs that could run code or load from elsewhere, fail the build with file and line', async () => {
		const dir = fixture();
		writeFileSync(join(dir, 'uploads/label.png'), 'this is not a PNG');
		writeFileSync(
			join(dir, 'uploads/diagram.svg'),
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n<circle r="4"/>\n<script>alert(1)</script>\n</svg>\n',
		);
		writeFileSync(
			join(dir, 'uploads/badge.svg'),
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">\n<image href="https://tracker.example/p.png"/>\n</svg>\n',
		);
		const { ok, output, outDir } = await buildSite(dir);
		temporary.push(outDir);
		expect(ok).toBe(false);
		expect(output).toContain(
			`${dir}/uploads/label.png: is not an image the build can read (damaged, or not really the type its name says). Export it again as PNG or JPEG`,
		);
		expect(output).toContain(`${dir}/uploads/diagram.svg:3: the SVG contains <script>, which can run code when the file is opened.`);
		expect(output).toContain(`${dir}/uploads/badge.svg:1: the SVG has an event handler (onload=…), which runs code.`);
		expect(output).toContain(`${dir}/uploads/badge.svg:2: the SVG refers to "https://tracker.example/p.png" outside the drawing.`);
	});

	it('without alt text, missing from uploads/ or from another site fail the build with file and line', async () => {
		const dir = fixture();
		appendFileSync(
			join(dir, 'articles/en/refund-times.mdx'),
			'\n![](/uploads/orders-page.png)\n\n![The order page](/uploads/order-page.png)\n\n![A chart](https://cdn.example/chart.png)\n',
		);
		const { ok, output, outDir } = await buildSite(dir);
		temporary.push(outDir);
		expect(ok).toBe(false);
		const file = join(dir, 'articles/en/refund-times.mdx');
		expect(output).toMatch(new RegExp(`${file}:\\d+: the image /uploads/orders-page.png needs alt text saying what it shows`));
		expect(output).toMatch(
			new RegExp(
				`${file}:\\d+: the image /uploads/order-page.png is not in uploads/\\. Upload it in the CMS \\(Media\\), or correct the file name\\. Did you mean "orders-page.png"\\?`,
			),
		);
		expect(output).toMatch(new RegExp(`${file}:\\d+: the image https://cdn.example/chart.png is on another site`));
	});

	it('are encoded once: a rebuild with unchanged images reuses every encoded file', async () => {
		const dir = fixture();
		const first = await buildSite(dir);
		temporary.push(first.outDir);
		expect(first.ok, first.output).toBe(true);
		const encoded = first.output.match(/orders-page\.[\w-]+\.webp \(before: /g)?.length ?? 0;
		expect(encoded).toBe(3);
		const second = await buildSite(dir);
		temporary.push(second.outDir);
		expect(second.ok, second.output).toBe(true);
		expect(second.output.match(/orders-page\.[\w-]+\.webp \(reused cache entry\)/g)?.length).toBe(3);
		expect(second.output).not.toMatch(/\.webp \(before: /);
	});
});
