/// <reference types="astro/client" />

interface ImportMetaEnv {
	/** True in `astro dev` only: drafts are previewed there and never built for production. */
	readonly KB_SHOW_DRAFTS: boolean;
}

// Lets plain `tsc` type-check .ts files that import components (editors with Astro's plugin see real types).
declare module '*.astro' {
	const Component: (props: Record<string, unknown>) => unknown;
	export default Component;
}

declare namespace App {
	/** Set for every request by src/middleware.ts. */
	interface Locals {
		/** The checked, indexed content in the page's language (src/data/knowledge-base.ts). */
		kb: import('./data/knowledge-base').KnowledgeBase;
		/** The interface text in the page's language. */
		t: import('./i18n').Translate;
	}
}
