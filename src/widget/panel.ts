/**
 * `/widget/panel.js`: the help widget's panel, loaded from the help center on the launcher's first click. In the
 * launcher's shadow root: suggested answers for the shop page's purchase stage, the help center's search (its
 * own UI, index, synonyms and typo correction, loaded on first use), answers read in the panel, and the contact
 * options behind "None of these help", as on /contact/. A dialog: focus stays inside, Escape closes it and
 * focus returns to the launcher.
 */
import type { OpenPanel } from './contract';
import { loadAnswer } from './answer';
import { PANEL_CSS } from './styles';
import { stageOfPage, type WidgetData } from '../lib/widget';
import { renderContact } from '../client/search/render';
import { startAnalytics } from '../client/analytics/sink';

let panel: { show(): void } | undefined;

export const openPanel: OpenPanel = (options) => {
	panel ??= createPanel(options);
	panel.show();
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function createPanel({ shadow, launcher, base, language, stage }: Parameters<OpenPanel>[0]) {
	const dialog = element('div', 'panel');
	dialog.setAttribute('role', 'dialog');
	dialog.setAttribute('aria-modal', 'true');
	dialog.setAttribute('aria-labelledby', 'answerkit-title');
	dialog.lang = language.code;
	dialog.hidden = true;
	const header = element('div', 'panel__header');
	const title = element('h2', 'panel__title', language.label);
	title.id = 'answerkit-title';
	const close = element('button', 'panel__close');
	close.type = 'button';
	close.setAttribute('aria-label', language.label);
	close.innerHTML =
		'<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';
	header.append(title, close);
	const body = element('div', 'panel__body');
	const status = element('p', 'panel__status');
	status.setAttribute('role', 'status');
	body.append(status);
	dialog.append(header, body);
	const styles = new CSSStyleSheet();
	styles.replaceSync(PANEL_CSS);
	shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, styles];
	shadow.append(dialog);

	const hide = () => {
		dialog.hidden = true;
		launcher.setAttribute('aria-expanded', 'false');
		launcher.focus();
	};
	const show = () => {
		dialog.hidden = false;
		launcher.setAttribute('aria-expanded', 'true');
		(dialog.querySelector<HTMLElement>('input') ?? close).focus();
	};
	close.addEventListener('click', hide);
	dialog.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			hide();
		} else if (event.key === 'Tab') keepFocusInside(event, dialog);
	});

	const prefix = language.path ? `/${language.path}` : '';
	fetch(`${base}${prefix}/widget/data.json`)
		.then((response) => {
			if (!response.ok) throw new Error(String(response.status));
			return response.json() as Promise<WidgetData>;
		})
		.then((data) => {
			fill({ data, dialog, title, close, body, status, base, stage });
			if (!dialog.hidden) show();
			if (data.analytics) void startAnalytics(data.analytics);
		})
		.catch(() => {
			// The shop's Content-Security-Policy or the network kept the help center out: a plain way there.
			const link = element('a', 'panel__fallback', launcher.textContent ?? '');
			link.href = (launcher as HTMLAnchorElement).href;
			link.target = '_blank';
			link.rel = 'noopener';
			body.replaceChildren(link);
		});
	return { show };
}

/** Moves focus from the last focusable element to the first (and back with Shift): the dialog keeps it. */
function keepFocusInside(event: KeyboardEvent, dialog: HTMLElement) {
	const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href], button, input, summary')].filter(
		(node) => !node.closest('[hidden]') && node.getClientRects().length > 0,
	);
	const first = focusable[0];
	const last = focusable.at(-1);
	const active = (dialog.getRootNode() as ShadowRoot).activeElement;
	if (!first || !last) return;
	if (event.shiftKey && (active === first || !dialog.contains(active))) {
		event.preventDefault();
		last.focus();
	} else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
		event.preventDefault();
		first.focus();
	}
}

