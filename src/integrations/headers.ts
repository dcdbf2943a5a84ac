import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectInlineCode, contentSecurityPolicy, headersFile, type InlineCode } from '../lib/headers';

/** Output folders that hold no pages of the help center (assets, the search index, the CMS). */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'admin']);

/** Writes `dist/_headers` after the build, from the inline code the pages really contain. */
export function headers(): AstroIntegration {
	return {
		name: 'answerkit:headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const inline: InlineCode = { scripts: new Set(), styleAttributes: new Set() };
				const pagePaths = ['/'];
				for (const entry of readdirSync(outDir)) {
					const path = join(outDir, entry);
					if (NOT_PAGES.has(entry)) continue;
					if (statSync(path).isDirectory()) pagePaths.push(`/${entry}/*`);
					else if (entry.endsWith('.html')) pagePaths.push(`/${entry}`);
				}
				for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
					if (file.endsWith('.html') && !NOT_PAGES.has(file.split(/[\\/]/)[0])) collectInlineCode(readFileSync(join(outDir, file), 'utf8'), inline);
				}
				writeFileSync(join(outDir, '_headers'), headersFile(contentSecurityPolicy(inline), pagePaths));
				logger.info(`_headers: ${inline.scripts.size} inline scripts and ${inline.styleAttributes.size} style attributes allowed by hash`);
			},
		},
	};
}
