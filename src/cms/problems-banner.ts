/**
 * Content problems, shown to writers inside the CMS in the build's words (file, line, what is expected):
 * when /admin/ opens and again after each save, when `npm run cms` has re-read the files. In place of the
 * developer's error overlay, which `astro dev` would otherwise put over the CMS.
 */

/** How long after a save the files are read again: the dev server notices the change, then re-checks. */
const RECHECKS_MS = [800, 2500, 6000];

/** Shows `problems` now and keeps the list current after saves. */
export function showContentProblems(
	cms: { registerEventListener: (listener: { name: string; handler: () => void }) => void },
	problems: string[],
) {
	const banner = document.createElement('section');
	banner.className = 'kb-problems';
	banner.setAttribute('aria-labelledby', 'kb-problems-title');
	banner.setAttribute('role', 'alert');
	Object.assign(banner.style, {
		position: 'fixed',
		insetInline: '0',
		bottom: '0',
		zIndex: '10000',
		maxHeight: '40vh',
		overflow: 'auto',
		padding: '12px 20px',
		background: '#fdf3e1',
		color: '#1b1f1e',
		borderTop: '3px solid #a35b00',
		font: '15px/1.45 system-ui, sans-serif',
		boxShadow: '0 -4px 12px rgb(0 0 0 / 0.15)',
	});
	document.body.append(banner);
	const render = (lines: string[], refused = false) => {
		banner.hidden = lines.length === 0;
		const title = document.createElement('h2');
		title.id = 'kb-problems-title';
		Object.assign(title.style, { font: 'inherit', fontWeight: '700', margin: '0 0 6px' });
		title.textContent = refused
			? 'Not saved: the site could not be published with this change.'
			: lines.length === 1
				? 'The site can’t be published until this is fixed:'
				: `The site can’t be published until these ${lines.length} problems are fixed:`;
		const list = document.createElement('ul');
		Object.assign(list.style, { margin: '0', paddingInlineStart: '20px' });
		for (const line of lines) {
			const item = document.createElement('li');
			item.textContent = line;
			list.append(item);
		}
		const hint = document.createElement('p');
		Object.assign(hint.style, { margin: '6px 0 0' });
		hint.textContent = refused
			? 'Your changes are still in the editor. Each line names the file, the line when known, and what is expected: fix it and publish again.'
			: 'Each line names the file, the line when known, and what is expected. Open the entry, fix it and publish again.';
		banner.replaceChildren(title, list, hint);
	};
	render(problems);

	const recheck = async () => {
		const response = await fetch('/admin/problems.json', { cache: 'no-store' }).catch(() => undefined);
		if (response?.ok) render(((await response.json()) as { problems: string[] }).problems);
	};
	cms.registerEventListener({ name: 'postSave', handler: () => RECHECKS_MS.forEach((delay) => setTimeout(recheck, delay)) });

	// `astro dev` reports a file it can't read with its error overlay: writers get the list instead.
	const replaceOverlay = () => {
		const overlay = document.querySelector('vite-error-overlay');
		if (!overlay) return;
		overlay.remove();
		void recheck();
	};
	replaceOverlay();
	new MutationObserver(replaceOverlay).observe(document.body, { childList: true });
	return { refused: (lines: string[]) => render(lines, true) };
}
