/**
 * What a customer's feedback may carry: a vote, a reason from a fixed list, and a short text with
 * e-mail addresses and phone numbers taken out, so nothing that identifies them leaves their browser.
 * Plain module: the feedback widget sends it, tests check it.
 */

/** The reasons offered after "No", in the order shown. */
export const FEEDBACK_REASONS = ['unanswered', 'outdated', 'unclear', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** The longest text a customer can add. */
export const FEEDBACK_TEXT_MAX = 200;

/** One vote on an article or a FAQ answer. */
export interface Feedback {
	/** The page (and `#question` for a FAQ answer) the vote is about. */
	page: string;
	helpful: boolean;
	reason?: FeedbackReason;
	text?: string;
}

const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+/g;
// Seven or more digits, with the spaces, dots, dashes, slashes and brackets phone numbers are written with.
const PHONE = /\+?\d[\d\s().\/-]{5,}\d/g;

/** The text as it may be sent: trimmed, e-mail addresses and phone numbers replaced, at most 200 characters. */
export function cleanFeedbackText(text: string): string {
	return (
		text
			.replace(EMAIL, '[e-mail]')
			// Dates (2026-10-14) are not phone numbers; long numbers such as order numbers go too.
			.replace(PHONE, (match) => (match.replace(/\D/g, '').length >= 7 && !/^\d{4}-\d{2}-\d{2}$/.test(match) ? '[phone]' : match))
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, FEEDBACK_TEXT_MAX)
	);
}
