import type { APIRoute } from 'astro';
import { articlesFeed } from '../../lib/feed';

/** `/api/articles.json`: see src/lib/feed.ts and docs/agents.md, "Articles feed". */
export const GET: APIRoute = async ({ locals }) => {
	const { settings, articles, categoriesById } = locals.kb;
	const feed = articlesFeed(
		settings.url,
		articles.map((article) => ({ ...article, keywords: article.entry.data.keywords })),
		(id) => categoriesById.get(id)?.data.title ?? id,
	);
	return new Response(JSON.stringify(feed, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
