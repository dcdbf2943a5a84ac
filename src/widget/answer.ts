/**
 * An answer shown inside the widget's panel: the article (or FAQ answer) as the help center's own page shows
 * it, fetched from there and copied into the panel element by element. The page was built from writers'
 * markup through the site's allowlist (src/lib/writer-markup.ts); on a shop's page the copy keeps only
 * reading elements and attributes besides, so no script, handler, form or frame can come along.
 */

/** Elements whose content is no answer (controls, media players, scripts): left out with everything inside. */
const LEFT_OUT = new Set([
	'SCRIPT',
	'STYLE',
	'TEMPLATE',
	'NOSCRIPT',
	'SVG',
	'MATH',
	'BUTTON',
	'FORM',
	'INPUT',
	'SELECT',
	'TEXTAREA',
	'IFRAME',
	'OBJECT',
	'EMBED',
	'VIDEO',
	'AUDIO',
	'CANVAS',
	'LINK',
	'META',
	'KB-FEEDBACK',
]);

/** Reading elements, copied with the attributes listed for them (and `lang`, `dir`, `title`). */
const KEPT: Record<string, readonly string[]> = {
	P: [],
	UL: [],
	OL: ['start'],
	LI: [],
	DL: [],
	DT: [],
	DD: [],
	BLOCKQUOTE: [],
	PRE: [],
	HR: [],
	BR: [],
	H1: ['id'],
	H2: ['id'],
	H3: ['id'],
	H4: ['id'],
	H5: ['id'],
	H6: ['id'],
	A: ['href'],
	STRONG: [],
	EM: [],
	B: [],
	I: [],
	U: [],
	S: [],
	CODE: [],
	KBD: [],
	MARK: [],
	SUP: [],
	SUB: [],
	SMALL: [],
	ABBR: [],
	SPAN: [],
	DIV: [],
	ASIDE: [],
	SECTION: [],
	FIGURE: [],
	FIGCAPTION: [],
	PICTURE: [],
	IMG: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
	SOURCE: ['srcset', 'sizes', 'type', 'media', 'width', 'height'],
	TABLE: [],
	CAPTION: [],
	THEAD: [],
	TBODY: [],
	TFOOT: [],
	TR: [],
	TH: ['colspan', 'rowspan', 'scope'],
	TD: ['colspan', 'rowspan'],
	DETAILS: [],
	SUMMARY: [],
};
const EVERYWHERE = ['lang', 'dir', 'title', 'class'];
const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

/** A fetched answer, ready to show. */
export interface Answer {
	title: string;
	content: DocumentFragment;
}

/**
 * Fetches the help center's page at `url` and returns its answer: a FAQ question's answer when the address
 * names one (`/faq/<group>/#<question>`), else the article (or the FAQ page's questions).
 */
export async function loadAnswer(url: string): Promise<Answer> {
	const address = new URL(url);
	const response = await fetch(`${address.origin}${address.pathname}`);
	if (!response.ok) throw new Error(`${response.status} for ${address.pathname}`);
	// Style attributes go before parsing: the copy never keeps them, and parsing one would still count as an inline
	// style against the shop's Content-Security-Policy (the help center's pages allow theirs by hash).
	const html = (await response.text()).replace(/\sstyle="[^"]*"/g, '');
	const page = new DOMParser().parseFromString(html, 'text/html');
	const id = decodeURIComponent(address.hash.slice(1));
	const faqAnswer = id ? page.querySelector(`.faq__answer[id="${CSS.escape(id)}"]`) : null;
	if (faqAnswer) {
		const question = page.querySelector(`[data-search-anchor="${CSS.escape(id)}"]`)?.textContent ?? '';
		return { title: question.trim(), content: copy([...faqAnswer.childNodes], address) };
	}
	const title = page.querySelector('main h1')?.textContent?.trim() ?? '';
	const parts = [page.querySelector('.article__header .lead'), page.querySelector('.prose') ?? page.querySelector('kb-faq')];
	const nodes = parts.filter((part): part is Element => part !== null);
	if (nodes.length === 0) throw new Error(`no answer on ${address.pathname}`);
	return { title, content: copy(nodes, address) };
}

/** Copies `nodes` into a fragment of this document, keeping only the reading elements and safe addresses. */
function copy(nodes: readonly Node[], page: URL): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const node of nodes) append(fragment, node, page);
	return fragment;
}

function append(parent: Node, node: Node, page: URL) {
	if (node.nodeType === Node.TEXT_NODE) {
		parent.appendChild(document.createTextNode(node.textContent ?? ''));
		return;
	}
	if (node.nodeType !== Node.ELEMENT_NODE) return;
	const source = node as Element;
	const tag = source.tagName.toUpperCase();
	if (LEFT_OUT.has(tag) || source.hasAttribute('data-pagefind-ignore') || source.hasAttribute('hidden')) return;
	const allowed = KEPT[tag];
	if (!allowed) {
		// An element the copy doesn't know (a writer component's custom element): its content, without it.
		for (const child of source.childNodes) append(parent, child, page);
		return;
	}
	// The panel's own heading is an h2 and the answer's title an h3: the page's headings move down below them.
	const name = /^H[1-6]$/.test(tag) ? `h${Math.min(6, Number(tag[1]) + 2)}` : tag.toLowerCase();
	const target = document.createElement(name);
	for (const attribute of [...allowed, ...EVERYWHERE]) {
		const value = source.getAttribute(attribute);
		if (value === null) continue;
		if (attribute === 'href') {
			const href = safeAddress(value, page, LINK_SCHEMES);
			if (!href) continue;
			target.setAttribute('href', href);
			target.setAttribute('target', '_blank');
			target.setAttribute('rel', 'noopener');
		} else if (attribute === 'src') {
			const src = safeAddress(value, page, ['http:', 'https:']);
			if (src) target.setAttribute('src', src);
		} else if (attribute === 'srcset') {
			const candidates = value.split(',').map((candidate) => {
				const [address = '', ...size] = candidate.trim().split(/\s+/);
				const absolute = safeAddress(address, page, ['http:', 'https:']);
				return absolute ? [absolute, ...size].join(' ') : '';
			});
			if (candidates.every(Boolean)) target.setAttribute('srcset', candidates.join(', '));
		} else target.setAttribute(attribute, value);
	}
	if (name === 'img') target.setAttribute('loading', 'lazy');
	for (const child of source.childNodes) append(target, child, page);
	// Section links (`#`) and copy links carry no text once their icon is gone.
	if (name === 'a' && !target.textContent?.trim()) return;
	parent.appendChild(target);
}

/** `value` resolved against the page, when its scheme is one of `schemes`. */
function safeAddress(value: string, page: URL, schemes: readonly string[]): string | undefined {
	try {
		const url = new URL(value, page);
		return schemes.includes(url.protocol) ? url.href : undefined;
	} catch {
		return undefined;
	}
}
