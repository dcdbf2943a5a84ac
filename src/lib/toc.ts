/** A heading as Astro's renderer reports it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** Articles with fewer sections than this read fine without a table of contents. */
export const TOC_MIN_SECTIONS = 3;

/** The table of contents of an article: its `##` sections, or nothing when there are too few. */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
	const sections = headings.filter((heading) => heading.depth === 2);
	return sections.length >= TOC_MIN_SECTIONS ? sections : [];
}
