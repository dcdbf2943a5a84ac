/** schema.org structured data for search engines, serialised safely for a <script> tag. */

/** One step of a breadcrumb trail. */
export interface Crumb {
	name: string;
	url: string;
}

/** `BreadcrumbList` for a trail of absolute URLs. */
export function breadcrumbListLd(crumbs: readonly Crumb[]) {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
	};
}

/** `Article` for a help article. */
export function articleLd(article: { title: string; description: string; url: string; updated: Date; publisher: string; locale: string }) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: article.title,
		description: article.description,
		url: article.url,
		mainEntityOfPage: article.url,
		dateModified: article.updated.toISOString(),
		inLanguage: article.locale,
		publisher: { '@type': 'Organization', name: article.publisher },
	};
}

/** `FAQPage` for a group of questions; answers are plain text. */
export function faqPageLd(questions: readonly { question: string; answerText: string }[]) {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		mainEntity: questions.map((q) => ({
			'@type': 'Question',
			name: q.question,
			acceptedAnswer: { '@type': 'Answer', text: q.answerText },
		})),
	};
}

/** JSON for inside <script type="application/ld+json">: `<` is escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
