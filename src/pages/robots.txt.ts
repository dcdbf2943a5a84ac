import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

/** robots.txt: everything but the CMS may be crawled; points crawlers at the sitemap. */
export const GET: APIRoute = async ({ locals }) => {
	const { settings } = locals.kb;
	const body = [
		'User-agent: *',
		'Allow: /',
		'Disallow: /admin/',
		'Disallow: /agents/',
		'',
		`Sitemap: ${absoluteUrl('/sitemap-index.xml', settings.url)}`,
		'',
	].join('\n');
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
