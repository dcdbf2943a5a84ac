/**
 * Links support agents sent keep working when writers rename or remove content: real builds of the small
 * fixture after a day of such changes.
 */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildChangedFixture, cleanUp, editFile as edit } from '../helpers/build';
import { serveSite } from '../../scripts/lib/chromium.ts';

const temporary: string[] = [];
afterEach(() => cleanUp(...temporary.splice(0)));

/** Builds a copy of the small fixture that `breakIt` changed; removed after the test. */
async function buildBroken(breakIt: (dir: string) => void, env: NodeJS.ProcessEnv = {}) {
	const result = await buildChangedFixture(breakIt, env);
	temporary.push(result.dir, result.outDir);
	return result;
}

describe('links agents sent', () => {
	/** One build with a day of writers' changes: an article renamed, a FAQ group renamed, an article removed. */
	let changed: Awaited<ReturnType<typeof buildBroken>>;
	const built = (path: string) => readFileSync(join(changed.outDir, path), 'utf8');
	beforeAll(async () => {
		changed = await buildBroken((d) => {
			renameSync(join(d, 'articles/en/payment-methods.mdx'), join(d, 'articles/en/ways-to-pay.mdx'));
			renameSync(join(d, 'faq/en/returns-faq.yaml'), join(d, 'faq/en/returns.yaml'));
			// The build's link check makes writers update their own links; saved links are the redirects' job.
			edit(join(d, 'articles/en/return-an-item.mdx'), (text) => text.replace('/faq/returns-faq/#return-cost', '/faq/returns/#return-cost'));
			rmSync(join(d, 'articles/en/shipping-costs.mdx'));
			edit(join(d, 'settings/site.yaml'), (text) => `${text}removedArticles:\n  - slug: shipping-costs\n    replacedBy: ways-to-pay\n`);
		});
		// beforeAll's builds are not cleaned after each test.
		temporary.splice(0);
	});
	afterAll(() => cleanUp(changed.dir, changed.outDir));

	it('keep working after an article file is renamed: old address and short link lead to the new page', () => {
		expect(changed.ok, changed.output).toBe(true);
		expect(built('a/pay3ms/index.html')).toContain('url=/articles/ways-to-pay/');
		expect(built('articles/payment-methods/index.html')).toContain('<meta http-equiv="refresh" content="0; url=/articles/ways-to-pay/">');
		expect(built('_redirects')).toContain('/articles/payment-methods/ /articles/ways-to-pay/ 301');
		expect(readFileSync(join(changed.dir, 'settings/published-urls.yaml'), 'utf8')).toContain('pay3ms: [ payment-methods, ways-to-pay ]');
	});

	it("send a renamed FAQ group's old page and its question links to the right places", () => {
		expect(changed.ok, changed.output).toBe(true);
		expect(built('faq/returns-faq/index.html')).toContain('<meta http-equiv="refresh" content="0; url=/faq/">');
		expect(built('_redirects')).toContain('/faq/returns-faq/ /faq/ 301');
		expect(built('q/return-cost/index.html')).toContain('url=/faq/returns/#return-cost');
	});

	it("send a removed article's address and short link to the replacement the writer chose", () => {
		expect(changed.ok, changed.output).toBe(true);
		expect(built('articles/shipping-costs/index.html')).toContain('url=/articles/ways-to-pay/');
		expect(built('a/9keah7/index.html')).toContain('url=/articles/ways-to-pay/');
	});

	it('fail the build when a published article is removed without saying what replaces it', async () => {
		const { ok, output, dir } = await buildBroken((d) => rmSync(join(d, 'articles/en/shipping-costs.mdx')));
		expect(ok).toBe(false);
		expect(output).toContain(
			`${dir}/articles/en/shipping-costs.mdx: /articles/shipping-costs/ (short link /a/9keah7/) was published, but no article has id "9keah7" any more`,
		);
		expect(output).toContain('add it under "removedArticles" in settings/site.yaml');
	});

	it('fail the build when an article the live site lists is gone, even one the committed record never had', async () => {
		// The live site is the fixture as the global setup built it; its feed lists shipping-costs.
		const live = await serveSite(inject('smallDist'));
		try {
			const { ok, output } = await buildBroken(
				(d) => {
					// As if the article had been created and then deleted through the CMS before the record was committed.
					edit(join(d, 'settings/published-urls.yaml'), (text) => text.replace(/^ {2}9keah7: .*\n/m, ''));
					rmSync(join(d, 'articles/en/shipping-costs.mdx'));
				},
				{ KB_PUBLISHED_SITE: live.origin },
			);
			expect(ok).toBe(false);
			expect(output).toContain('/articles/shipping-costs/ (short link /a/9keah7/) was published');
		} finally {
			await live.close();
		}
	});
});
