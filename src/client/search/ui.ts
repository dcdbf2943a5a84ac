/**
 * The search UI, loaded on first use by <kb-search> (see components/SearchBox.astro).
 * Modes: `panel` (header: results as you type in a panel), `page` (/search/: results in the page,
 * query and filters mirrored in the shareable URL), `deflect` (/contact/: answers before channels),
 * `agents` (/agents/: like `page`, with copy buttons on every answer).
 */
import type { SearchFilters, SearchOutcome } from '../../lib/search/engine';
import type { SearchData } from '../../lib/search/search-data';
import { report } from '../analytics/events';
import { loadBackend } from './backend';
import { addShareActions } from './agent-share';
import { format, renderNoResults, renderResults } from './render';

type Mode = 'panel' | 'page' | 'deflect' | 'agents';

/** How long typing must pause before a search counts as one for analytics. */
const ANALYTICS_PAUSE_MS = 1200;

/** Turns a server-rendered <kb-search> into a live search. */
export async function enhance(root: HTMLElement): Promise<void> {
	const mode = (root.dataset.mode ?? 'panel') as Mode;
	const form = root.querySelector('form')!;
	const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
	// The search page of the page's language: `/search/`, or `/nl/search/` on Dutch pages.
	const searchPage = root.dataset.searchPage ?? '/search/';
	// Set by the help widget, which searches the help center from a shop's page.
	const { data, run } = await loadBackend(searchPage, root.dataset.origin);
	const s = data.strings;

	const status = document.createElement('p');
	status.className = mode === 'panel' ? 'search-status visually-hidden' : 'search-status';
	status.setAttribute('role', 'status');
	const filters = mode === 'deflect' ? undefined : buildFilters(data, root.id || 'search');
	const output = document.createElement('div');
	output.className = 'search-output';
	panel.replaceChildren(...(filters ? [filters.element] : []), status, output);
	input.setAttribute('aria-controls', panel.id);

	const state: { query: string; filters: SearchFilters } = { query: input.value, filters: {} };
	const inPage = mode === 'page' || mode === 'agents';
	if (inPage) {
		const params = new URLSearchParams(location.search);
		// What the customer typed while the search code loaded wins over an empty address.
		state.query = params.get('q') || input.value;
		state.filters = { stage: params.get('stage') ?? undefined, category: params.get('category') ?? undefined };
		input.value = state.query;
		filters?.set(state.filters);
		document.querySelectorAll('[data-search-fallback]').forEach((node) => ((node as HTMLElement).hidden = true));
	}

	let sequence = 0;
	let analyticsTimer: ReturnType<typeof setTimeout> | undefined;
	const update = async () => {
		const current = ++sequence;
		const query = state.query.trim();
		if (inPage) syncUrl(query, state.filters);
		if (!query) {
			output.replaceChildren();
			status.textContent = '';
			if (mode === 'panel') close();
			return;
		}
		open();
		const outcome = await run(query, state.filters, () => current === sequence);
		if (!outcome || current !== sequence) return;
		render(query, outcome);
		clearTimeout(analyticsTimer);
		analyticsTimer = setTimeout(() => {
			const detail = { query, ...state.filters };
			if (outcome.results.length === 0) report(root, 'kb-search-no-results', detail);
			report(root, 'kb-search', { ...detail, results: outcome.results.length });
		}, ANALYTICS_PAUSE_MS);
	};

	const render = (query: string, outcome: SearchOutcome) => {
		const count = outcome.results.length;
		status.textContent =
			count === 0
				? format(s['search.noResults'], { query })
				: format(s[count === 1 ? 'search.results.one' : 'search.results.other'], { count, query });
		const content = count === 0 ? renderNoResults(query, data) : renderResults(outcome, data);
		if (mode === 'agents' && count > 0) addShareActions(content);
		if (count === 0) content.querySelector('.search-empty__title')?.remove();
		const nodes: HTMLElement[] = [content];
		if (mode === 'panel' && count > 0) {
			const all = document.createElement('a');
			all.className = 'search-results__all';
			all.href = resultsPageUrl(query, state.filters, searchPage);
			all.textContent = s['search.allResults'];
			nodes.push(all);
		}
		output.replaceChildren(...nodes);
		root.dispatchEvent(new CustomEvent('kb-search-rendered', { bubbles: true }));
	};

	const open = () => {
		panel.hidden = false;
		root.classList.add('is-open');
	};
	const close = () => {
		if (mode !== 'panel') return;
		panel.hidden = true;
		root.classList.remove('is-open');
	};

	input.addEventListener('input', () => {
		state.query = input.value;
		void update();
	});
	filters?.element.addEventListener('change', () => {
		state.filters = filters.get();
		void update();
	});
	form.addEventListener('submit', (event) => {
		if (mode === 'panel') return; // the results page takes over, with the query in its URL
		event.preventDefault();
		state.query = input.value;
		void update();
	});

	// Keyboard: arrows move between input and result links, Escape goes back to the field and closes.
	root.addEventListener('keydown', (event) => {
		const links = [...output.querySelectorAll<HTMLAnchorElement>('a[href]')];
		// Inside the widget's shadow root, the document only knows the widget has focus.
		const focused = (root.getRootNode() as Document | ShadowRoot).activeElement;
		const index = links.indexOf(focused as HTMLAnchorElement);
		if (event.key === 'ArrowDown' && links.length > 0 && (event.target === input || index >= 0)) {
			event.preventDefault();
			links[Math.min(index + 1, links.length - 1)].focus();
		} else if (event.key === 'ArrowUp' && index >= 0) {
			event.preventDefault();
			if (index === 0) input.focus();
			else links[index - 1].focus();
		} else if (event.key === 'Escape') {
			if (mode === 'panel' && !panel.hidden) {
				event.preventDefault();
				close();
				input.focus();
			} else if (event.target === input && input.value) {
				input.value = '';
				state.query = '';
				void update();
			}
		}
	});
	output.addEventListener('click', (event) => {
		const anchor = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-position]');
		if (anchor)
			report(root, 'kb-search-result-click', {
				query: state.query.trim(),
				url: anchor.getAttribute('href') ?? '',
				position: Number(anchor.dataset.position),
			});
	});
	if (mode === 'panel') {
		root.addEventListener('focusout', (event) => {
			if (!root.contains(event.relatedTarget as Node | null)) close();
		});
		input.addEventListener('focus', () => {
			if (state.query.trim()) open();
		});
	}
	if (state.query.trim()) await update();
}

