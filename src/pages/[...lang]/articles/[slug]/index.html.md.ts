/**
 * `/articles/<slug>/index.html.md` (and each translation's): the article as Markdown, at its page's address
 * with `index.html.md` appended, as the llms.txt proposal puts it. See src/lib/article-markdown.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderArticleTree } from '../../../../data/article-body';
import { articlePaths, type ArticleSummary } from '../../../../data/knowledge-base';
import { articleMarkdown } from '../../../../lib/article-markdown';
import { absoluteUrl } from '../../../../lib/urls';

export const getStaticPaths = articlePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, locals }) => {
	const { article } = props as { article: ArticleSummary };
	const { kb, t } = locals;
	const { children } = await renderArticleTree(article, kb);
	const markdown = articleMarkdown(
		{
			title: article.title,
			description: article.description,
			stage: t(`stage.${article.stage}`),
			category: kb.categoriesById.get(article.category)!.data.title,
			updated: article.updated,
			url: absoluteUrl(article.url, kb.settings.url),
			language: article.language,
		},
		children,
	);
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
