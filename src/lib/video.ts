/**
 * Videos writers embed with `<Video url="…" title="…" />`: which hosts can play them, and the addresses
 * the click-to-load player uses. Only the hosts a shop lists under `embeds:` in settings/site.yaml may be
 * embedded, and only through their privacy-friendly players (no cookies before playing).
 */

/** The video hosts a shop can allow, by the name used in settings. */
export const VIDEO_HOSTS = {
	youtube: { label: 'YouTube', playerOrigin: 'https://www.youtube-nocookie.com' },
	vimeo: { label: 'Vimeo', playerOrigin: 'https://player.vimeo.com' },
} as const;

export type VideoHost = keyof typeof VIDEO_HOSTS;

/** A video a writer linked to, resolved to its host and player. */
export interface Video {
	host: VideoHost;
	/** The player loaded in the frame after the customer clicks. */
	embedUrl: string;
	/** The video's own page, for customers without JavaScript. */
	watchUrl: string;
}

const YOUTUBE_ID = /^[\w-]{11}$/;

/** Reads a YouTube or Vimeo address as writers copy it from the browser or a share button. */
export function parseVideoUrl(address: string): Video | undefined {
	let url: URL;
	try {
		url = new URL(address.trim());
	} catch {
		return undefined;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
	const host = url.hostname.replace(/^(www\.|m\.)/, '');
	const path = url.pathname.split('/').filter(Boolean);
	if (['youtube.com', 'youtube-nocookie.com', 'youtu.be'].includes(host)) {
		const id =
			host === 'youtu.be'
				? path[0]
				: path[0] === 'watch'
					? url.searchParams.get('v')
					: ['embed', 'shorts', 'live'].includes(path[0] ?? '')
						? path[1]
						: undefined;
		if (!id || !YOUTUBE_ID.test(id)) return undefined;
		return {
			host: 'youtube',
			embedUrl: `${VIDEO_HOSTS.youtube.playerOrigin}/embed/${id}?autoplay=1`,
			watchUrl: `https://www.youtube.com/watch?v=${id}`,
		};
	}
	if (host === 'vimeo.com' || host === 'player.vimeo.com') {
		const numbers = path.filter((part) => /^\d+$/.test(part));
		const id = numbers[0];
		if (!id) return undefined;
		// Unlisted videos carry a hash, in the path (vimeo.com/123/abc) or as ?h=abc.
		const hash = url.searchParams.get('h') ?? (host === 'vimeo.com' ? path[path.indexOf(id) + 1] : undefined);
		const privateHash = hash && /^[\da-f]+$/i.test(hash) ? `&h=${hash}` : '';
		return {
			host: 'vimeo',
			embedUrl: `${VIDEO_HOSTS.vimeo.playerOrigin}/video/${id}?autoplay=1&dnt=1${privateHash}`,
			watchUrl: `https://vimeo.com/${id}${hash && privateHash ? `/${hash}` : ''}`,
		};
	}
	return undefined;
}

/** The origins the site's CSP lets frames load from: the players of the hosts a shop allowed. */
export function embedOrigins(hosts: readonly string[]): string[] {
	return hosts.filter((host): host is VideoHost => host in VIDEO_HOSTS).map((host) => VIDEO_HOSTS[host].playerOrigin);
}