/** Two selects, stage and category; the category list follows the chosen stage. */
function buildFilters(data: SearchData, idPrefix: string) {
	const s = data.strings;
	const element = document.createElement('div');
	element.className = 'search-filters';
	const makeSelect = (name: string, labelText: string) => {
		const label = document.createElement('label');
		label.htmlFor = `${idPrefix}-${name}`;
		label.textContent = labelText;
		const select = document.createElement('select');
		select.id = `${idPrefix}-${name}`;
		select.name = name;
		element.append(label, select);
		return select;
	};
	const stage = makeSelect('stage', s['search.filterStage']);
	const category = makeSelect('category', s['search.filterCategory']);
	stage.append(...[{ id: '', label: s['search.filterAll'] }, ...data.stages].map((option) => new Option(option.label, option.id)));
	const fillCategories = (selected?: string) => {
		const options = [
			{ id: '', title: s['search.filterAllCategories'] },
			...data.categories.filter((c) => !stage.value || c.stage === stage.value),
		];
		category.replaceChildren(...options.map((option) => new Option(option.title, option.id, false, option.id === (selected ?? ''))));
	};
	fillCategories();
	stage.addEventListener('change', () => fillCategories());

	const get = (): SearchFilters => ({ stage: stage.value || undefined, category: category.value || undefined });
	const set = (filters: SearchFilters) => {
		stage.value = filters.stage ?? '';
		fillCategories(filters.category);
	};
	return { element, get, set };
}

function resultsPageUrl(query: string, filters: SearchFilters, page: string): string {
	const params = new URLSearchParams({ q: query });
	if (filters.stage) params.set('stage', filters.stage);
	if (filters.category) params.set('category', filters.category);
	return `${page}?${params}`;
}

/** Keeps the results page's URL shareable: it always holds the current query and filters. */
function syncUrl(query: string, filters: SearchFilters) {
	const url = query ? resultsPageUrl(query, filters, location.pathname) : location.pathname;
	if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}
