/**
 * `/faq/<id>/index.html.md` (and each language's): a FAQ page as Markdown, each question a heading with its
 * answer, beside the page as articles' twins are (see src/lib/article-markdown.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderFaqAnswer } from '../../../../data/article-body';
import { faqGroupPaths, type FaqEntry } from '../../../../data/knowledge-base';
import { faqMarkdown } from '../../../../lib/article-markdown';
import { absoluteUrl, faqGroupUrl } from '../../../../lib/urls';

export const getStaticPaths = faqGroupPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, locals }) => {
	const { group } = props as { group: FaqEntry };
	const { kb } = locals;
	const answers = await Promise.all(group.data.questions.map((_, index) => renderFaqAnswer(group, index, kb)));
	const markdown = faqMarkdown(
		{ title: group.data.title, url: absoluteUrl(faqGroupUrl(group.id, kb.language.path), kb.settings.url), language: kb.language.code },
		group.data.questions.map((question, index) => ({ question: question.question, id: question.id, answer: answers[index]!.children })),
	);
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
