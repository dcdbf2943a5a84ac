import { decode } from 'entities';

/**
 * A ready reply for support agents: the question, the one-sentence answer and the permanent link, as
 * plain text that pastes cleanly into email and chat tools.
 */
export function replyText(title: string, answer: string, link: string): string {
	return `${title}\n${answer}\n${link}`;
}

/** The plain text of rendered HTML (a FAQ answer), for replies: tags dropped, entities decoded, one line. */
export function plainText(html: string): string {
	return decode(html.replace(/<[^>]*>/g, ' '))
		.replace(/\s+/g, ' ')
		.replace(/\s([.,;:!?])/g, '$1')
		.trim();
}
