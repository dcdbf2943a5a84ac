import { lineAt } from './component-usage';

/** MDX the CMS's rich-text editor cannot write back, found in a file's source, with its 1-based line. */
export interface UnsafeSyntax {
	line: number;
	message: string;
}

const COMPONENT_TAG = /<[A-Z][A-Za-z0-9]*\b[^>]*>/g;
const ALIGNED_TABLE_ROW = /^ *\|?(?: *:?-{3,}:? *\|)+ *:?-{3,}:? *\|? *$/;

/** Blanks a match out, keeping line breaks so offsets still give the right line. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * Finds what Decap's rich-text editor would rewrite the next time a writer edits the body: `{…}`
 * expressions and comments (it escapes them into text), `import`/`export` lines, and table column
 * alignment (it drops the colons). Failing the build on them keeps every file safe to edit in the CMS.
 * Code (fenced or inline) and the attributes of component tags are left alone.
 */
export function findCmsUnsafeSyntax(source: string): UnsafeSyntax[] {
	const bodyStart = source.startsWith('---\n') ? source.indexOf('\n---\n', 4) + 5 : 0;
	const body = blank(source.slice(0, bodyStart)) + source.slice(bodyStart);
	const prose = body
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1/gm, blank)
		.replace(/`[^`\n]*`/g, blank)
		.replace(COMPONENT_TAG, blank);
	const problems: UnsafeSyntax[] = [];
	for (const match of prose.matchAll(/\{/g)) {
		problems.push({
			line: lineAt(source, match.index),
			message:
				'curly braces are MDX code ({…} expressions and {/* comments */}), which the CMS editor turns into text. Remove them, or put a literal brace in `code`.',
		});
	}
	prose.split('\n').forEach((text, index) => {
		if (/^(import|export)\s/.test(text)) {
			problems.push({
				line: index + 1,
				message: `"${text.split(' ')[0]}" lines are not needed (components work without imports) and the CMS editor would turn them into text. Remove the line.`,
			});
		} else if (ALIGNED_TABLE_ROW.test(text) && text.includes(':')) {
			problems.push({
				line: index + 1,
				message: 'table column alignment (":---", "---:") is lost when the article is edited in the CMS. Use plain dashes: | --- | --- |',
			});
		}
	});
	return problems.sort((a, b) => a.line - b.line);
}
