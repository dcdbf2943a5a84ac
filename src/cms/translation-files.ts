/**
 * What /admin/ saves for collections with translations. Decap's translation support writes a file for
 * every language an entry holds any data in, and its editor puts data in a language as soon as that
 * language's pane is shown (a relation field settling, the copied `id`): saving an article would write
 * `articles/nl/<slug>.mdx` holding only `id`, or a translation with the original's category. So every save
 * passes through `translationFiles` (src/cms/before-save.ts), which leaves the original's files exactly as Decap wrote them and:
 * - drops a translation without a title (every article, category, FAQ group and snippet has one, so only a
 *   language nobody translated into has none);
 * - keeps only the fields a translation has (src/schemas.ts), line for line as Decap wrote them;
 * - records in a new article translation the version of the original it was made from (`sourceUpdated`).
 */
import type { SavedFile } from './before-save';
import { articleTranslationSchema, categoryTranslationSchema, faqGroupTranslationSchema, snippetTranslationSchema } from '../schemas';

/** The fields a translation may have, by collection (its folder's name). */
const TRANSLATION_FIELDS: Record<string, readonly string[]> = {
	articles: Object.keys(articleTranslationSchema.shape),
	categories: Object.keys(categoryTranslationSchema.shape),
	faq: Object.keys(faqGroupTranslationSchema.shape),
	snippets: Object.keys(snippetTranslationSchema.shape),
};

/** A file's YAML: the frontmatter of `.mdx`, the whole of `.yaml`; with what comes before and after it. */
function splitYaml(file: SavedFile): { before: string; yaml: string; after: string } {
	if (!file.path.endsWith('.mdx')) return { before: '', yaml: file.raw, after: '' };
	const match = /^(---\n)([\s\S]*?\n)(---\n[\s\S]*)$/.exec(file.raw);
	return match ? { before: match[1]!, yaml: match[2]!, after: match[3]! } : { before: '', yaml: '', after: file.raw };
}

/** The top-level fields of YAML as Decap writes it (a key at the start of a line, its value on the lines indented under it). */
function topLevelFields(yaml: string): { key: string; text: string }[] {
	const fields: { key: string; text: string }[] = [];
	for (const line of yaml.split(/(?<=\n)/)) {
		const key = /^([\w-]+):/.exec(line)?.[1];
		if (key) fields.push({ key, text: line });
		else if (fields.length > 0) fields.at(-1)!.text += line;
	}
	return fields;
}

/**
 * The files to save, from the files Decap is about to save for one entry: `content/<collection>/<language>/…`,
 * the original's in `defaultLanguage`. Files of other collections pass unchanged.
 */
export function translationFiles(files: readonly SavedFile[], defaultLanguage: string): SavedFile[] {
	const place = (path: string) => /(?:^|\/)(articles|categories|faq|snippets)\/([^/]+)\/[^/]+$/.exec(path);
	const original = files.find((file) => place(file.path)?.[2] === defaultLanguage);
	const originalUpdated = original && /^updated: (\S+)$/m.exec(splitYaml(original).yaml)?.[1];
	return files.flatMap((file) => {
		const [, collection, language] = place(file.path) ?? [];
		if (!collection || language === defaultLanguage) return [file];
		const { before, yaml, after } = splitYaml(file);
		const allowed = TRANSLATION_FIELDS[collection]!;
		const fields = topLevelFields(yaml).filter((field) => allowed.includes(field.key));
		if (!fields.some((field) => field.key === 'title')) return [];
		if (collection === 'articles' && originalUpdated && !fields.some((field) => field.key === 'sourceUpdated'))
			fields.push({ key: 'sourceUpdated', text: `sourceUpdated: ${originalUpdated}\n` });
		return [{ ...file, raw: before + fields.map((field) => field.text).join('') + after }];
	});
}
