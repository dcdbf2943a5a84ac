/**
 * A help center in Dutch (`locale: nl`): its interface speaks Dutch and its search understands Dutch
 * questions, in a real build of the small fixture with a Dutch article, queried through the real Pagefind index.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChangedFixture, cleanUp, editFile as edit } from '../helpers/build';
import { loadSearch } from '../helpers/search-node';

const RETURN_ARTICLE = `---
title: Hoe stuur ik een artikel terug?
description: Meld je retour aan in je account en stuur het pakket terug met het retourlabel dat we je mailen.
stage: after-purchase
category: returns
updated: 2026-10-01
---
Je hebt <Policy name="return-window" /> om een artikel te retourneren.

## Retour aanmelden

Ga naar **Account → Bestellingen** en kies **Artikelen retourneren**. Je krijgt het retourlabel per e-mail.
`;

let site: Awaited<ReturnType<typeof buildChangedFixture>>;
let search: Awaited<ReturnType<typeof loadSearch>>;

beforeAll(async () => {
	site = await buildChangedFixture((dir) => {
		edit(join(dir, 'settings/site.yaml'), (text) => text.replace('locale: en', 'locale: nl'));
		// The default language's content sits in its folder.
		for (const folder of ['articles', 'categories', 'faq', 'snippets']) renameSync(join(dir, folder, 'en'), join(dir, folder, 'nl'));
		writeFileSync(join(dir, 'articles/nl/return-an-item.mdx'), RETURN_ARTICLE);
	});
	if (site.ok) search = await loadSearch(site.outDir);
});
afterAll(() => cleanUp(site.dir, site.outDir));

describe('a help center in Dutch', () => {
	it('builds with a Dutch interface and Dutch dates', () => {
		expect(site.ok, site.output).toBe(true);
		const html = readFileSync(join(site.outDir, 'articles/return-an-item/index.html'), 'utf8');
		expect(html).toMatch(/^<!DOCTYPE html><html lang="nl"/i);
		expect(html).toContain('Bijgewerkt op 1 oktober 2026');
		expect(html).toContain('Zoeken in het helpcentrum');
	});

	it('finds the Dutch article for a Dutch question, its small words dropped', async () => {
		const outcome = await search('Hoe kan ik mijn bestelling retourneren?');
		expect(outcome.query.searchText).toBe('bestelling retourneren');
		expect(outcome.results[0]?.url).toMatch(/^\/articles\/return-an-item\//);
	});

	it('finds it for a misspelt or inflected Dutch word, stemmed as Dutch', async () => {
		for (const query of ['retourneeren', 'retourlabels', 'retourneert'])
			expect(
				(await search(query)).results.map((result) => result.url),
				query,
			).toContainEqual(expect.stringMatching(/^\/articles\/return-an-item\//));
	});
});
