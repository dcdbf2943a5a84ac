import { z } from 'astro/zod';
import { element } from '../../lib/mdx/render';
import { defineWriterComponent } from './define';

/** A numbered procedure: wraps a Markdown ordered list, `<Steps>1. …</Steps>`. */
export const steps = defineWriterComponent({
	name: 'Steps',
	label: 'Steps',
	example: '<Steps>\n1. Open My orders.\n</Steps>',
	props: z.strictObject({}),
	children: { label: 'Steps (a numbered list)' },
	usableIn: ['article', 'snippet'],
	render: (_props, children) => element('div', { className: ['steps'] }, children),
});
