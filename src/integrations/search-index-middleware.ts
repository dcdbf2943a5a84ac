/** Added by the search-index integration to `astro build` only: reports each page as Astro renders it. */
import { defineMiddleware } from 'astro:middleware';
import { pageRendered } from '../lib/search/pages-rendered';

export const onRequest = defineMiddleware((context, next) => {
	pageRendered(context.url.pathname);
	return next();
});
