import { z } from 'astro/zod';
import { MdxComponentError, element, text } from '../../lib/mdx/render';
import { parseVideoUrl, VIDEO_HOSTS } from '../../lib/video';
import { defineWriterComponent } from './define';

/**
 * A video from a host the shop allows: `<Video url="https://www.youtube.com/watch?v=…" title="…" />`. The
 * page shows a poster with the title; nothing is requested from the host until the customer clicks
 * (src/client/video.ts swaps in the player), and without JavaScript the poster links to the video's page.
 */
export const video = defineWriterComponent({
	name: 'Video',
	label: 'Video',
	example: '<Video url="https://www.youtube.com/watch?v=aqz-KE-bpKQ" title="How to pack your return" />',
	props: z.strictObject({
		url: z
			.string()
			.refine((url) => parseVideoUrl(url), {
				error: (issue) =>
					`<Video url="${String(issue.input)}"> is not a YouTube or Vimeo video address. Copy the address from the video's page, e.g. https://www.youtube.com/watch?v=aqz-KE-bpKQ`,
			})
			.meta({
				title: 'Video address (YouTube or Vimeo)',
				description: "Copy it from the video's page. The site must list the host under Embeds in Site settings.",
			}),
		title: z
			.string()
			.refine((title) => title.trim().length >= 3, {
				error: '<Video> needs a title saying what the video shows, e.g. <Video url="…" title="How to pack your return" />',
			})
			.meta({ title: 'What the video shows' }),
	}),
	usableIn: ['article', 'snippet'],
	render: ({ url, title }, _children, { embeds, t }) => {
		const found = parseVideoUrl(url)!;
		const host = VIDEO_HOSTS[found.host].label;
		if (!embeds.includes(found.host)) {
			throw new MdxComponentError(
				`<Video> from ${host} is not allowed on this site. Add "${found.host}" under embeds: in settings/site.yaml (Site settings in the CMS), or link to the video instead.`,
			);
		}
		return element('div', { className: ['video'] }, [
			element('kb-video', { dataEmbed: found.embedUrl, dataTitle: title }, [
				element('a', { className: ['video__poster'], href: found.watchUrl }, [
					element('span', { className: ['video__play'], ariaHidden: 'true' }),
					element('span', { className: ['video__title'] }, [text(t('video.play', { title }))]),
					element('span', { className: ['video__note'] }, [text(t('video.notice', { host }))]),
				]),
			]),
		]);
	},
});
