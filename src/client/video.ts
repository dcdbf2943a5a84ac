/**
 * `<kb-video>`: a video poster that becomes the host's player when clicked. Until then the page makes no
 * request to the video host. Without JavaScript the poster is a link to the video's own page.
 */
class KbVideo extends HTMLElement {
	connectedCallback() {
		const poster = this.querySelector('a');
		poster?.addEventListener('click', (event) => {
			// Let a new-tab click open the video's page as a link does.
			if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			event.preventDefault();
			const player = document.createElement('iframe');
			player.src = this.dataset.embed ?? '';
			player.title = this.dataset.title ?? '';
			player.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
			player.allowFullscreen = true;
			player.className = 'video__player';
			poster.replaceWith(player);
			player.focus();
		});
	}
}

if (!customElements.get('kb-video')) customElements.define('kb-video', KbVideo);
