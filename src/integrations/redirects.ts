import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useTranslations } from '../i18n';
import { REDIRECT_PLAN_FILE, redirectPage, redirectsFile, type RedirectPlan } from '../lib/redirects';
import type { BuiltPages } from './built-pages';

/**
 * Writes the site's redirects after the build: a static page for each (so they work on any host) and
 * `_redirects` (for hosts that answer with a real 301), from the plan src/pages/[redirects].ts emitted.
 * Must run before the integrations that read the pages (link check, headers), which it hands them to.
 */
export function redirects(options: { pages: BuiltPages }): AstroIntegration {
	return {
		name: 'answerkit:redirects',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const planFile = join(outDir, REDIRECT_PLAN_FILE);
				const plan: RedirectPlan = JSON.parse(readFileSync(planFile, 'utf8'));
				rmSync(planFile);
				const t = useTranslations(plan.site.locale);
				for (const redirect of plan.redirects) {
					const file = join(outDir, redirect.from, 'index.html');
					// The plan only holds addresses no page has; a clash would be a bug, and must not replace a page.
					if (existsSync(file)) throw new Error(`Redirect ${redirect.from} → ${redirect.to} would replace a page of the site.`);
					mkdirSync(dirname(file), { recursive: true });
					const html = redirectPage(redirect, plan.site, t('redirect.continue', { title: redirect.title }));
					writeFileSync(file, html);
					options.pages.visit(redirect.from, html);
				}
				writeFileSync(join(outDir, '_redirects'), redirectsFile(plan.redirects));
				logger.info(`${plan.redirects.length} redirects written as pages and to _redirects`);
			},
			'astro:server:setup': ({ server }) => {
				// The dev server renders on request: short links are answered from the plan the same way.
				server.middlewares.use(async (request, response, next) => {
					const path = (request.url ?? '').split(/[?#]/)[0];
					if (!/^\/[aq]\/[^/]+\/$/.test(path)) return next();
					try {
						// With trailingSlash: 'always', the dev server answers every route with a trailing slash only.
						const planResponse = await fetch(`http://${request.headers.host}/${REDIRECT_PLAN_FILE}/`);
						const plan: RedirectPlan = await planResponse.json();
						const redirect = plan.redirects.find(({ from }) => from === path);
						if (!redirect) return next();
						response.writeHead(302, { Location: redirect.to }).end();
					} catch (error) {
						next(error);
					}
				});
			},
		},
	};
}
