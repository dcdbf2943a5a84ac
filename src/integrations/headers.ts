import type { AstroIntegration } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectInlineCode, contentSecurityPolicy, headersFile, type AllowedOrigins, type InlineCode } from '../lib/headers';
import type { BuiltPages } from './built-pages';

/** Output folders that hold no pages of the help center (assets, the search index, the CMS). */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'admin']);

/**
 * Writes `dist/_headers` after the build, from the inline code the pages really contain; `origins` are the
 * other sites pages may use (video players, the analytics tool).
 */
export function headers(options: { pages: BuiltPages; origins: AllowedOrigins; languagePaths: readonly string[] }): AstroIntegration {
	const inline: InlineCode = { scripts: new Set(), styleAttributes: new Set() };
	return {
		name: 'answerkit:headers',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				options.pages.onPage((path, html) => {
					if (!NOT_PAGES.has(path.split('/')[1])) collectInlineCode(html, inline);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				await options.pages.read(outDir);
				const pagePaths = ['/'];
				for (const entry of readdirSync(outDir)) {
					const path = join(outDir, entry);
					if (NOT_PAGES.has(entry)) continue;
					if (statSync(path).isDirectory()) pagePaths.push(`/${entry}/*`);
					else if (entry.endsWith('.html')) pagePaths.push(`/${entry}`);
				}
				writeFileSync(
					join(outDir, '_headers'),
					headersFile(contentSecurityPolicy(inline, options.origins), pagePaths, options.languagePaths),
				);
				logger.info(`_headers: ${inline.scripts.size} inline scripts and ${inline.styleAttributes.size} style attributes allowed by hash`);
			},
		},
	};
}
