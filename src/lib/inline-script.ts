/**
 * Inline scripts are written readably in src/client/inline/ and shipped minified: they run before anything
 * else on every page, so their bytes count on every page view. The CSP hashes are taken from the built pages.
 */
import { transform } from 'esbuild';

const minified = new Map<string, Promise<string>>();

/** The script `source` (plain JavaScript) minified for a `<script is:inline set:html>`. */
export function inlineScript(source: string): Promise<string> {
	let code = minified.get(source);
	if (!code) {
		code = transform(source, { minify: true, loader: 'js', target: 'es2020', legalComments: 'none' }).then((result) => result.code.trim());
		minified.set(source, code);
	}
	return code;
}
