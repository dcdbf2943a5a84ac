// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir, contentLabel } from './src/lib/content-dir.ts';
import { siteLanguages } from './src/lib/site-languages.ts';
import { embedOrigins } from './src/lib/video.ts';
import { analyticsConfig, analyticsOrigins } from './src/lib/analytics.ts';
import { analyticsSchema } from './src/schemas.ts';
import { cms } from './src/integrations/cms.ts';
import { drafts } from './src/integrations/drafts.ts';
import { builtPages } from './src/integrations/built-pages.ts';
import { headers } from './src/integrations/headers.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { llmsFull } from './src/integrations/llms-full.ts';
import { redirects } from './src/integrations/redirects.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { widget } from './src/integrations/widget.ts';
import { useTranslations } from './src/i18n/index.ts';

const content = contentDir();
/** The public address comes from the content's settings, so another content folder builds its own site. */
const settings = parse(readFileSync(join(content, 'settings/site.yaml'), 'utf8')) ?? {};
// The link check, `_headers` and the search vocabulary each look at every built page: read once for all.
const pages = builtPages();
const languages = siteLanguages({
	locale: typeof settings.locale === 'string' ? settings.locale : 'en',
	languages: settings.languages && typeof settings.languages === 'object' ? settings.languages : {},
});
const search = searchIndex({ languages, contentDir: content, pages });
// Invalid analytics settings allow nothing here; the content build then fails naming the field.
const analytics = analyticsSchema.default({ tool: 'none' }).safeParse(settings.analytics).data;
const analyticsAllowed = analyticsOrigins(analytics && analyticsConfig(analytics, String(settings.url)));

export default defineConfig({
	// One content cache per content folder and schema version: Astro's cache does not notice changes to
	// src/schemas.ts (imported by content.config.ts), and would serve entries parsed by the old schema.
	cacheDir: `./node_modules/.astro/${createHash('sha256')
		.update(content)
		.update(readFileSync(new URL('./src/schemas.ts', import.meta.url)))
		.digest('hex')
		.slice(0, 12)}`,
	site: typeof settings.url === 'string' ? settings.url : 'http://localhost:4321',
	trailingSlash: 'always',
	// Stylesheets as files, never inlined: the Content-Security-Policy allows no inline <style>.
	build: { inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	integrations: [
		// First of the build's end: Pagefind writes its bundle in its own process while the rest (the sitemap,
		// redirects, link check, `_headers`) run, until `search.written` waits for it.
		search.indexing,
		drafts(),
		// The decided MDX toolchain (satteri). Content files are read by src/loaders/content-folder.ts and their
		// bodies rendered with the pages (src/lib/mdx-html.ts), not compiled as modules.
		mdx(),
		// Redirect pages are written after the build (see src/integrations/redirects.ts), so they are never listed.
		// Pages in several languages list their translations (`xhtml:link`), paired by their path under the language.
		sitemap({
			filter: (page) => !/^\/(404|admin|agents|widget)\//.test(new URL(page).pathname),
			...(languages.length > 1 && {
				i18n: {
					defaultLocale: languages[0].code,
					locales: Object.fromEntries(languages.map((language) => [language.path || language.code, language.code])),
				},
			}),
		}),
		redirects({ pages }),
		llmsFull({ languagePaths: languages.map((language) => language.path) }),
		linkCheck({ contentDir: content, contentLabel: contentLabel(content), pages }),
		cms(),
		widget({
			languages: languages.map((language) => ({ ...language, label: useTranslations(language.code)('widget.open') })),
			// Validated by the content schema; a broken value fails the build there.
			accent: /^#[0-9a-f]{6}$/i.test(settings.brandColor) ? settings.brandColor : '#1d6b57',
		}),
		headers({
			pages,
			languagePaths: languages.map((language) => language.path),
			origins: { frame: embedOrigins(Array.isArray(settings.embeds) ? settings.embeds : []), ...analyticsAllowed },
		}),
		search.written,
	],
	server: { host: '127.0.0.1', port: 4321 },
	// Writers' uploads live in the content folder (src/data/images.ts sizes them): see docs/writing.md, Images.
	vite: {
		resolve: { alias: { '@kb-uploads': join(content, 'uploads') } },
		// The tests build sites into .test-builds/ while `astro dev` runs: not the project's files to watch.
		server: { watch: { ignored: ['**/.test-builds/**'] } },
	},
});
