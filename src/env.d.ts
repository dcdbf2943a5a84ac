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
