/**
 * Sizes writers' uploaded images with Astro's image pipeline (sharp): every `<img>` gets its width and
 * height (no layout shift), a `srcset` of WebP widths for phones to pick from, and lazy loading. Astro
 * keeps the encoded files in its cache folder, so an unchanged image is not encoded again on the next build.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { Element, ElementContent } from 'hast';
import { uploadName } from '../lib/uploads';

// `@kb-uploads` is `<content folder>/uploads` (astro.config.mjs), so another content folder brings its own.
const modules = import.meta.glob<{ default: ImageMetadata }>(
	'@kb-uploads/*.{png,jpg,jpeg,webp,gif,avif,svg,PNG,JPG,JPEG,WEBP,GIF,AVIF,SVG}',
	{ eager: true },
);
const uploads = new Map(Object.entries(modules).map(([path, module]) => [path.slice(path.lastIndexOf('/') + 1), module.default]));

/** Widths offered to browsers, capped at the upload's own width. */
const WIDTHS = [480, 800, 1200, 1600];
/** How wide images show: the article column (44rem) or the phone's width less the page's padding. */
const SIZES = '(min-width: 46rem) 44rem, calc(100vw - 2rem)';

/** Rewrites every uploaded image in `nodes` (in place) to its sized, converted versions. */
export async function sizeImages(nodes: ElementContent[]): Promise<void> {
	const images: Element[] = [];
	const collect = (list: ElementContent[]) => {
		for (const node of list) {
			if (node.type !== 'element') continue;
			if (node.tagName === 'img') images.push(node);
			collect(node.children);
		}
	};
	collect(nodes);
	await Promise.all(images.map(sizeImage));
}

async function sizeImage(image: Element): Promise<void> {
	const name = uploadName(String(image.properties.src ?? ''));
	const original = name === undefined ? undefined : uploads.get(name);
	// The content checks (src/lib/uploads.ts) already named any image that is not an upload.
	if (!original) throw new Error(`The image ${String(image.properties.src)} is not an upload the build found`);
	const vector = original.format === 'svg';
	const widths = WIDTHS.filter((width) => width < original.width);
	const sized = await getImage({
		src: original,
		...(vector ? {} : { widths: [...widths, Math.min(original.width, 1600)], sizes: SIZES, format: 'webp', quality: 75 }),
	});
	image.properties = {
		...image.properties,
		src: sized.src,
		...(sized.srcSet.attribute ? { srcSet: sized.srcSet.attribute, sizes: SIZES } : {}),
		width: Number(sized.attributes.width ?? original.width),
		height: Number(sized.attributes.height ?? original.height),
		loading: 'lazy',
		decoding: 'async',
	};
}
