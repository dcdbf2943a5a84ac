/**
 * The CMS's writing aids that need no browser: ids made from FAQ questions, keywords typed as one line,
 * policy values put where the cursor is, and "Updated" moving when an article changes.
 */
import { describe, expect, it } from 'vitest';
import { questionId } from '../../src/cms/question-id-widget';
import { keywordsOf } from '../../src/cms/keywords-widget';
import { insertAt } from '../../src/cms/answer-widget';
import { today } from '../../src/cms/date-widget';
import { moveUpdatedDate } from '../../src/cms/updated-on-save';
import { groupTitle } from '../../src/cms/group-labels';
import { ID_PATTERN } from '../../src/schemas';

describe('FAQ question ids made from the question', () => {
	it.each([
		['When does my return period start?', 'when-does-my-return-period-start'],
		['Kann ich meine Lieferadresse ändern?', 'kann-ich-meine-lieferadresse-andern'],
		['  "Gift cards" & vouchers: 50% off?! ', 'gift-cards-vouchers-50-off'],
		['Où est mon colis ?', 'ou-est-mon-colis'],
	])('%s → %s', (question, id) => {
		expect(questionId(question)).toBe(id);
		expect(id).toMatch(ID_PATTERN);
	});

	it('stays under 60 characters, cut between words, and is empty when no letter is Latin', () => {
		const id = questionId('Can I change the delivery address after my order has shipped and is on its way to me?');
		expect(id.length).toBeLessThanOrEqual(60);
		expect(id).toMatch(ID_PATTERN);
		expect('can-i-change-the-delivery-address-after-my-order-has-shipped-and'.startsWith(id)).toBe(true);
		expect(questionId('返品できますか？')).toBe('');
	});
});

describe('keywords typed as one line', () => {
	it('keeps spaces inside phrases and splits at commas', () => {
		expect(keywordsOf('delivery slot, change delivery time ,  , late parcel')).toEqual([
			'delivery slot',
			'change delivery time',
			'late parcel',
		]);
	});
});

describe('policy values in FAQ answers', () => {
	it('go where the cursor is', () => {
		expect(insertAt('Returns within  of delivery.', 15, '<Policy name="return-window" />')).toEqual({
			text: 'Returns within <Policy name="return-window" /> of delivery.',
			caret: 46,
		});
		expect(insertAt('abc', 99, 'X')).toEqual({ text: 'abcX', caret: 4 });
	});
});

describe('"Updated" when an article is saved', () => {
	const before = '---\ntitle: Refunds\nupdated: 2026-01-10\n---\nYour money comes back in 5 days.\n';
	const step = (keeps = false) =>
		moveUpdatedDate(
			'content',
			() => '2026-12-05',
			() => keeps,
		);
	const save = async (path: string, raw: string, current: string | undefined, keeps = false) =>
		(await step(keeps)([{ path, raw }], { current: async () => current, uploads: [] }))[0]!.raw;

	it('becomes the day of the save when anything else changed', async () => {
		const edited = before.replace('5 days', '3 days');
		expect(await save('content/articles/en/refunds.mdx', edited, before)).toBe(edited.replace('2026-01-10', '2026-12-05'));
		expect(await save('content/articles/nl/refunds.mdx', edited, before)).toContain('updated: 2026-12-05');
	});

	it('stays when the writer keeps it, when only the date changed, for new articles and for other files', async () => {
		const edited = before.replace('5 days', '3 days');
		expect(await save('content/articles/en/refunds.mdx', edited, before, true)).toBe(edited);
		const redated = before.replace('2026-01-10', '2026-02-01');
		expect(await save('content/articles/en/refunds.mdx', redated, before)).toBe(redated);
		expect(await save('content/articles/en/refunds.mdx', edited, undefined)).toBe(edited);
		expect(await save('content/snippets/en/refunds.mdx', edited, before)).toBe(edited);
	});

	it('is a local calendar day', () => {
		expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});

describe('group headings of the article list', () => {
	const names = { Stage: { 'during-purchase': 'During purchase' }, Category: { payment: 'Payment' } };
	it('name the stage and the category instead of their ids', () => {
		expect(groupTitle('Stage during-purchase', names)).toBe('Stage: During purchase');
		expect(groupTitle('Category payment', names)).toBe('Category: Payment');
		expect(groupTitle('Category: Payment', names)).toBeUndefined();
		expect(groupTitle('Category unknown-one', names)).toBeUndefined();
	});
});
