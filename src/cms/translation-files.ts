/**
 * What /admin/ saves for collections with translations. Decap's translation support writes a file for
 * every language an entry holds any data in, and its editor puts data in a language as soon as that
 * language's pane is shown (a relation field settling, the copied `id`): saving an article would write
 * `articles/nl/<slug>.mdx` holding only `id`, or a translation with the original's category. So every save
 * passes through `translationFiles`, which leaves the original's files exactly as Decap wrote them and:
 * - drops a translation without a title (every article, category, FAQ group and snippet has one, so only a
 *   language nobody translated into has none);
 * - keeps only the fields a translation has (src/schemas.ts), line for line as Decap wrote them;
 * - records in a new article translation the version of the original it was made from (`sourceUpdated`).
 */
import { articleTranslationSchema, categoryTranslationSchema, faqGroupTranslationSchema, snippetTranslationSchema } from '../schemas';

/** A file Decap is about to save: its path in the repository and its text. */
export interface SavedFile {
	path: string;
	raw: string;
}

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

/** A Decap backend's entry in its registry, and the part of a backend that saves files. */
interface BackendEntry {
	init: (...args: unknown[]) => { persistEntry: (entry: { dataFiles: SavedFile[] }, options: unknown) => Promise<unknown> };
}

/**
 * Has every backend save through `translationFiles`: the Git hosts in production and decap-server
 * locally (Decap swaps in its `proxy` backend for `local_backend`, so each is wrapped where it is registered).
 */
export function saveTranslationsCarefully(cms: { getBackend: (name: string) => BackendEntry | undefined }, defaultLanguage: string) {
	for (const name of ['proxy', 'github', 'gitlab', 'gitea', 'forgejo', 'bitbucket', 'azure', 'git-gateway']) {
		const backend = cms.getBackend(name);
		if (!backend) continue;
		const init = backend.init;
		backend.init = (...args) => {
			const implementation = init(...args);
			const persist = implementation.persistEntry.bind(implementation);
			implementation.persistEntry = (entry, options) =>
				persist({ ...entry, dataFiles: translationFiles(entry.dataFiles, defaultLanguage) }, options);
			return implementation;
		};
	}
}