function fill(view: {
	data: WidgetData;
	dialog: HTMLElement;
	title: HTMLElement;
	close: HTMLElement;
	body: HTMLElement;
	status: HTMLElement;
	base: string;
	stage: string | undefined;
}) {
	const { data, dialog, title, close, body, status, base } = view;
	const s = data.strings;
	const absolute = (path: string) => new URL(path, base).href;
	title.textContent = s['widget.title']!;
	close.setAttribute('aria-label', s['widget.close']!);

	// Suggested answers for the page's stage, else the help center's featured answers.
	const stageId = stageOfPage(
		view.stage,
		location.pathname,
		data.pages,
		data.stages.map((stage) => stage.id),
	);
	const stage = data.stages.find((candidate) => candidate.id === stageId);
	const suggestions = element('section', 'suggestions');
	suggestions.setAttribute('aria-labelledby', 'answerkit-suggested');
	const heading = element('h3', 'suggestions__title', stage ? `${s['widget.suggested']}: ${stage.label}` : s['widget.suggested']);
	heading.id = 'answerkit-suggested';
	const list = element('ul', 'suggestions__list');
	for (const article of stage?.suggestions ?? data.popular) {
		const item = element('li');
		const link = element('a', '', article.title);
		link.href = absolute(article.url);
		item.append(link);
		list.append(item);
	}
	suggestions.append(heading, list);

	// The search: the help center's search UI in its contact-page mode (results in place, no filters). Before its
	// code loads, and if it can't, the form opens the help center's results page.
	const search = element('div', 'search');
	search.dataset.mode = 'deflect';
	search.dataset.searchPage = data.searchPage;
	search.dataset.origin = base;
	const form = element('form', 'search__form');
	form.setAttribute('role', 'search');
	form.action = absolute(data.searchPage);
	form.method = 'get';
	form.target = '_blank';
	const label = element('label', 'search__label', s['search.label']);
	label.htmlFor = 'answerkit-query';
	const row = element('div', 'search__row');
	const input = element('input');
	Object.assign(input, { id: 'answerkit-query', type: 'search', name: 'q', autocomplete: 'off', placeholder: s['search.placeholder'] });
	input.setAttribute('enterkeyhint', 'search');
	const submit = element('button', '', s['search.submit']);
	submit.type = 'submit';
	row.append(input, submit);
	form.append(label, row);
	const results = element('div', 'search-panel');
	results.id = 'answerkit-results';
	results.dataset.searchPanel = '';
	results.hidden = true;
	search.append(form, results);
	let searchReady: Promise<void> | undefined;
	const startSearch = () =>
		(searchReady ??= import('../client/search/ui').then(
			(ui) => ui.enhance(search),
			() => {}, // the plain form still works
		));
	input.addEventListener('focus', () => void startSearch(), { once: true });
	input.addEventListener('input', () => {
		void startSearch();
		suggestions.hidden = input.value.trim() !== '';
	});

	// An answer read in the panel, with the way back to where it was chosen.
	const answer = element('section', 'answer');
	answer.hidden = true;
	answer.setAttribute('aria-labelledby', 'answerkit-answer');
	const browse = element('div', 'browse');
	browse.append(search, suggestions);
	let chosenFrom: HTMLElement | undefined;
	const back = () => {
		answer.hidden = true;
		answer.replaceChildren();
		browse.hidden = false;
		chosenFrom?.focus();
	};
	const showAnswer = async (url: string) => {
		browse.hidden = true;
		answer.hidden = false;
		const backButton = element('button', 'answer__back', s['widget.back']);
		backButton.type = 'button';
		backButton.addEventListener('click', back);
		const answerTitle = element('h3', 'answer__title');
		answerTitle.id = 'answerkit-answer';
		answerTitle.tabIndex = -1;
		answer.replaceChildren(backButton, answerTitle);
		status.textContent = s['widget.loading']!;
		const full = element('a', 'answer__full', s['widget.fullArticle']);
		full.href = url;
		full.target = '_blank';
		full.rel = 'noopener';
		try {
			const { title: text, content } = await loadAnswer(url);
			answerTitle.textContent = text;
			const prose = element('div', 'answer__body');
			prose.append(content);
			answer.append(prose, full);
			status.textContent = '';
		} catch {
			answerTitle.textContent = s['widget.unavailable']!;
			answer.append(full);
			status.textContent = s['widget.unavailable']!;
		}
		answerTitle.focus();
		const target = new URL(url).hash.slice(1);
		if (target) answer.querySelector(`[id="${CSS.escape(decodeURIComponent(target))}"]`)?.scrollIntoView();
	};
	dialog.addEventListener('click', (event) => {
		const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href]');
		if (!link || !browse.contains(link) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
		const url = new URL(link.href);
		// Answers open in the panel; other pages (a category, the contact page) in a tab of the help center.
		if (url.origin === new URL(base).origin && /\/(articles|faq)\/[^/]+\/$/.test(url.pathname)) {
			event.preventDefault();
			chosenFrom = link;
			void showAnswer(url.href);
		} else if (!link.target) link.target = '_blank';
	});

	// Contact: answers first, the channels when the customer says none of them helps (as on /contact/).
	const reveal = element('button', 'contact__reveal', s['contact.reveal']);
	reveal.type = 'button';
	const channels = renderContact({ strings: s, contact: { ...data.contact, url: absolute(data.contact.url) } });
	channels.hidden = true;
	channels.tabIndex = -1;
	for (const link of channels.querySelectorAll('a')) link.target = link.href.startsWith('http') ? '_blank' : '';
	reveal.addEventListener('click', () => {
		reveal.hidden = true;
		channels.hidden = false;
		channels.focus();
	});
	const home = element('a', 'panel__home', s['widget.helpCenter']);
	home.href = absolute(data.home);
	home.target = '_blank';
	home.rel = 'noopener';
	body.replaceChildren(status, browse, answer, reveal, channels, home);
	status.textContent = '';
}
