interface ImportMetaEnv {
	/** True in `astro dev` only: drafts are previewed there and never built for production. */
	readonly KB_SHOW_DRAFTS: boolean;
}
