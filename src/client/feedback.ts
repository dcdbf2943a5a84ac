/**
 * A customer's vote on an article or FAQ answer (src/components/Feedback.astro): sent once per page view,
 * as the `kb-feedback` analytics event; after "No", an optional reason and text (`kb-feedback-reason`),
 * cleaned of e-mail addresses and phone numbers; then a thank-you and, after "No", the way to support.
 * Nothing is stored in the browser.
 */
import { cleanFeedbackText, type FeedbackReason } from '../lib/feedback';
import { report } from './analytics/events';

function fromTemplate(id: string): DocumentFragment {
	return (document.getElementById(id) as HTMLTemplateElement).content.cloneNode(true) as DocumentFragment;
}

/** Records a vote on `root` (once), then asks why after "No". */
export function vote(root: HTMLElement, helpful: boolean) {
	if (root.dataset.voted) return;
	root.dataset.voted = helpful ? 'yes' : 'no';
	const page = root.dataset.page ?? location.pathname;
	report(root, 'kb-feedback', { page, helpful: helpful ? 'yes' : 'no' });
	root.querySelector('.feedback__votes')?.remove();
	if (helpful) return thank(root, false);

	root.append(fromTemplate('kb-feedback-reasons'));
	const form = root.querySelector('form')!;
	form.querySelector('input')?.focus();
	form.addEventListener(
		'submit',
		(event) => {
			event.preventDefault();
			const data = new FormData(form);
			const reason = (data.get('reason') as FeedbackReason | null) ?? undefined;
			const text = cleanFeedbackText(String(data.get('text') ?? ''));
			if (reason || text) report(root, 'kb-feedback-reason', { page, ...(reason && { reason }), ...(text && { text }) });
			form.remove();
			thank(root, true);
		},
		{ once: true },
	);
}

/** The thank-you, focused so screen readers say it, and after "No" the way to support. */
function thank(root: HTMLElement, withContact: boolean) {
	root.append(fromTemplate('kb-feedback-thanks'));
	if (withContact) root.append(fromTemplate('kb-feedback-contact'));
	root.querySelector<HTMLElement>('.feedback__thanks')?.focus();
}
