/** Article bodies and FAQ answers as HTML, rendered when their page is (see src/lib/mdx/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBody, SnippetError, type MdxContext } from '../components/mdx';
import { useTranslations } from '../i18n';
import { ContentError, formatProblems } from '../lib/integrity';
import { contentLabel } from '../lib/content-dir';
import { fieldLine, lineAt } from '../lib/content-file';
import { MdxError, parseMdx, type RenderedMdx, type RenderedMdxTree } from '../lib/mdx';
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { sizeImages } from './images';
import type { ArticleSummary, FaqEntry, KnowledgeBase } from './knowledge-base';

const contexts = new WeakMap<KnowledgeBase, MdxContext>();

/** What writers' components read from the knowledge base, made once per build. */
function contextOf(kb: KnowledgeBase): MdxContext {
	let context = contexts.get(kb);
	if (!context) {
		const snippets = new Map([...kb.snippets].map(([id, snippet]) => [id, snippet.body]));
		context = { policies: kb.settings.policies, embeds: kb.settings.embeds, snippets, t: useTranslations(kb.language.code) };
		contexts.set(kb, context);
	}
	return context;
}

/** An article's body as HTML, with its headings and sized images. A mistake in it fails the build, naming the file and line. */
export async function renderArticleBody(article: ArticleSummary, kb: KnowledgeBase): Promise<RenderedMdx> {
	const { children, headings } = await renderArticleTree(article, kb);
	return { html: toHtml({ type: 'root', children }), headings };
}

/** An article's body as a tree (for its Markdown twin), with its headings and sized images. */
export async function renderArticleTree(article: ArticleSummary, kb: KnowledgeBase): Promise<RenderedMdxTree> {
	const context = contextOf(kb);
	let rendered: RenderedMdxTree;
	try {
		rendered = renderBody(article.body, 'article', context, parseMdx);
	} catch (error) {
		if (error instanceof SnippetError && error.cause instanceof MdxError) {
			const snippet = kb.snippets.get(error.snippet)!;
			throw problem(snippet.file, snippet.filePath, snippet.body, error.cause);
		}
		if (error instanceof MdxError) throw problem(article.file, article.filePath, article.body, error);
		throw error;
	}
	await sizeImages(rendered.children);
	return rendered;
}

/** A FAQ answer as the page shows it, and as plain text on one line for replies and structured data. */
export interface RenderedAnswer {
	html: string;
	text: string;
	/** The answer as a tree, for Markdown. */
	children: ElementContent[];
}

/**
 * A FAQ question's answer, with the same Markdown features and allowlist as article bodies. A
 * mistake fails the build naming the file, the line of the answer and the question.
 */
export async function renderFaqAnswer(group: FaqEntry, index: number, kb: KnowledgeBase): Promise<RenderedAnswer> {
	const question = group.data.questions[index]!;
	let rendered: RenderedMdxTree;
	try {
		rendered = renderBody(question.answer, 'faq-answer', contextOf(kb), parseMdx);
	} catch (error) {
		if (!(error instanceof MdxError)) throw error;
		const { file } = group;
		const source = group.filePath ? readFileSync(join(process.cwd(), group.filePath), 'utf8') : '';
		const line = fieldLine(source, '.yaml', ['questions', index, 'answer']);
		throw new ContentError(formatProblems([{ file, line, message: `the answer to "${question.id}": ${error.message}` }], contentLabel()));
	}
	await sizeImages(rendered.children);
	const root: Root = { type: 'root', children: rendered.children };
	return { html: toHtml(root), text: toText(root).replace(/\s+/g, ' ').trim(), children: rendered.children };
}

/** The error for a writer: the file, the line in the file (the body starts after the frontmatter), what is wrong. */
function problem(file: string, filePath: string | undefined, body: string | undefined, error: MdxError): ContentError {
	let line: number | undefined;
	if (error.line !== undefined && filePath && body) {
		const source = readFileSync(join(process.cwd(), filePath), 'utf8');
		const start = source.indexOf(body.slice(0, 200));
		line = start >= 0 ? lineAt(source, start) + error.line - 1 : undefined;
	}
	return new ContentError(formatProblems([{ file, line, message: error.message }], contentLabel()));
}
