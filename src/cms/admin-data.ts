/**
 * What /admin/ needs from the content, read so that the CMS always opens: from the knowledge base when the
 * content is sound, and straight from the files when it is not (a writer must be able to fix a problem in
 * the CMS that caused it). The problems come along, in the build's own words, for the CMS to show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ContentError, formatProblems, problemLines } from '../lib/integrity';
import { fileProblems } from '../lib/content-problems';
import { readContentFile } from '../lib/content-file';
import { contentDir, contentLabel } from '../lib/content-dir';
import { siteLanguages, type SiteLanguage } from '../lib/site-languages';

/** The settings and snippets the CMS preview shows, and what is wrong with the content now. */
export interface AdminData {
	settings: { name: string; url: string; locale: string; policies: Record<string, string | number>; embeds: string[] };
	languages: SiteLanguage[];
	snippets: Record<string, string>;
	/** Category titles by id, for the CMS's lists (empty while the content has problems). */
	categoryTitles: Record<string, string>;
	/** One line per problem (`content/faq/en/x.yaml:12: …`); empty when the site builds. */
	problems: string[];
}

/** Reads the content for /admin/, never failing on a content problem. */
export async function adminData(): Promise<AdminData> {
	const { loadKnowledgeBase } = await import('../data/knowledge-base');
	const late = fileProblems();
	const lateLines = late.length ? problemLines(formatProblems(late, contentLabel())) : [];
	try {
		const kb = await loadKnowledgeBase();
		return {
			settings: kb.settings,
			languages: kb.languages,
			snippets: Object.fromEntries([...kb.snippets].map(([id, snippet]) => [id, snippet.body])),
			categoryTitles: Object.fromEntries(kb.categories.map((category) => [category.id, category.data.title])),
			problems: lateLines,
		};
	} catch (error) {
		// Anything else (a file caught mid-write, a loader's own failure) is shown too: /admin/ must open.
		const lines =
			error instanceof ContentError
				? problemLines(error.message)
				: [`The content could not be read: ${String((error as Error)?.message ?? error)}`];
		return { ...fromFiles(), problems: [...lines, ...lateLines] };
	}
}

/** Settings and snippets as the files have them, whatever else is wrong. */
function fromFiles(): Omit<AdminData, 'problems'> {
	const root = contentDir();
	const read = (path: string) => {
		try {
			return readFileSync(join(root, path), 'utf8');
		} catch {
			return '';
		}
	};
	let raw: Record<string, unknown> = {};
	try {
		raw = (parse(read('settings/site.yaml')) as Record<string, unknown>) ?? {};
	} catch {
		// Broken YAML: the CMS still opens, with defaults, to let the writer fix it.
	}
	const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
	const locale = text(raw.locale, 'en');
	const languages = siteLanguages({
		locale,
		languages: raw.languages && typeof raw.languages === 'object' ? (raw.languages as Record<string, string>) : {},
	});
	const snippetsDir = `snippets/${locale}`;
	const snippets: Record<string, string> = {};
	for (const file of safeList(join(root, snippetsDir)).filter((name) => name.endsWith('.mdx'))) {
		try {
			snippets[file.slice(0, -4)] = readContentFile(read(`${snippetsDir}/${file}`), '.mdx').body ?? '';
		} catch {
			// Its problem is listed; the preview shows the snippet's name instead.
		}
	}
	return {
		settings: {
			name: text(raw.name, 'Help center'),
			url: text(raw.url, 'http://localhost:4321'),
			locale,
			policies: raw.policies && typeof raw.policies === 'object' ? (raw.policies as Record<string, string | number>) : {},
			embeds: Array.isArray(raw.embeds) ? raw.embeds.filter((value): value is string => typeof value === 'string') : [],
		},
		languages,
		snippets,
		categoryTitles: {},
	};
}

function safeList(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		return [];
	}
}
