/**
 * HTTP headers for production, written to `dist/_headers` (Netlify, Cloudflare Pages; docs/cms.md lists the
 * equivalents for other hosts). The Content-Security-Policy allows nothing from other origins, and of
 * inline code only the exact scripts and style attributes the build produced, by their hashes.
 */
import { createHash } from 'node:crypto';

/** Inline code found in the built pages. */
export interface InlineCode {
	scripts: Set<string>;
	styleAttributes: Set<string>;
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;

/** Collects the inline scripts (not JSON data blocks) and style attributes of one page. */
export function collectInlineCode(html: string, into: InlineCode = { scripts: new Set(), styleAttributes: new Set() }): InlineCode {
	for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
		const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
		if (type && type !== 'module' && type !== 'text/javascript') continue;
		into.scripts.add(body);
	}
	// Attribute values are HTML-escaped in the page; the browser hashes the decoded text.
	for (const [, value] of html.matchAll(STYLE_ATTRIBUTE))
		into.styleAttributes.add(value.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&'));
	return into;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Other origins pages may use, by directive: video players (`embeds:`), the analytics tool (`analytics:`). */
export interface AllowedOrigins {
	frame?: readonly string[];
	script?: readonly string[];
	connect?: readonly string[];
	img?: readonly string[];
}

/**
 * The site's Content-Security-Policy. Besides the site itself it allows only `origins`: the video players
 * the shop allowed (src/lib/video.ts) and its analytics tool (src/lib/analytics.ts).
 */
export function contentSecurityPolicy(inline: InlineCode, origins: AllowedOrigins = {}): string {
	const sorted = (values: Set<string>) => [...values].map(hash).sort();
	const styleHashes = sorted(inline.styleAttributes);
	const { frame = [], script = [], connect = [], img = [] } = origins;
	return [
		"default-src 'self'",
		// Pagefind compiles its WebAssembly; nothing else is evaluated.
		['script-src', "'self'", ...script, "'wasm-unsafe-eval'", ...sorted(inline.scripts)].join(' '),
		['style-src', "'self'", ...(styleHashes.length ? ["'unsafe-hashes'", ...styleHashes] : [])].join(' '),
		['img-src', "'self'", 'data:', ...img].join(' '),
		"font-src 'self'",
		['connect-src', "'self'", ...connect].join(' '),
		...(frame.length ? [['frame-src', "'self'", ...frame].join(' ')] : []),
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

/** Headers every page of the help center gets. */
export function pageHeaders(csp: string): Record<string, string> {
	return {
		'Content-Security-Policy': csp,
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
		'Cache-Control': 'public, max-age=0, must-revalidate',
	};
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * What the help widget loads from a shop's page (another origin), and so may be read from any origin: its code,
 * the search index, and per language the search and widget data and the answers it shows (article and FAQ pages).
 * All public and without cookies, so `*` gives away nothing.
 */
export function widgetPaths(languagePaths: readonly string[]): string[] {
	return [
		'/widget.js',
		'/widget/*',
		'/pagefind/*',
		...languagePaths.flatMap((lang) => {
			const prefix = lang ? `/${lang}` : '';
			return [
				`${prefix}/widget/data.json`,
				`${prefix}/search/data.json`,
				`${prefix}/search/vocabulary/*`,
				`${prefix}/articles/*`,
				`${prefix}/faq/*`,
			];
		}),
	];
}

/**
 * The `_headers` file. Hosts apply every rule whose path matches and join repeated headers, which would
 * stack two policies on /admin/, so the page rules name the site's own paths (`pagePaths`, e.g. `/`,
 * `/articles/*`) and /admin/ keeps Decap's needs (it evaluates code and injects styles): only caching.
 */
export function headersFile(csp: string, pagePaths: readonly string[], languagePaths: readonly string[] = ['']): string {
	const block = (path: string, headers: Record<string, string>) => [
		path,
		...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
	];
	return [
		...pagePaths.flatMap((path) => block(path, pageHeaders(csp))),
		...block('/_astro/*', { 'Cache-Control': IMMUTABLE }),
		...block('/pagefind/fragment/*', { 'Cache-Control': IMMUTABLE }),
		...block('/pagefind/index/*', { 'Cache-Control': IMMUTABLE }),
		...block('/admin/*', { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=0, must-revalidate' }),
		...widgetPaths(languagePaths).flatMap((path) => block(path, { 'Access-Control-Allow-Origin': '*' })),
		'',
	].join('\n');
}
