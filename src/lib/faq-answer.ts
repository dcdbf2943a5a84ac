import { decode } from 'entities';
import { markdownToHtml } from 'satteri';

const POLICY_TAG = /<Policy\s+name\s*=\s*(?:"([^"]*)"|'([^']*)')\s*\/>/g;

/**
 * Renders a FAQ answer (short Markdown from YAML) to HTML.
 * `<Policy name="…" />` is replaced by the policy's value, like in articles; any other HTML the
 * writer typed is shown as text rather than interpreted, so an answer can never break the page.
 */
export function renderFaqAnswer(answer: string, policies: Readonly<Record<string, string | number>>): string {
	const withPolicies = answer.replace(POLICY_TAG, (tag, double?: string, single?: string) => {
		const name = double ?? single ?? '';
		if (!(name in policies)) throw new Error(`<Policy name="${name}" /> is not a policy in settings/site.yaml`);
		return String(policies[name]);
	});
	return markdownToHtml(withPolicies.replaceAll('<', '&lt;')).html;
}

/** The plain text of a rendered answer, for replies and JSON-LD: tags dropped, entities decoded, one line. */
export function plainText(html: string): string {
	return decode(html.replace(/<[^>]*>/g, ' '))
		.replace(/\s+/g, ' ')
		.replace(/\s([.,;:!?])/g, '$1')
		.trim();
}
