/**
 * The agents' page: every result gets the copy buttons of the page it leads to, the very links and
 * replies that page offers, read from the page itself (static, small and cached), so there is one source
 * for them and the search index stays as it is.
 */
export function addShareActions(results: HTMLElement): void {
	const pages = new Map<string, Promise<Document | undefined>>();
	const load = (path: string) => {
		if (!pages.has(path)) {
			pages.set(
				path,
				fetch(path)
					.then((response) => (response.ok ? response.text() : undefined))
					.then((html) => (html ? new DOMParser().parseFromString(html, 'text/html') : undefined))
					.catch(() => undefined),
			);
		}
		return pages.get(path)!;
	};
	for (const item of results.querySelectorAll<HTMLElement>('.search-result')) {
		const title = item.querySelector<HTMLAnchorElement>('.search-result__title');
		if (!title) continue;
		void load(new URL(title.href).pathname).then((page) => {
			if (!page || !item.isConnected) return;
			const share = page.querySelector('.article__header .share');
			if (share) item.querySelector('.search-result__excerpt')?.after(copyOf(share, title.textContent ?? ''));
			const due = page.querySelector('[data-review-due]')?.getAttribute('data-review-due');
			if (due && isPast(due)) item.querySelector('.search-result__meta')?.after(dueNotice(due));
			for (const sub of item.querySelectorAll<HTMLAnchorElement>('.search-result__subs li > a')) {
				const id = decodeURIComponent(new URL(sub.href).hash.slice(1));
				const questionShare = id ? page.getElementById(id)?.querySelector(':scope > .share') : null;
				if (questionShare) sub.parentElement?.append(copyOf(questionShare, sub.textContent ?? ''));
			}
		});
	}
}

/** Whether a YYYY-MM-DD day is before today (the build's day has long passed when agents read it). */
const isPast = (day: string) => day < new Date().toISOString().slice(0, 10);

/** "Due for review since …", from the agents' page's template, with the date in the page's language. */
function dueNotice(day: string): HTMLElement {
	const template = document.querySelector<HTMLTemplateElement>('#kb-review-due')?.content.textContent ?? '{date}';
	const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(day));
	const notice = document.createElement('p');
	notice.className = 'search-result__due';
	notice.textContent = template.replace('{date}', date);
	return notice;
}

/** The page's share group, named after the answer it copies, with its JS-only buttons shown. */
function copyOf(share: Element, label: string): HTMLElement {
	const clone = document.importNode(share, true) as HTMLElement;
	clone.setAttribute('aria-label', label);
	for (const hidden of clone.querySelectorAll<HTMLElement>('[hidden]')) hidden.hidden = false;
	return clone;
}
