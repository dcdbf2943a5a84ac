/**
 * The per-request context, as Starlight keeps its route data in `Astro.locals`: the knowledge base and the
 * translator for its language reach every page, endpoint and component from here, computed once per build
 * (and once per content change in `astro dev`) rather than looked up again by each component.
 */
import { defineMiddleware } from 'astro:middleware';
import { loadKnowledgeBase } from './data/knowledge-base';
import { useTranslations } from './i18n';

export const onRequest = defineMiddleware(async (context, next) => {
	const kb = await loadKnowledgeBase();
	context.locals.kb = kb;
	context.locals.t = useTranslations(kb.settings.locale);
	return next();
});
