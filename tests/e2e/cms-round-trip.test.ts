/**
 * Writers' edits survive the real Decap CMS UI byte for byte, and its preview shows articles as the site does
 * (tests/helpers/cms.ts: the sample build's /admin/ and the real decap-server on a copy of the sample content).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { toHtml } from 'hast-util-to-html';
import { renderBody } from '../../src/components/mdx';
import { useTranslations } from '../../src/i18n';
import { parseMdx } from '../../src/lib/mdx';
import { sampleContent, useDecapCms } from '../helpers/cms';

const cms = useDecapCms();
const bodyOf = (source: string) => source.split(/^---$/m).slice(2).join('---');

/** `npm run test:full` round-trips every sample article through the editor; `npm test` a covering sample. */
const FULL = process.env.KB_TEST_FULL === '1';

/** What an article's body may hold that the rich-text editor must write back unchanged. */
const BODY_FEATURES: Record<string, RegExp> = {
	...Object.fromEntries(['Callout', 'Steps', 'Snippet', 'Policy', 'Video'].map((name) => [name, new RegExp(`<${name}\\b`)])),
	'titled callout': /<Callout [^>]*title=/,
	'quote in an attribute': /=\{"/,
	'HTML element': /<[a-z]+[ >]/,
	image: /!\[/,
	table: /^\|.*\|$/m,
	'numbered list': /^\d+\. /m,
	'bulleted list': /^[-*] /m,
	'### heading': /^### /m,
	'bold text': /\*\*[^*]+\*\*/,
	link: /\]\(\//,
	'inline code': /`[^`]+`/,
};

/**
 * Every sample article in the full run; otherwise the fewest articles that together use every feature of
 * {@link BODY_FEATURES} that any sample article uses (picked greedily, in file order).
 */
function articlesToRoundTrip(): string[] {
	const files = readdirSync(join(sampleContent, 'articles/en')).sort();
	const slugs = files.map((file) => file.replace(/\.mdx$/, ''));
	if (FULL) return slugs;
	const uses = new Map(
		files.map((file, index) => {
			const body = readFileSync(join(sampleContent, 'articles/en', file), 'utf8')
				.split('\n---\n')
				.slice(1)
				.join('\n---\n');
			return [slugs[index], new Set(Object.keys(BODY_FEATURES).filter((feature) => BODY_FEATURES[feature].test(body)))];
		}),
	);
	const uncovered = new Set([...uses.values()].flatMap((features) => [...features]));
	const picked: string[] = [];
	while (uncovered.size > 0) {
		const [best] = [...uses].sort(
			([, a], [, b]) => [...b].filter((f) => uncovered.has(f)).length - [...a].filter((f) => uncovered.has(f)).length,
		)[0];
		picked.push(best);
		for (const feature of uses.get(best)!) uncovered.delete(feature);
	}
	return picked;
}

describe('Decap CMS round trip', () => {
	it(
		`saves ${FULL ? 'every sample article' : 'sample articles that use every feature'} byte for byte: after an edit only the edited line differs, after undoing it nothing does`,
		{ timeout: 600_000 },
		async () => {
			const slugs = articlesToRoundTrip();
			expect(slugs.length).toBeGreaterThanOrEqual(FULL ? 48 : 3);
			for (const slug of slugs) {
				const path = `articles/en/${slug}.mdx`;
				const original = cms.read(path);
				await cms.openEntry('articles', slug);
				// Some widgets normalise their value on load, which lets the writer save at once: that must not alter the file.
				if (await cms.page.getByText('Unsaved changes').isVisible()) {
					await cms.publish();
					expect(await cms.waitForFile(path, (text) => text === original), `${slug} saved as opened`).toBe(original);
				}
				// A fix that readers need not know about: the "Updated" date stays (otherwise it becomes today's).
				await cms.page.getByRole('checkbox', { name: /Keep this date/ }).check();
				const firstParagraph = cms.page.locator('[data-slate-editor="true"]').first().locator('p').first();
				const startOfBody = async () => {
					// Right after a save the editor may re-render under the click: retry until the caret is really at the start.
					for (let attempt = 0; attempt < 20; attempt++) {
						await firstParagraph.click({ position: { x: 3, y: 8 } });
						await cms.page.keyboard.press('Control+Home');
						const atStart = await firstParagraph.evaluate((p) => {
							const selection = getSelection();
							if (!selection?.anchorNode || !p.contains(selection.anchorNode) || selection.anchorOffset !== 0) return false;
							const range = document.createRange();
							range.setStart(p, 0);
							range.setEnd(selection.anchorNode, 0);
							return range.toString() === '';
						});
						if (atStart) {
							// The editor copies the browser's selection into its own on a throttled selectionchange.
							await cms.page.waitForTimeout(300);
							return;
						}
						await cms.page.waitForTimeout(100);
					}
					throw new Error('could not put the caret at the start of the body');
				};
				// The rich-text editor writes the whole body again: everything but the edit must come out as it was.
				const shown = await firstParagraph.textContent();
				await startOfBody();
				// One input event: typed key by key, a busy machine lets the editor re-render between keys and move the caret.
				await cms.page.keyboard.insertText('OK ');
				await cms.publish();
				const end = original.indexOf('\n---\n') + 5;
				const edited = `${original.slice(0, end)}OK ${original.slice(end)}`;
				expect(await cms.waitForFile(path, (text) => text !== original), `${slug} after typing "OK " at the start of the body`).toBe(
					edited,
				);
				await startOfBody();
				for (let i = 0; i < 3; i++) await cms.page.keyboard.press('Delete');
				await expect.poll(() => firstParagraph.textContent(), { message: `${slug}: "OK " deleted in the editor` }).toBe(shown);
				await cms.publish();
				expect(await cms.waitForFile(path, (text) => text !== edited), `${slug} after deleting "OK " again`).toBe(original);
			}
		},
	);

	it('previews articles exactly as the site renders them, components included', async () => {
		const settings = parse(cms.read('settings/site.yaml'));
		const snippets = new Map(
			readdirSync(cms.contentFile('snippets/en')).map((file) => [file.replace(/\.mdx$/, ''), bodyOf(cms.read(`snippets/en/${file}`))]),
		);
		const context = { policies: settings.policies, embeds: settings.embeds, snippets, t: useTranslations('en') };
		for (const slug of ['late-delivery', 'set-up-your-gps-watch']) {
			await cms.openEntry('articles', slug);
			const body = bodyOf(cms.read(`articles/en/${slug}.mdx`));
			const onSite = toHtml({ type: 'root', children: renderBody(body, 'article', context, parseMdx).children });
			const prose = cms.page.frameLocator('iframe').first().locator('.article .prose');
			await prose.locator('.callout, .video').first().waitFor();
			// Both serialised by the browser, so only the elements and their text can differ.
			const [preview, site] = await prose.evaluate((element, html) => {
				const template = document.createElement('template');
				template.innerHTML = html;
				return [element.innerHTML, template.innerHTML];
			}, onSite);
			expect(preview, slug).toBe(site);
		}
	});

	it('made no request to another origin', () => {
		expect(cms.otherOrigins).toEqual([]);
	});
});
