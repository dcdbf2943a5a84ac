/**
 * Images writers upload through the CMS (`<content>/uploads/`, shown in Markdown as `/uploads/<file>`):
 * which addresses point at an upload, which file types are images, and whether an uploaded SVG is safe to
 * serve from the help center's domain (opened on its own, an SVG runs its scripts like a page would).
 */
import type { Element, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';
import { lineAt } from './content-file';
import { didYouMean } from './suggest';

/** Where writers' uploads are served from, as the CMS writes them into Markdown. */
export const UPLOADS_PATH = '/uploads/';

/** Image types the build can process (raster images are resized and converted; SVG is served as it is). */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'gif', 'avif', 'svg'] as const;

/** The upload's file name an image address refers to (`/uploads/order%20page.png` → `order page.png`), if any. */
export function uploadName(src: string): string | undefined {
	if (!src.startsWith(UPLOADS_PATH)) return undefined;
	const name = src.slice(UPLOADS_PATH.length).split(/[?#]/)[0]!;
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}

/** Whether a file name is an image the build processes. */
export const isImageFile = (name: string) => (IMAGE_EXTENSIONS as readonly string[]).includes(name.split('.').pop()!.toLowerCase());

const ACTIVE_ELEMENTS = ['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'listener'];

/**
 * What makes an uploaded SVG unsafe, with the line: scripts, event handlers, embedded HTML, and references
 * to anything outside the drawing (other sites, `javascript:`/`data:` links), which would also be a
 * request to another origin. Empty for a plain drawing.
 */
export function svgProblems(source: string): { line: number; message: string }[] {
	const problems: { line: number; message: string }[] = [];
	const at = (needle: string) => {
		const index = source.toLowerCase().indexOf(needle.toLowerCase());
		return index < 0 ? 1 : lineAt(source, index);
	};
	const visit = (nodes: readonly RootContent[]) => {
		for (const node of nodes) {
			if (node.type !== 'element') continue;
			const element = node as Element;
			const tag = element.tagName.toLowerCase();
			if (ACTIVE_ELEMENTS.includes(tag)) {
				problems.push({
					line: at(`<${tag}`),
					message: `the SVG contains <${element.tagName}>, which can run code when the file is opened. Export the drawing again without scripts or embedded HTML (e.g. "Plain SVG" or "Optimized SVG").`,
				});
			}
			for (const [property, value] of Object.entries(element.properties ?? {})) {
				const name = property.replace(/^:/, '').toLowerCase();
				if (name.startsWith('on')) {
					problems.push({
						line: at(`${name.slice(0, 2)}${name.slice(2)}=`),
						message: `the SVG has an event handler (${name}=…), which runs code. Export the drawing again without scripts.`,
					});
				} else if (/href$/.test(name) && typeof value === 'string' && !value.trim().startsWith('#')) {
					problems.push({
						line: at(value),
						message: `the SVG refers to "${value.slice(0, 60)}" outside the drawing. Keep everything in the file (embed fonts as paths, images inline as shapes).`,
					});
				}
			}
			if (tag === 'style' && /@import|url\(\s*['"]?(?!#)/i.test(JSON.stringify(element.children))) {
				problems.push({
					line: at('<style'),
					message: "the SVG's styles load something from outside the drawing (@import or url(…)). Remove those rules.",
				});
			}
			visit(element.children);
		}
	};
	visit((htmlToHast(source, { fragment: true, space: 'svg' }) as Root).children);
	return problems;
}

function readableAddress(address: string): string {
	try {
		return decodeURI(address);
	} catch {
		return address;
	}
}

/**
 * What is wrong with an image a writer placed (`markdown`: written as `![alt](src)` rather than `<img>`), or
 * undefined. `uploads` lists the uploaded files; without it, only the alt text and address form are checked.
 */
export function imageProblem(image: Pick<Element, 'properties'>, markdown: boolean, uploads?: ReadonlySet<string>): string | undefined {
	const address = String(image.properties.src ?? '');
	// Markdown percent-encodes addresses (übersicht.png → %C3%BCbersicht.png): messages show what the writer typed.
	const src = readableAddress(address);
	const alt = image.properties.alt;
	if (alt === undefined || (markdown && String(alt).trim() === '')) {
		return markdown
			? `the image ${src} needs alt text saying what it shows, e.g. ![The order page with the order number circled](${src}). For a purely decorative image write <img src="${src}" alt="" />.`
			: `<img src="${src}"> needs alt text saying what it shows (alt="The order page…"), or alt="" if it is purely decorative.`;
	}
	if (/^(https?:)?\/\//i.test(src))
		return `the image ${src} is on another site, and the help center loads nothing from other sites. Upload it in the CMS (Media) and use /uploads/<file name>.`;
	const name = uploadName(address);
	if (name === undefined)
		return `the image ${src} must be an upload: upload it in the CMS (Media) and use /uploads/<file name>, so the build can size it for phones.`;
	if (!isImageFile(name)) return `${src} is not an image the site can show (use ${IMAGE_EXTENSIONS.join(', ')}).`;
	if (uploads && !uploads.has(name))
		return `the image ${src} is not in uploads/. Upload it in the CMS (Media), or correct the file name.${didYouMean(name, [...uploads])}`;
	return undefined;
}

/** The drawing size an SVG declares (width and height, else its viewBox), as the image pipeline needs it. */
export function svgSize(source: string): { width: number; height: number } | undefined {
	const svg = (htmlToHast(source, { fragment: true, space: 'svg' }) as Root).children.find(
		(node): node is Element => node.type === 'element' && node.tagName === 'svg',
	);
	if (!svg) return undefined;
	const number = (value: unknown) =>
		typeof value === 'string' || typeof value === 'number' ? Number.parseFloat(String(value)) : Number.NaN;
	const [width, height] = [number(svg.properties.width), number(svg.properties.height)];
	if (width > 0 && height > 0) return { width, height };
	const box = String(svg.properties.viewBox ?? '')
		.trim()
		.split(/[\s,]+/)
		.map(Number);
	return box.length === 4 && box[2]! > 0 && box[3]! > 0 ? { width: box[2]!, height: box[3]! } : undefined;
}
