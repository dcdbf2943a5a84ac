import { z } from 'astro/zod';
import { element, text } from '../../lib/mdx/render';
import { defineWriterComponent } from './define';

/** The kinds of `<Callout type="…">`. */
export const CALLOUT_TYPES = ['info', 'warning', 'success'] as const;

/** A highlighted note: `<Callout type="warning" title="…">…</Callout>`. */
export const callout = defineWriterComponent({
	name: 'Callout',
	label: 'Callout',
	example: '<Callout type="warning" title="Before you send it">…</Callout>',
	props: z.strictObject({
		type: z
			.enum(CALLOUT_TYPES, { error: (issue) => `<Callout type="${String(issue.input)}"> must be one of ${CALLOUT_TYPES.join(', ')}` })
			.default('info')
			.meta({ title: 'Type' }),
		title: z.string().optional().meta({ title: 'Title' }),
	}),
	children: { label: 'Text' },
	usableIn: ['article', 'snippet'],
	render: ({ type, title }, children, { t }) =>
		element('div', { className: ['callout', `callout--${type}`], role: 'note' }, [
			element('p', { className: ['callout__title'] }, [text(title ?? t(`callout.${type}`))]),
			element('div', { className: ['callout__body'] }, children),
		]),
});
