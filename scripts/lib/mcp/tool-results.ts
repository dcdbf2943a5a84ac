/** What the help center's tools answer: Markdown for the assistant to read, or a refusal of bad input. */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { HelpCenter, HelpCenterLanguage } from '../help-center.ts';

/** A tool's answer as Markdown text, with the same data as fields for clients that read them. */
export function markdownResult(text: string, structuredContent?: Record<string, unknown>): CallToolResult {
	return { content: [{ type: 'text', text }], ...(structuredContent && { structuredContent }) };
}

/** A tool's refusal of its input: one sentence saying what was wrong and what it accepts. */
export function inputError(text: string): CallToolResult {
	return { content: [{ type: 'text', text }], isError: true };
}

/** The language a `language` input names (its code, in any case; the default language when none is given), or a refusal. */
export function languageOrError(helpCenter: HelpCenter, code: string | undefined): HelpCenterLanguage | CallToolResult {
	if (code === undefined || code.trim() === '') return helpCenter.languages[0]!;
	const wanted = code.trim().toLowerCase();
	const language = helpCenter.languages.find((candidate) => candidate.code.toLowerCase() === wanted || candidate.path === wanted);
	return language ?? inputError(`Unknown language "${code}": this help center's languages are ${languageList(helpCenter)}.`);
}

/** The help center's language codes for a sentence: `en (the default), de, nl`. */
export function languageList(helpCenter: HelpCenter): string {
	return helpCenter.languages.map((language, index) => (index === 0 ? `${language.code} (the default)` : language.code)).join(', ');
}

/** Whether a value is a tool's answer rather than what was looked up. */
export const isToolResult = (value: object): value is CallToolResult => 'content' in value;
