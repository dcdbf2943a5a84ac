/**
 * A ready reply for support agents: the question, the one-sentence answer and the permanent link, as
 * plain text that pastes cleanly into email and chat tools. Used by pages and by the agents' search.
 */
export function replyText(title: string, answer: string, link: string): string {
	return `${title}\n${answer}\n${link}`;
}
