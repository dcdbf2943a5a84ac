import { describe, expect, it } from 'vitest';
import type { Root, RootContent } from 'hast';
import { mdxToHast } from 'satteri';
import { parseMdx } from '../../src/lib/mdx';
import { parseMdxInBrowser } from '../../src/lib/mdx/parse-in-browser';
import { smartenPunctuation, smartenText } from '../../src/lib/mdx/smart-punctuation';

const CASES = [
	`"Hi" it's 'quoted' -- a --- b ... c`,
	`don't 'tis the '90s 5'10" x`,
	'<kbd>"x"</kbd> and `"c"`',
	'"a *"b"* c"',
	"[a]'s b'",
	'"unclosed',
	'x "',
	'a ---- b ----- c ------- d -- e',
	'"Hello,"\nsaid the "spider".',
	`'**bold**' and "_it_"`,
	"'A', 'B', and 'C' are letters.",
	"'Oak,' 'elm,' and 'beech' are names of trees.\nSo is 'pine.'",
	"'We'll use Jane's boat and John's truck,' Jenna said.",
	`Here is some quoted '\`code\`' and a "[quoted link](url)".`,
	`![a "b" c's](/x.png "it's") "after"`,
	`- "one"\n- it's\n\n> "quote"\n\n| a | "b" |\n| - | - |\n| it's | x |`,
	'## "Heading" -- it\'s\n\n```\n"code" -- x\n```',
	'Ellipses...and...and....',
	`<Callout title="a 'b'">\n"q" it's\n</Callout>`,
	'a "b\n\n"c" d',
	`"x"—"y" ('z') ["w"]`,
	`He said "she said 'no'" ok`,
	"the 80's and rock'n'roll",
	'**"Bold quote"**',
	"*'single'*",
	'a"b"c',
	`l'été "déjà"`,
	`a"*b*" and '_c_'`,
];

/** A tree without source positions, to compare shapes. */
const shape = (node: Root | RootContent): unknown =>
	JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)));

describe('smart punctuation', () => {
	it("gives what satteri's own smart punctuation (Astro's Markdown default) gives", () => {
		for (const source of CASES) {
			const own = parseMdx(source);
			smartenPunctuation(own, source);
			expect(shape(own), source).toEqual(shape(mdxToHast(source, { features: { gfm: true, smartPunctuation: true } })));
		}
	});

	it('gives the same on the tree the CMS preview parses in the browser', () => {
		for (const source of CASES) {
			const site = parseMdx(source);
			const preview = parseMdxInBrowser(source);
			smartenPunctuation(site, source);
			smartenPunctuation(preview, source);
			const texts = (tree: Root) => JSON.stringify(tree).match(/"value":"[^"]*"/g);
			expect(texts(preview), source).toEqual(texts(site));
		}
	});

	it('leaves code alone and works on plain strings such as alt text', () => {
		expect(smartenText(`It's "done"...`)).toBe('It’s “done”…');
		const tree = parseMdx('`"x" -- y`');
		smartenPunctuation(tree, '`"x" -- y`');
		expect(JSON.stringify(tree)).toContain('\\"x\\" -- y');
	});
});
