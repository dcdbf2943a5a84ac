/**
 * DOM for search results. Everything from the index or the query is inserted as text; excerpts keep
 * only Pagefind's <mark> elements, so no content can inject markup.
 */
import type { SearchOutcome } from '../../lib/search/engine';
import { closestCategories, type SearchData } from '../../lib/search/search-data';
import { queryWords } from '../../lib/search/query';

/** Fills in `{name}` placeholders of a UI string. */
export function format(template: string | undefined, values: Record<string, string | number>): string {
	return (template ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
	const anchor = element('a', className, text);
	anchor.href = href;
	return anchor;
}

/** Appends Pagefind's excerpt HTML as text, keeping its <mark> highlights and nothing else. */
export function appendExcerpt(parent: HTMLElement, excerptHtml: string) {
	const parsed = new DOMParser().parseFromString(`<body>${excerptHtml}</body>`, 'text/html');
	for (const node of parsed.body.childNodes) {
		if (node.nodeName === 'MARK') parent.append(element('mark', undefined, node.textContent ?? ''));
		else parent.append(document.createTextNode(node.textContent ?? ''));
	}
}

/** The result list, with title, stage and category, excerpt and sub-results for each page. */
export function renderResults(outcome: SearchOutcome, data: SearchData): HTMLElement {
	const wrapper = element('div', 'search-results');
	if (outcome.query.correctedQuery) {
		wrapper.append(
			element('p', 'search-results__corrected', format(data.strings['search.correctedTo'], { query: outcome.query.correctedQuery })),
		);
	}
	const list = element('ol', 'search-results__list');
	outcome.results.forEach((result, index) => {
		const item = element('li', 'search-result');
		const title = link(result.url, result.title, 'search-result__title');
		title.dataset.position = String(index + 1);
		item.append(title);
		const meta = [result.stage, result.category].filter(Boolean).join(' · ');
		if (meta) item.append(element('p', 'search-result__meta', meta));
		const excerpt = element('p', 'search-result__excerpt');
		if (result.excerpt) appendExcerpt(excerpt, result.excerpt);
		else excerpt.textContent = result.description;
		item.append(excerpt);
		if (result.subResults.length > 0) {
			const subs = element('ul', 'search-result__subs');
			for (const sub of result.subResults) {
				const subItem = element('li');
				const subLink = link(sub.url, sub.title);
				subLink.dataset.position = String(index + 1);
				subItem.append(subLink);
				const subExcerpt = element('p', 'search-result__excerpt');
				appendExcerpt(subExcerpt, sub.excerpt);
				subItem.append(subExcerpt);
				subs.append(subItem);
			}
			item.append(subs);
		}
		list.append(item);
	});
	wrapper.append(list);
	return wrapper;
}

/** No dead end: say so, suggest close topics or popular answers, and show how to reach support. */
export function renderNoResults(query: string, data: SearchData): HTMLElement {
	const s = data.strings;
	const wrapper = element('div', 'search-empty');
	wrapper.append(element('p', 'search-empty__title', format(s['search.noResults'], { query })));
	const categories = closestCategories(queryWords(query), data.categories);
	if (categories.length > 0) {
		wrapper.append(element('p', undefined, s['search.noResultsHint']));
		const list = element('ul', 'search-empty__list');
		for (const category of categories) list.append(listItem(link(category.url, category.title)));
		wrapper.append(list);
	}
	if (data.defaultLanguageSearch) {
		// This language's index has its translations only: the default language may have the answer.
		const { url, label, lang } = data.defaultLanguageSearch;
		const other = link(`${url}?q=${encodeURIComponent(query)}`, label);
		other.hreflang = lang;
		const paragraph = element('p');
		paragraph.append(other);
		wrapper.append(paragraph);
	}
	if (data.popular.length > 0) {
		wrapper.append(element('p', 'search-empty__heading', s['search.popular']));
		const list = element('ul', 'search-empty__list');
		for (const article of data.popular) list.append(listItem(link(article.url, article.title)));
		wrapper.append(list);
	}
	wrapper.append(renderContact(data));
	return wrapper;
}

function listItem(child: HTMLElement): HTMLLIElement {
	const item = element('li');
	item.append(child);
	return item;
}

/** The support channels, as in the site's contact block. */
export function renderContact(data: Pick<SearchData, 'strings' | 'contact'>): HTMLElement {
	const s = data.strings;
	const box = element('div', 'search-contact');
	box.dataset.stillNeedHelp = '';
	box.append(element('p', undefined, s['search.contactPrompt']));
	const channels = element('ul', 'search-empty__list');
	channels.append(listItem(link(`mailto:${data.contact.email}`, `${s['contact.email']}: ${data.contact.email}`)));
	if (data.contact.phone)
		channels.append(listItem(link(`tel:${data.contact.phone.replace(/[^+\d]/g, '')}`, `${s['contact.phone']}: ${data.contact.phone}`)));
	channels.append(element('li', undefined, `${s['contact.hours']}: ${data.contact.hours}`));
	channels.append(listItem(link(data.contact.url, s['contact.link'])));
	box.append(channels);
	return box;
}
