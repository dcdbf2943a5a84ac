/**
 * Each kind of content mistake fails the build with a message that names the file (and line) and says
 * what is expected. Builds run one after another (see tests/helpers/build.ts).
 */
import { appendFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { buildSite, cleanUp, copyFixture, startDevServer } from '../helpers/build';
import { loadSearch } from '../helpers/search-node';
import { serveSite } from '../../scripts/lib/chromium.ts';

const temporary: string[] = [];
afterEach(() => cleanUp(...temporary.splice(0)));

/** Copies the small fixture, lets `breakIt` damage the copy, and builds it. */
async function buildBroken(breakIt: (dir: string) => void, env: NodeJS.ProcessEnv = {}) {
	const dir = copyFixture('small-kb');
	breakIt(dir);
	const result = await buildSite(dir, env);
	temporary.push(dir, result.outDir);
	return { ...result, dir };
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('build fails with writer-friendly messages', () => {
	it('for invalid or missing frontmatter fields', async () => {
		const { ok, output, dir } = await buildBroken((d) =>
			edit(join(d, 'articles/return-an-item.mdx'), (text) => text.replace(/^title: .*\n/m, '').replace('stage: after-purchase', 'stage: after').replace('updated: 2026-10-01', 'updated: someday')),
		);
		expect(ok).toBe(false);
		expect(output).toContain('articles → return-an-item data does not match collection schema');
		expect(output).toContain('title: is required and must be text');
		expect(output).toContain('stage: must be one of before-purchase, during-purchase, after-purchase');
		expect(output).toContain('updated: must be a date like 2026-10-14');
		expect(output).toContain(join(dir, 'articles/return-an-item.mdx'));
	});

	it('for broken references, unknown components and duplicate ids, all listed at once', async () => {
		const { ok, output, dir } = await buildBroken((d) => {
			edit(join(d, 'articles/return-an-item.mdx'), (text) =>
				text.replace('category: returns', 'category: retruns').replace('related: [refund-times]', 'related: [refund-time]').replace('name="return-window"', 'name="return-windw"').replace('id="order-number"', 'id="order-numbr"'),
			);
			edit(join(d, 'faq/returns-faq.yaml'), (text) => text.replace('id: return-gift', 'id: return-cost'));
			writeFileSync(join(d, 'articles/Refund Policy.mdx'), readFileSync(join(d, 'articles/refund-times.mdx')));
		});
		expect(ok).toBe(false);
		const file = (name: string) => `${dir}/${name}`;
		expect(output).toContain('The help center content has 6 problems to fix:');
		expect(output).toContain(`${file('articles/return-an-item.mdx')}: category: "retruns" is not a category (categories are the files in categories/). Did you mean "returns"?`);
		expect(output).toContain(`${file('articles/return-an-item.mdx')}: related: there is no article "refund-time" (articles are the files in articles/). Did you mean "refund-times"?`);
		expect(output).toContain(`${file('articles/return-an-item.mdx')}:10: <Policy name="return-windw" /> is not a policy in settings/site.yaml. Did you mean "return-window"?`);
		expect(output).toContain(`${file('articles/return-an-item.mdx')}:27: <Snippet id="order-numbr" /> is not a snippet`);
		expect(output).toContain(`${file('faq/returns-faq.yaml')}: question id "return-cost" is already used in faq/returns-faq.yaml`);
		expect(output).toContain(`${file('articles/Refund Policy.mdx')}: the file name is the page's address, so it must be lowercase words joined by hyphens. Rename it to "refund-policy.mdx".`);
	});

	it('for MDX that does not compile, with its line', async () => {
		const { ok, output, dir } = await buildBroken((d) => appendFileSync(join(d, 'articles/refund-times.mdx'), '\n<Callout type="info">\nNever closed.\n'));
		expect(ok).toBe(false);
		const line = readFileSync(join(dir, 'articles/refund-times.mdx'), 'utf8').split('\n').indexOf('<Callout type="info">') + 1;
		expect(output).toContain(`${join(dir, 'articles/refund-times.mdx')}:${line}: Expected a closing tag for \`<Callout>\``);
	});

	it('for a {…} expression, which the CMS could not keep, with its line', async () => {
		const { ok, output, dir } = await buildBroken((d) => appendFileSync(join(d, 'articles/refund-times.mdx'), '\nCosts are {unclosed\n'));
		expect(ok).toBe(false);
		const line = readFileSync(join(dir, 'articles/refund-times.mdx'), 'utf8').split('\n').indexOf('Costs are {unclosed') + 1;
		expect(output).toContain(`${join(dir, 'articles/refund-times.mdx')}:${line}: curly braces are MDX code`);
	});

	it('for internal links and anchors that point nowhere, naming file and line', async () => {
		const { ok, output, dir } = await buildBroken((d) => {
			edit(join(d, 'articles/return-an-item.mdx'), (text) => text.replace('/articles/refund-times/#how-long', '/articles/refund-times/#how-lng'));
			edit(join(d, 'articles/shipping-costs.mdx'), (text) => text.replace('/categories/returns/', '/categories/retruns/'));
			edit(join(d, 'faq/returns-faq.yaml'), (text) => text.replace('/articles/return-an-item/', '/articles/return-an-itme/'));
		});
		expect(ok).toBe(false);
		const label = (name: string) => `${dir}/${name}`;
		expect(output).toContain('3 links point nowhere:');
		expect(output).toContain(`${label('articles/return-an-item.mdx')}:22: the link "/articles/refund-times/#how-lng" goes to "#how-lng", which is not on that page. Did you mean "how-long"?`);
		expect(output).toContain(`${label('articles/shipping-costs.mdx')}:8: the link "/categories/retruns/" goes to a page that does not exist. Did you mean "/categories/returns/"?`);
		expect(output).toMatch(new RegExp(`${label('faq/returns-faq.yaml')}:\\d+: the link "/articles/return-an-itme/" goes to a page that does not exist. Did you mean "/articles/return-an-item/"\\?`));
	});

	it('for a missing settings file', async () => {
		const { ok, output } = await buildBroken((d) => renameSync(join(d, 'settings/site.yaml'), join(d, 'settings/site.yml')));
		expect(ok).toBe(false);
		expect(output).toMatch(/settings\/site\.yaml/);
	});
});

describe('links agents sent', () => {
	it('keep working after an article file is renamed: old address and short link lead to the new page', async () => {
		const { ok, output, outDir, dir } = await buildBroken((d) => renameSync(join(d, 'articles/payment-methods.mdx'), join(d, 'articles/ways-to-pay.mdx')));
		expect(ok, output).toBe(true);
		expect(readFileSync(join(outDir, 'a/pay3ms/index.html'), 'utf8')).toContain('url=/articles/ways-to-pay/');
		expect(readFileSync(join(outDir, 'articles/payment-methods/index.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=/articles/ways-to-pay/">');
		expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain('/articles/payment-methods/ /articles/ways-to-pay/ 301');
		expect(readFileSync(join(dir, 'settings/published-urls.yaml'), 'utf8')).toContain('pay3ms: [ payment-methods, ways-to-pay ]');
	});

	it('fail the build when a published article is removed without saying what replaces it', async () => {
		const { ok, output, dir } = await buildBroken((d) => rmSync(join(d, 'articles/shipping-costs.mdx')));
		expect(ok).toBe(false);
		expect(output).toContain(`${dir}/articles/shipping-costs.mdx: /articles/shipping-costs/ (short link /a/9keah7/) was published, but no article has id "9keah7" any more`);
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
					rmSync(join(d, 'articles/shipping-costs.mdx'));
				},
				{ KB_PUBLISHED_SITE: live.origin },
			);
			expect(ok).toBe(false);
			expect(output).toContain('/articles/shipping-costs/ (short link /a/9keah7/) was published');
		} finally {
			await live.close();
		}
	});

	it('send a renamed FAQ group\'s old page and its question links to the right places', async () => {
		const { ok, output, outDir } = await buildBroken((d) => {
			renameSync(join(d, 'faq/returns-faq.yaml'), join(d, 'faq/returns.yaml'));
			// The build's link check makes writers update their own links; saved links are the redirects' job.
			edit(join(d, 'articles/return-an-item.mdx'), (text) => text.replace('/faq/returns-faq/#return-cost', '/faq/returns/#return-cost'));
		});
		expect(ok, output).toBe(true);
		expect(readFileSync(join(outDir, 'faq/returns-faq/index.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=/faq/">');
		expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toContain('/faq/returns-faq/ /faq/ 301');
		expect(readFileSync(join(outDir, 'q/return-cost/index.html'), 'utf8')).toContain('url=/faq/returns/#return-cost');
	});

	it('send a removed article\'s address and short link to the replacement the writer chose', async () => {
		const { ok, output, outDir } = await buildBroken((d) => {
			rmSync(join(d, 'articles/shipping-costs.mdx'));
			edit(join(d, 'settings/site.yaml'), (text) => `${text}removedArticles:\n  - slug: shipping-costs\n    replacedBy: payment-methods\n`);
		});
		expect(ok, output).toBe(true);
		expect(readFileSync(join(outDir, 'articles/shipping-costs/index.html'), 'utf8')).toContain('url=/articles/payment-methods/');
		expect(readFileSync(join(outDir, 'a/9keah7/index.html'), 'utf8')).toContain('url=/articles/payment-methods/');
	});
});

describe('npm run dev', () => {
	it('serves drafts for writers to preview, has working search, and re-indexes when content changes', async () => {
		const dir = copyFixture('small-kb');
		temporary.push(dir);
		const server = await startDevServer(dir);
		try {
			const response = await fetch(`${server.origin}/articles/secret-launch/`);
			expect(response.status).toBe(200);
			expect(await response.text()).toContain('Our upcoming launch');

			await expect.poll(async () => (await fetch(`${server.origin}/pagefind/pagefind.js`)).status, { timeout: 60_000, interval: 500 }).toBe(200);
			const search = await loadSearch(server.origin, join(dir, 'search/synonyms.yaml'));
			expect((await search('refund')).results.map((r) => r.url)).toContainEqual(expect.stringMatching(/^\/articles\/refund-times\//));

			edit(join(dir, 'articles/payment-methods.mdx'), (text) => `${text}\nWe also accept Zorblax vouchers.\n`);
			await expect
				.poll(async () => (await (await loadSearch(server.origin, join(dir, 'search/synonyms.yaml')))('zorblax')).results.map((r) => r.url), { timeout: 60_000, interval: 1000 })
				.toContainEqual(expect.stringMatching(/^\/articles\/payment-methods\//));
		} finally {
			await server.stop();
		}
	});
});
