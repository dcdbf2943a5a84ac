import type { AstroIntegration } from 'astro';

/**
 * Shows drafts in `astro dev` only. Decided from the Astro command itself, because environment
 * variables such as NODE_ENV or MODE can be inherited by accident and leak drafts into a real build.
 * Pages read the flag as `import.meta.env.KB_SHOW_DRAFTS`.
 */
export function drafts(): AstroIntegration {
	return {
		name: 'answerkit:drafts',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({ vite: { define: { 'import.meta.env.KB_SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
			},
		},
	};
}
