// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './src/lib/content-dir.ts';
import { linkCheck } from './src/integrations/link-check.ts';

const content = contentDir();
/** The public address comes from the content's settings, so another content folder builds its own site. */
const settings = parse(readFileSync(join(content, 'settings/site.yaml'), 'utf8')) ?? {};
const contentLabel = relative(process.cwd(), content).startsWith('..') ? content : relative(process.cwd(), content) || 'content';

export default defineConfig({
	site: typeof settings.url === 'string' ? settings.url : 'http://localhost:4321',
	trailingSlash: 'always',
	devToolbar: { enabled: false },
	integrations: [
		mdx(),
		sitemap({ filter: (page) => !/\/(404|admin)\//.test(new URL(page).pathname) }),
		linkCheck({ contentDir: content, contentLabel }),
	],
	server: { host: '127.0.0.1', port: 4321 },
});
