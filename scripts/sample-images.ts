/**
 * `npm run sample-images [-- name …]`: regenerates the sample help center's screenshots. Each mock page of
 * the fictional shop (scripts/sample-images/<name>.html: its title, styles and content, put in the shop's frame
 * from _layout.html; inline CSS, system fonts, no requests) is rendered in Chromium at 800 × 500 CSS pixels and 2× density and saved as
 * content/uploads/<name>.png (1600 × 1000), most as palette PNGs, small enough to keep in git. The sample articles use them to
 * show how images work, and the audit weighs the article with the most images against its image budget.
 *
 * Only the samples come from here: writers' real uploads go in content/uploads through the CMS (Media).
 * The drawings there (return-process.svg, where-is-the-order-number.svg) are written by hand. Text renders
 * in the machine's system font, so a run on another machine changes the pixels, not the pages.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { launchChromium } from './lib/chromium.ts';

const pagesDir = fileURLToPath(new URL('sample-images/', import.meta.url));
const uploadsDir = fileURLToPath(new URL('../content/uploads/', import.meta.url));
/** The mock pages' size in CSS pixels; at 2× density the PNGs are 1600 × 1000, the largest width the site serves. */
const VIEWPORT = { width: 800, height: 500 };
/** A palette screenshot above this many bytes makes the repository heavy: simplify the mock page. */
const MAX_BYTES = 120 * 1024;
/**
 * The screenshots of start-a-return, the article the audit weighs: kept as a screenshot tool saves them
 * (full-colour PNG, about 300 KB each), so the image budget is measured on uploads as writers make them.
 */
const AS_UPLOADED = new Set(['my-orders', 'return-items', 'return-label']);

const wanted = process.argv.slice(2);
const names = (await readdir(pagesDir))
	.filter((file) => file.endsWith('.html') && !file.startsWith('_'))
	.map((file) => basename(file, '.html'))
	.filter((name) => wanted.length === 0 || wanted.includes(name))
	.sort();
// Every page is the shop's frame (_layout.html) around the page's own <title>, <style> and <main>.
const layout = await readFile(join(pagesDir, '_layout.html'), 'utf8');
const mockPage = async (name: string) => {
	const page = await readFile(join(pagesDir, `${name}.html`), 'utf8');
	const bodyStart = page.indexOf('<main>');
	return layout.replace('<!-- page head -->', page.slice(0, bodyStart).trim()).replace('<!-- page body -->', page.slice(bodyStart).trim());
};
const unknown = wanted.filter((name) => !names.includes(name));
if (unknown.length > 0) throw new Error(`No mock page ${unknown.map((name) => `${name}.html`).join(', ')} in ${pagesDir}`);

const browser = await launchChromium();
try {
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, colorScheme: 'light', locale: 'en-GB' });
	// The pages are set as content, so any request at all is something they would load from elsewhere.
	const requests: string[] = [];
	await context.route('**/*', (route) => {
		requests.push(route.request().url());
		return route.abort();
	});
	const tab = await context.newPage();
	for (const name of names) {
		await tab.setContent(await mockPage(name), { waitUntil: 'load' });
		await tab.evaluate(() => document.fonts.ready);
		if (requests.length > 0) throw new Error(`${name}.html requests ${requests.join(', ')}: mock pages must be self-contained`);
		const screenshot = await tab.screenshot({ type: 'png' });
		// Otherwise a palette PNG: the flat colours of a mock page fit in 256, at a fraction of the size.
		const png = AS_UPLOADED.has(name) ? screenshot : await sharp(screenshot).png({ palette: true, compressionLevel: 9 }).toBuffer();
		await writeFile(join(uploadsDir, `${name}.png`), png);
		const kb = (png.length / 1024).toFixed(1);
		const heavy = !AS_UPLOADED.has(name) && png.length > MAX_BYTES;
		console.log(`content/uploads/${name}.png  ${kb} KB${heavy ? `  (over ${MAX_BYTES / 1024} KB: simplify the page)` : ''}`);
	}
} finally {
	await browser.close();
}
