import type { APIRoute } from 'astro';
import { adminData } from '../../cms/admin-data';

/**
 * `/admin/problems.json`: what is wrong with the content now, one line per problem, for the CMS to show
 * writers after each save. Built sites have none (the build fails on any); `npm run cms` answers afresh.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify({ problems: (await adminData()).problems }), { headers: { 'Content-Type': 'application/json' } });
