/**
 * Names for the groups of the article list: Decap titles a group with the field's label and its raw value
 * ("Category payment", "Stage during-purchase"); writers know the category's title and the stage's name.
 * Decap has no option for it, so the headings are renamed as Decap draws them.
 */

/** The part of the CMS configuration naming the stages (the articles' `stage` select). */
interface Config {
	collections: Array<{ name: string; fields?: Array<{ name: string; options?: Array<{ label: string; value: string }> }> }>;
}

/** The heading Decap draws for a group of `field` with `value`, and the one writers read instead. */
export function groupTitle(
	heading: string,
	names: { Stage: Record<string, string>; Category: Record<string, string> },
): string | undefined {
	const match = /^(Stage|Category) ([a-z0-9-]+)$/.exec(heading);
	const name = match && names[match[1] as 'Stage' | 'Category'][match[2]!];
	return name ? `${match![1]}: ${name}` : undefined;
}

/** Renames the article list's group headings from now on. */
export function nameGroups(config: object, categoryTitles: Record<string, string>) {
	const stageField = (config as Config).collections
		.find((collection) => collection.name === 'articles')
		?.fields?.find((field) => field.name === 'stage');
	const names = {
		Stage: Object.fromEntries((stageField?.options ?? []).map((option) => [option.value, option.label])),
		Category: categoryTitles,
	};
	const rename = () => {
		for (const heading of document.querySelectorAll('h2')) {
			const title = groupTitle(heading.textContent ?? '', names);
			// The text node itself, which React keeps updating, not a new one.
			if (title && heading.firstChild?.nodeType === Node.TEXT_NODE) heading.firstChild.nodeValue = title;
		}
	};
	new MutationObserver(rename).observe(document.body, { childList: true, subtree: true });
}
