/**
 * The per-request context, as Starlight keeps its route data in `Astro.locals`: the knowledge base in the
 * page's language (from the first segment of its address) and the translator for that language reach
 * every page, endpoint and component from here, computed once per build (and once per content change in
 * `astro dev`) rather than looked up again by each component.
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n';
import { languageOfPath } from './lib/urls';

export const onRequest = defineMiddleware(async (context, next) => {
	// The CMS reads what it needs itself (src/cms/admin-data.ts), so a content problem never locks writers out.
	if (context.url.pathname.startsWith('/admin/')) return next();
	// Imported on each request: `astro dev` keeps this module across content changes, and a static import would
	// keep serving the content of the first request (pages would show an old site name or policy).
	const { loadKnowledgeBase } = await import('./data/knowledge-base');
	const site = await loadKnowledgeBase();
	const path = languageOfPath(
		context.url.pathname,
		site.languages.map((language) => language.path),
	);
	const kb = [...site.byLanguage.values()].find((view) => view.language.path === path) ?? site;
	context.locals.kb = kb;
	context.locals.t = useTranslations(kb.language.code);
	return next();
});
