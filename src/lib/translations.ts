/**
 * Checks of the translations: each one is linked to a source (an article by its permanent `id`, the
 * others by file name), once per language, in a configured language, and adds nothing its source lacks.
 * Plain module: the build runs it on the loaded content (src/data/knowledge-base.ts), tests on snapshots.
 */
import { fieldLine } from './content-file';
import type { Problem } from './integrity';
import { didYouMean } from './suggest';

/** A translated file: its language, its file name without extension, and its path in the content folder. */
interface Translated {
	language: string;
	name: string;
	file: string;
}

/** What the checks need to know about the translations and the sources they translate. */
export interface TranslationSnapshot {
	defaultLanguage: string;
	/** Every configured language code, the default first. */
	languages: string[];
	settingsFile: string;
	/** The names found in each folder with a folder per language (`articles`, …): language folders, or stray files. */
	folders: Record<string, string[]>;
	articles: (Translated & { id: string })[];
	sourceArticleIds: string[];
	categories: Translated[];
	sourceCategories: string[];
	snippets: Translated[];
	sourceSnippets: string[];
	/** `source` is the file's YAML, to find the line of a question. */
	faqGroups: (Translated & { questions: string[]; source?: string })[];
	/** Each source FAQ group's question ids. */
	sourceFaqGroups: Record<string, string[]>;
	settings: (Translated & { policies: string[]; source?: string })[];
	sourcePolicies: string[];
}

/** Every problem of the translations (empty when each one has its source). */
export function checkTranslations(content: TranslationSnapshot): Problem[] {
	const problems: Problem[] = [];
	const { defaultLanguage, languages } = content;
	const configured = `settings/site.yaml lists ${languages.join(', ')}`;

	for (const [folder, names] of Object.entries(content.folders)) {
		for (const name of names) {
			if (name.startsWith('.') || languages.includes(name)) continue;
			problems.push({
				file: `${folder}/${name}`,
				message: /\.\w+$/.test(name)
					? `is outside a language folder, so it would be ignored. Move it to ${folder}/${defaultLanguage}/${name} (or to the folder of the language it is written in).`
					: `"${name}" is not a language of this help center (${configured} under "languages"). Add it there with its name, or move these files to the folder of their language.`,
			});
		}
	}

	const sourceIds = new Set(content.sourceArticleIds);
	const firstOfId = new Map<string, string>();
	for (const article of content.articles) {
		if (!sourceIds.has(article.id)) {
			problems.push({
				file: article.file,
				message: `id: "${article.id}" is the id of no article in articles/${defaultLanguage}/. A translation's id is the id in the frontmatter of the article it translates.${didYouMean(article.id, content.sourceArticleIds)}`,
			});
			continue;
		}
		const key = `${article.language}/${article.id}`;
		const first = firstOfId.get(key);
		if (first)
			problems.push({
				file: article.file,
				message: `id: "${article.id}": ${first} already translates this article into the same language. Keep one of the two files.`,
			});
		else firstOfId.set(key, article.file);
	}

	const needsSource = (translations: Translated[], sources: string[], folder: string, what: string) => {
		for (const translation of translations)
			if (!sources.includes(translation.name))
				problems.push({
					file: translation.file,
					message: `translates no ${what}: there is no ${folder}/${defaultLanguage}/${translation.file.split('/').pop()}. A translation has the file name of the ${what} it translates.${didYouMean(translation.name, sources)}`,
				});
	};
	needsSource(content.categories, content.sourceCategories, 'categories', 'category');
	needsSource(content.snippets, content.sourceSnippets, 'snippets', 'snippet');
	needsSource(content.faqGroups, Object.keys(content.sourceFaqGroups), 'faq', 'FAQ group');

	for (const group of content.faqGroups) {
		const sourceQuestions = content.sourceFaqGroups[group.name];
		if (!sourceQuestions) continue;
		group.questions.forEach((id, index) => {
			if (sourceQuestions.includes(id)) return;
			problems.push({
				file: group.file,
				line: group.source === undefined ? undefined : fieldLine(group.source, '.yaml', ['questions', index, 'id']),
				message: `questions: "${id}" is not a question of faq/${defaultLanguage}/${group.name}.yaml. A translated question has the id of the question it translates.${didYouMean(id, sourceQuestions)}`,
			});
		});
	}

	for (const settings of content.settings) {
		for (const name of settings.policies) {
			if (content.sourcePolicies.includes(name)) continue;
			problems.push({
				file: settings.file,
				line: settings.source === undefined ? undefined : fieldLine(settings.source, '.yaml', ['policies', name]),
				message: `policies: "${name}" is not a policy in ${content.settingsFile}. A translation gives the policies there their values in its language.${didYouMean(name, content.sourcePolicies)}`,
			});
		}
	}
	return problems;
}
