import type { APIRoute } from 'astro';
import { articlesFeed } from '../../lib/feed';

/** `/api/articles.json`: see src/lib/feed.ts and docs/agents.md, "Articles feed". */
export const GET: APIRoute = async ({ locals }) => {
	const { settings, articles, categoriesById, versions, languages } = locals.kb;
	const pathOf = new Map(languages.map((language) => [language.code, language.path]));
	const feed = articlesFeed(
		settings.url,
		articles.map((article) => ({
			...article,
			translations: [...(versions.get(article.id)?.values() ?? [])]
				.filter((version) => version.language !== article.language)
				.map((version) => ({ ...version, path: pathOf.get(version.language)! })),
		})),
		(id) => categoriesById.get(id)?.data.title ?? id,
	);
	return new Response(JSON.stringify(feed, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
