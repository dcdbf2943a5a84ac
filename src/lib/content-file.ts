/**
 * Reads a content file into its data and body: the frontmatter of `.mdx` files, the whole of `.yaml`
 * files. YAML is read with the YAML 1.2 core schema, so `2026-13-45` stays text for the schema to refuse
 * instead of silently becoming 14 February 2027, and a syntax error becomes a sentence a writer can act on.
 */
import { isNode, LineCounter, parse, parseDocument, YAMLParseError } from 'yaml';

/** A content file split into its fields and (for `.mdx`) its body. */
export interface ContentFile {
	data: Record<string, unknown>;
	/** The Markdown after the frontmatter, trimmed; empty for `.yaml` files. */
	body: string;
}

/** A file whose YAML cannot be read, with the 1-based line of the mistake in the file. */
export class YamlSyntaxError extends Error {
	constructor(
		message: string,
		readonly line: number,
	) {
		super(message);
		this.name = 'YamlSyntaxError';
	}
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits and parses `source`; throws {@link YamlSyntaxError}. */
export function readContentFile(source: string, extension: '.mdx' | '.yaml'): ContentFile {
	if (extension === '.yaml') return { data: parseYaml(source, 0), body: '' };
	const frontmatter = FRONTMATTER.exec(source);
	if (!frontmatter) return { data: {}, body: source.trim() };
	return { data: parseYaml(frontmatter[1] ?? '', 1), body: source.slice(frontmatter[0].length).trim() };
}

function parseYaml(text: string, firstLine: number): Record<string, unknown> {
	let value: unknown;
	try {
		value = parse(text, { prettyErrors: false });
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		const line = text.slice(0, error.pos[0]).split('\n').length;
		throw new YamlSyntaxError(explain(error, text.split(/\r?\n/)[line - 1]?.trim() ?? ''), line + firstLine);
	}
	if (value === null || value === undefined) return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new YamlSyntaxError('the file must be a list of fields ("name: value" lines), e.g. title: Start a return', firstLine + 1);
	}
	return value as Record<string, unknown>;
}

/** What the YAML parser's complaint means for a writer, with an example of the fix. */
function explain(error: YAMLParseError, line: string): string {
	const field = /^([\w-]+)\s*:/.exec(line)?.[1];
	switch (error.code) {
		case 'BLOCK_AS_IMPLICIT_KEY':
			return `the value has a colon followed by a space, which YAML reads as a new field. Put the whole value in double quotes, e.g. ${field ?? 'title'}: "Returns: how they work"`;
		case 'DUPLICATE_KEY':
			return `the field${field ? ` "${field}"` : ''} appears twice. Keep one of them.`;
		case 'MISSING_CHAR':
			return 'a quote or bracket opened earlier is never closed. Close it on the same line, e.g. title: "Start a return" or related: [refund-status, start-a-return]';
		case 'TAB_AS_INDENT':
			return 'a tab is used to indent. Indent with spaces, e.g. two spaces before "- " in a list.';
		case 'BAD_INDENT':
		case 'UNEXPECTED_TOKEN':
		case 'MULTILINE_IMPLICIT_KEY':
			return 'this line does not fit the lines around it (indentation, or a quote or bracket left open). Each field starts at the beginning of its line as "name: value"; list items are indented with "- ", e.g.\n      keywords:\n        - money back';
		default:
			return `this line is not valid YAML (${error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')}). Check its quotes, colons and indentation, e.g. title: "Returns: how they work"`;
	}
}

/**
 * The 1-based line in `source` of the field at `path` (e.g. `['questions', 2, 'answer']`), or of its
 * nearest parent that is written; undefined for a field the file does not have at all.
 */
export function fieldLine(source: string, extension: '.mdx' | '.yaml', path: readonly PropertyKey[]): number | undefined {
	const frontmatter = extension === '.mdx' ? FRONTMATTER.exec(source) : null;
	if (extension === '.mdx' && !frontmatter) return undefined;
	const text = frontmatter ? (frontmatter[1] ?? '') : source;
	const lines = new LineCounter();
	const document = parseDocument(text, { lineCounter: lines });
	for (let depth = path.length; depth > 0; depth--) {
		const node: unknown = document.getIn(path.slice(0, depth) as unknown[], true);
		// A field's line is its key's: for `answer: >-` the value only starts on the next line.
		const pair = depth > 0 ? keyRange(document, path.slice(0, depth)) : undefined;
		const offset = pair ?? (isNode(node) ? node.range?.[0] : undefined);
		if (offset !== undefined) return lines.linePos(offset).line + (frontmatter ? 1 : 0);
	}
	return undefined;
}

/** Where the key of the field at `path` starts, when the field's parent is a map. */
function keyRange(document: ReturnType<typeof parseDocument>, path: readonly PropertyKey[]): number | undefined {
	const parent: unknown = path.length > 1 ? document.getIn(path.slice(0, -1) as unknown[], true) : document.contents;
	const items = (parent as { items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> } | null)?.items;
	const key = items?.find((item) => item.key?.value === path.at(-1))?.key;
	return key?.range?.[0];
}

/** 1-based line of a character offset. */
export function lineAt(source: string, offset: number): number {
	let line = 1;
	for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) line++;
	return line;
}
