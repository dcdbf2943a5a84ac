/**
 * "Updated" moves when an article changes: a save whose article file differs from the one saved before in
 * more than its `updated:` line gets today's date there, unless the writer chose to keep the date (a typo
 * fix: src/cms/date-widget.ts). New articles start with today's date already. Translations move on their own,
 * since each is its own file.
 */
import type { SaveStep } from './before-save';

const UPDATED_LINE = /^updated: .*$/m;

/** The frontmatter of an article file, without its `updated:` line, and its body. */
const withoutDate = (text: string) => text.replace(UPDATED_LINE, '');

/** The save step; `contentFolder` is the content's folder in the repository, `today` and `keeps` come from the date widget. */
export function moveUpdatedDate(contentFolder: string, today: () => string, keeps: () => boolean): SaveStep {
	const articles = `${contentFolder}/articles/`;
	return async (files, { current }) => {
		if (keeps()) return files;
		return Promise.all(
			files.map(async (file) => {
				if (!file.path.startsWith(articles) || !file.path.endsWith('.mdx') || !UPDATED_LINE.test(frontmatter(file.raw))) return file;
				const before = await current(file.path);
				if (before === undefined || withoutDate(before) === withoutDate(file.raw)) return file;
				return { ...file, raw: file.raw.replace(UPDATED_LINE, `updated: ${today()}`) };
			}),
		);
	};
}

/** The frontmatter block of an MDX file (empty when it has none). */
function frontmatter(text: string): string {
	const end = text.startsWith('---\n') ? text.indexOf('\n---', 4) : -1;
	return end === -1 ? '' : text.slice(0, end);
}
