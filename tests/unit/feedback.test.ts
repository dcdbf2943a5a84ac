/** What a customer's feedback may carry (src/lib/feedback.ts). */
import { describe, expect, it } from 'vitest';
import { cleanFeedbackText, FEEDBACK_TEXT_MAX } from '../../src/lib/feedback';

describe('feedback text', () => {
	it('loses e-mail addresses and phone numbers before it is sent', () => {
		expect(cleanFeedbackText('Mail me at jan.de-vries+help@example.nl or call +31 6 1234 5678, order FH-20481937')).toBe(
			'Mail me at [e-mail] or call [phone], order FH-[phone]',
		);
		expect(cleanFeedbackText('Ruf mich an: 030/123 45 67')).toBe('Ruf mich an: [phone]');
	});

	it('keeps short numbers, prices and dates, trims and collapses space, and stops at 200 characters', () => {
		expect(cleanFeedbackText('  It took 5–10 days,\n\nnot 2-4 (order of €49.95 on 2026-10-14)  ')).toBe(
			'It took 5–10 days, not 2-4 (order of €49.95 on 2026-10-14)',
		);
		expect(cleanFeedbackText('a'.repeat(500))).toHaveLength(FEEDBACK_TEXT_MAX);
	});
});
