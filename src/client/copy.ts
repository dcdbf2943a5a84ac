/**
 * One click copies what support agents paste into replies. Any element with `data-copy` copies, on click
 * or Enter/Space: the attribute's text, or for a link without text in it, the link's full address
 * (resolved against the page's canonical URL, so `#section` links copy the public address). Without JS
 * the links stay plain links and the reply buttons stay hidden.
 */
const CONFIRMATION_MS = 2500;

function textToCopy(trigger: HTMLElement): string {
	if (trigger.dataset.copy) return trigger.dataset.copy;
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
	return new URL(trigger.getAttribute('href') ?? '', canonical).href;
}

function announce(trigger: HTMLElement, message: string) {
	const status = document.getElementById('kb-copy-status');
	if (status) {
		// Clearing first makes screen readers announce the same message twice in a row.
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = message));
	}
	trigger.dataset.state = 'copied';
	window.setTimeout(() => delete trigger.dataset.state, CONFIRMATION_MS);
}

document.addEventListener('click', async (event) => {
	const trigger = (event.target as Element | null)?.closest<HTMLElement>('[data-copy]');
	if (!trigger) return;
	event.preventDefault();
	try {
		await navigator.clipboard.writeText(textToCopy(trigger));
		announce(trigger, trigger.dataset.copied ?? '');
	} catch {
		announce(trigger, document.getElementById('kb-copy-status')?.dataset.failed ?? '');
		delete trigger.dataset.state;
	}
});

for (const button of document.querySelectorAll<HTMLElement>('[data-copy][hidden]')) button.hidden = false;
