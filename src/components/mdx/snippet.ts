import { z } from 'astro/zod';
import { MdxComponentError, element } from '../../lib/mdx/render';
import { defineWriterComponent } from './define';

/** Includes a reusable block from `snippets/<id>.mdx`: `<Snippet id="find-order-number" />`. */
export const snippet = defineWriterComponent({
	name: 'Snippet',
	label: 'Snippet',
	example: '<Snippet id="find-order-number" />',
	props: z.strictObject({ id: z.string().meta({ title: 'Snippet', references: 'snippets' }) }),
	usableIn: ['article'],
	reference: { prop: 'id', to: 'snippet' },
	render: ({ id }, _children, { snippets, render }) => {
		const source = snippets.get(id);
		if (source === undefined) throw new MdxComponentError(`<Snippet id="${id}" /> is not a snippet in snippets/`);
		let rendered;
		try {
			rendered = render(source, 'snippet');
		} catch (error) {
			throw new SnippetError(id, error as Error);
		}
		return element('div', { className: ['snippet'], dataSource: `snippets/${id}.mdx` }, rendered.children);
	},
});

/** A mistake in a snippet an article includes: the snippet's file is the one to fix. */
export class SnippetError extends Error {
	constructor(
		readonly snippet: string,
		readonly cause: Error,
	) {
		super(cause.message);
	}
}
