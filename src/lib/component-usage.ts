/** The MDX components writers may use; anything else capitalised in a body is a mistake. */
export const WRITER_COMPONENTS = ['Callout', 'Steps', 'Policy', 'Snippet', 'Video'] as const;

/** The kinds of `<Callout type="…">`. */
export const CALLOUT_TYPES = ['info', 'warning', 'success'] as const;

/** A component tag found in an MDX source, with the name it refers to and its 1-based line. */
export interface ComponentUse {
	component: string;
	/** `name` of a Policy, `id` of a Snippet; undefined when the attribute is missing. */
	target?: string;
	line: number;
}

const TAG = /<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g;
const TARGET_ATTRIBUTE: Record<string, string> = { Policy: 'name', Snippet: 'id' };

/** 1-based line of a character offset. */
export function lineAt(source: string, offset: number): number {
	let line = 1;
	for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) line++;
	return line;
}

/** Finds every capitalised (component) tag in an MDX source, skipping fenced code blocks. */
export function findComponentUses(source: string): ComponentUse[] {
	const uses: ComponentUse[] = [];
	const withoutCode = source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1/gm, (block) => block.replace(/[^\n]/g, ' '));
	for (const match of withoutCode.matchAll(TAG)) {
		const [, component, attributes] = match;
		const attribute = TARGET_ATTRIBUTE[component];
		const target = attribute ? new RegExp(`\\b${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes) : null;
		uses.push({ component, target: target ? (target[1] ?? target[2]) : undefined, line: lineAt(source, match.index) });
	}
	return uses;
}
