import { decode } from 'entities';

/** The plain text of a rendered answer, for replies and JSON-LD: tags dropped, entities decoded, one line. */
export function plainText(html: string): string {
	return decode(html.replace(/<[^>]*>/g, ' '))
		.replace(/\s+/g, ' ')
		.replace(/\s([.,;:!?])/g, '$1')
		.trim();
}
