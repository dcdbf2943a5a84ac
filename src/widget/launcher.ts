/**
 * `/widget.js`: the help widget's launcher, the one thing a shop's page loads before a customer asks for help
 * (budget: 6 KB gzipped). A button in its own shadow root, so neither page's styles reach the other; the panel
 * and the search load from the help center on the first click (src/widget/panel.ts). Built by
 * src/integrations/widget.ts, which fills in `ANSWERKIT_WIDGET`.
 */
import type { LauncherConfig, OpenPanel } from './contract';

declare const ANSWERKIT_WIDGET: LauncherConfig;

const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
	// The help center's root: where this file was loaded from.
	const base = new URL('.', script.src).href.replace(/\/$/, '');
	const { languages } = ANSWERKIT_WIDGET;
	// The shop page's language picks the help center's, as Pagefind does for its index; else the default language.
	const pageLanguage = (document.documentElement.lang || '').toLowerCase();
	const language =
		languages.find((candidate) => candidate.code.toLowerCase() === pageLanguage) ??
		languages.find((candidate) => candidate.code.toLowerCase() === pageLanguage.split('-')[0]) ??
		languages[0]!;
	const start = () => mount(base, language, script.dataset.stage);
	if (document.body) start();
	else document.addEventListener('DOMContentLoaded', start, { once: true });
}

function mount(base: string, language: LauncherConfig['languages'][number], stage: string | undefined) {
	const host = document.createElement('div');
	host.dataset.answerkitWidget = '';
	const shadow = host.attachShadow({ mode: 'open' });
	// Without the panel the launcher is a plain link to the help center: it still helps when the panel can't load.
	const launcher = document.createElement('a');
	launcher.className = 'launcher';
	launcher.href = `${base}${language.path ? `/${language.path}` : ''}/`;
	launcher.lang = language.code;
	launcher.setAttribute('role', 'button');
	launcher.setAttribute('aria-haspopup', 'dialog');
	launcher.setAttribute('aria-expanded', 'false');
	launcher.innerHTML =
		'<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M9.1 9a3 3 0 0 1 5.8 1c0 2-3 2.5-3 4M12 17.5h.01" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';
	launcher.append(language.label);
	// A constructed stylesheet, not a <style> element: a shop's Content-Security-Policy without 'unsafe-inline'
	// styles would block the element.
	shadow.adoptedStyleSheets = [sheet(LAUNCHER_CSS)];
	shadow.append(launcher);
	document.body.append(host);

	let panel: Promise<OpenPanel | undefined> | undefined;
	launcher.addEventListener('click', (event) => {
		// A modified click opens the help center in a tab, as any link does.
		if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		panel ??= import(/* @vite-ignore */ `${base}/widget/panel.js`).then(
			(module: { openPanel: OpenPanel }) => module.openPanel,
			() => undefined,
		);
		void panel.then((open) => {
			// The shop's Content-Security-Policy (or the network) kept the panel out: the link goes to the help center.
			if (open) open({ shadow, launcher, base, language, stage });
			else window.open(launcher.href, '_blank', 'noopener');
		});
	});
	launcher.addEventListener('keydown', (event) => {
		if (event.key === ' ') {
			event.preventDefault();
			launcher.click();
		}
	});
}

function sheet(css: string): CSSStyleSheet {
	const stylesheet = new CSSStyleSheet();
	stylesheet.replaceSync(css);
	return stylesheet;
}

const LAUNCHER_CSS = `
:host { all: initial; position: fixed; inset: auto 1rem 1rem auto; z-index: 2147483000; font: 16px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color-scheme: light dark; }
.launcher { display: inline-flex; align-items: center; gap: .5rem; padding: .75rem 1.1rem; border-radius: 999px; background: ${ANSWERKIT_WIDGET.accent}; color: #fff; font-weight: 600; text-decoration: none; box-shadow: 0 4px 14px rgb(0 0 0 / .25); }
.launcher:hover { filter: brightness(1.1); }
.launcher:focus-visible { outline: 3px solid #1a4fd6; outline-offset: 3px; }
.launcher[aria-expanded='true'] { display: none; }
`;
