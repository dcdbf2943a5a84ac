/**
 * Which Git backend /admin/ talks to, read from environment variables at build time (never from code):
 * see docs/cms.md, "Editing through the CMS".
 */

/** Environment variables that choose and configure the CMS backend. */
export interface BackendOptions {
	env?: Record<string, string | undefined>;
	/**
	 * Set by `npm run cms` (through `KB_CMS_LOCAL`): `fs` edits the files in place, `git` runs the
	 * editorial workflow against the local repository.
	 */
	local?: 'fs' | 'git';
}

/** The port `npm run cms` starts decap-server on. */
export const LOCAL_BACKEND_PORT = 8081;

const truthy = (value: string | undefined, fallback: boolean) =>
	value === undefined || value === '' ? fallback : !/^(0|false|no|off)$/i.test(value);

function required(env: Record<string, string | undefined>, name: string, backend: string): string {
	const value = env[name]?.trim();
	if (!value) throw new Error(`KB_CMS_BACKEND=${backend} needs ${name} (see docs/cms.md, "Production backends")`);
	return value;
}

/**
 * The `backend`, `local_backend` and `publish_mode` keys of the Decap configuration.
 * - `KB_CMS_BACKEND=github`: `KB_CMS_REPO` (owner/name), optional `KB_CMS_BRANCH`, and the OAuth client
 *   (`KB_CMS_AUTH_BASE_URL`, optional `KB_CMS_AUTH_ENDPOINT`).
 * - `KB_CMS_BACKEND=gitlab`: `KB_CMS_REPO`, `KB_CMS_GITLAB_APP_ID` (PKCE, no server needed), optional
 *   `KB_CMS_BRANCH`, `KB_CMS_API_ROOT` and `KB_CMS_BASE_URL` for self-hosted GitLab.
 * - `KB_CMS_EDITORIAL_WORKFLOW=false` publishes directly instead of draft → in review → ready.
 * - unset: only the local backend of `npm run cms` works (on port `KB_CMS_LOCAL_PORT`, default 8081).
 */
export function backendConfig({ env = process.env, local }: BackendOptions = {}) {
	const localProxy = `http://localhost:${env.KB_CMS_LOCAL_PORT || LOCAL_BACKEND_PORT}/api/v1`;
	if (local) {
		return {
			backend: { name: 'proxy', proxy_url: localProxy, branch: env.KB_CMS_BRANCH || 'main' },
			...(local === 'git' ? { publish_mode: 'editorial_workflow' } : {}),
		};
	}
	const name = env.KB_CMS_BACKEND?.trim();
	const editorial = truthy(env.KB_CMS_EDITORIAL_WORKFLOW, true) ? { publish_mode: 'editorial_workflow' } : {};
	const branch = env.KB_CMS_BRANCH?.trim() || 'main';
	if (name === 'github') {
		return {
			backend: {
				name: 'github',
				repo: required(env, 'KB_CMS_REPO', name),
				branch,
				base_url: required(env, 'KB_CMS_AUTH_BASE_URL', name),
				...(env.KB_CMS_AUTH_ENDPOINT ? { auth_endpoint: env.KB_CMS_AUTH_ENDPOINT } : {}),
			},
			...editorial,
		};
	}
	if (name === 'gitlab') {
		return {
			backend: {
				name: 'gitlab',
				repo: required(env, 'KB_CMS_REPO', name),
				branch,
				auth_type: 'pkce',
				app_id: required(env, 'KB_CMS_GITLAB_APP_ID', name),
				...(env.KB_CMS_API_ROOT ? { api_root: env.KB_CMS_API_ROOT } : {}),
				...(env.KB_CMS_BASE_URL ? { base_url: env.KB_CMS_BASE_URL } : {}),
			},
			...editorial,
		};
	}
	if (name) throw new Error(`KB_CMS_BACKEND must be github or gitlab, got "${name}"`);
	// No production backend configured: /admin/ works with `npm run cms` on this machine only.
	return { backend: { name: 'proxy', proxy_url: localProxy, branch }, local_backend: true };
}
