import { z } from 'astro/zod';
import { MdxComponentError, element, text } from '../../lib/mdx/render';
import { defineWriterComponent } from './define';

/** A policy value from settings, so a changed value is changed everywhere: `<Policy name="return-window" />`. */
export const policy = defineWriterComponent({
	name: 'Policy',
	label: 'Policy value',
	example: '<Policy name="return-window" />',
	props: z.strictObject({ name: z.string().meta({ title: 'Policy' }) }),
	inline: true,
	usableIn: ['article', 'snippet', 'faq-answer'],
	reference: { prop: 'name', to: 'policy' },
	cmsFields: ({ policies }) => ({ name: { widget: 'select', options: Object.keys(policies) } }),
	render: ({ name }, children, { policies }) => {
		if (children.some((child) => child.type !== 'text' || child.value.trim() !== '')) {
			throw new MdxComponentError(
				`<Policy name="${name}"> shows the value from settings and takes nothing between tags. Write it as <Policy name="${name}" />`,
			);
		}
		if (!(name in policies)) throw new MdxComponentError(`<Policy name="${name}" /> is not a policy in settings/site.yaml`);
		return element('span', { className: ['policy'], dataPolicy: name }, [text(String(policies[name]))]);
	},
});
