/**
 * Each kind of content mistake fails the build with a message that names the file (and line) and says
 * what is expected.
 */
import { appendFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildChangedFixture, cleanUp, editFile as edit } from '../helpers/build';

const temporary: string[] = [];
afterEach(() => cleanUp(...temporary.splice(0)));

/** Builds a copy of the small fixture that `breakIt` damaged. */
async function buildBroken(breakIt: (dir: string) => void) {
	const result = await buildChangedFixture(breakIt);
	temporary.push(result.dir, result.outDir);
	return result;
}

describe('build fails with writer-friendly messages', () => {
	it('for invalid or missing frontmatter fields, impossible dates and YAML mistakes, with their lines', async () => {
		const { ok, output, dir } = await buildBroken((d) => {
			edit(join(d, 'articles/en/return-an-item.mdx'), (text) =>
				text
					.replace(/^title: .*\n/m, '')
					.replace('stage: after-purchase', 'stage: after')
					.replace('updated: 2026-10-01', 'updated: someday'),
			);
			edit(join(d, 'articles/en/refund-times.mdx'), (text) =>
				text.replace('updated: 2026-09-15', 'updated: 2026-13-45\nreviewed: 2026-02-30'),
			);
			edit(join(d, 'articles/en/shipping-costs.mdx'), (text) => text.replace(/^title: (.*)$/m, 'title: Shipping: $1'));
			edit(join(d, 'articles/en/payment-methods.mdx'), (text) => text.replace(/^category: (.*)$/m, 'category: $1\ncategory: $1'));
		});
		expect(ok).toBe(false);
		const file = (name: string) => join(dir, name);
		const lineOf = (name: string, start: string) =>
			readFileSync(file(name), 'utf8')
				.split('\n')
				.findIndex((line) => line.startsWith(start)) + 1;
		expect(output).toContain(`${file('articles/en/return-an-item.mdx')}: title: is required and must be text`);
		expect(output).toContain(
			`${file('articles/en/return-an-item.mdx')}:${lineOf('articles/en/return-an-item.mdx', 'stage:')}: stage: must be one of before-purchase, during-purchase, after-purchase`,
		);
		expect(output).toContain(
			`${file('articles/en/return-an-item.mdx')}:${lineOf('articles/en/return-an-item.mdx', 'updated:')}: updated: must be a date like 2026-10-14 (year-month-day)`,
		);
		expect(output).toContain(
			`${file('articles/en/refund-times.mdx')}:${lineOf('articles/en/refund-times.mdx', 'updated:')}: updated: 2026-13-45 is not a real date (month 01–12, day within the month), e.g. 2026-10-14`,
		);
		expect(output).toContain(
			`${file('articles/en/refund-times.mdx')}:${lineOf('articles/en/refund-times.mdx', 'reviewed:')}: reviewed: 2026-02-30 is not a real date`,
		);
		expect(output).toContain(
			`${file('articles/en/shipping-costs.mdx')}:${lineOf('articles/en/shipping-costs.mdx', 'title:')}: the frontmatter is not valid YAML: the value has a colon followed by a space, which YAML reads as a new field. Put the whole value in double quotes, e.g. title: "Returns: how they work"`,
		);
		expect(output).toContain(
			`${file('articles/en/payment-methods.mdx')}:${lineOf('articles/en/payment-methods.mdx', 'category:') + 1}: the frontmatter is not valid YAML: the field "category" appears twice. Keep one of them.`,
		);
		expect(output).not.toContain('can not read a block mapping');
	});

	it("for writers' markup outside the allowlist or that the CMS could not keep, every one listed with its file, line and fix", async () => {
		const hostile = [
			'<script>alert(1)</script>',
			'<img src="x" onerror="alert(1)" />',
			'Click [here](javascript:alert(1)).',
			'<iframe src="https://evil.example/"></iframe>',
			'<object data="https://evil.example/x.swf"></object>',
			'<form action="https://evil.example/">Card</form>',
			'<svg onload="alert(1)"></svg>',
			'<div style="background:url(javascript:alert(1))">x</div>',
			'<a href="data:text/html,hello">x</a>',
		];
		// A {…} comment the site would hide, but the CMS could not keep.
		const comment = 'Costs are {/* ask finance */} low.';
		const { ok, output, dir } = await buildBroken((d) => {
			appendFileSync(join(d, 'articles/en/refund-times.mdx'), `\n${[...hostile, comment].join('\n\n')}\n`);
			appendFileSync(join(d, 'snippets/en/order-number.mdx'), '\n<embed src="https://evil.example/x" />\n');
			edit(join(d, 'faq/en/returns-faq.yaml'), (text) =>
				text.replace(
					'answer: Yes, with the order number',
					'answer: Yes, <iframe src="https://evil.example/"></iframe> with the order number',
				),
			);
		});
		expect(ok).toBe(false);
		const article = join(dir, 'articles/en/refund-times.mdx');
		const lines = readFileSync(article, 'utf8').split('\n');
		const at = (markup: string) => `${article}:${lines.indexOf(markup) + 1}: `;
		expect(output).toContain(`${at(hostile[0])}<script> is code, which articles cannot run.`);
		expect(output).toContain(`${at(hostile[1])}onerror="alert(1)" on <img> is an event handler, which runs code. Remove it.`);
		expect(output).toContain(
			`${at(hostile[2])}href="javascript:alert(1)" uses "javascript:", which is not allowed here. Use an address on this site`,
		);
		expect(output).toContain(
			`${at(hostile[3])}<iframe> embeds another site, which is not allowed. For a YouTube or Vimeo video use <Video`,
		);
		expect(output).toContain(`${at(hostile[4])}<object> embeds another site`);
		expect(output).toContain(`${at(hostile[5])}<form> is a form field`);
		expect(output).toContain(`${at(hostile[6])}<svg> drawn in the text can run code. Upload the drawing as an image file`);
		expect(output).toContain(`${at(hostile[7])}style="background:url(javascript:alert(1))" on <div> is not allowed`);
		expect(output).toContain(`${at(hostile[8])}href="data:text/html,hello" uses "data:"`);
		expect(output).toMatch(new RegExp(`${join(dir, 'snippets/en/order-number.mdx')}:\\d+: <embed> embeds another site`));
		expect(output).toMatch(
			new RegExp(`${join(dir, 'faq/en/returns-faq.yaml')}:\\d+: the answer to "return-gift": <iframe> embeds another site`),
		);
		expect(output).toContain(`${at(comment)}curly braces are MDX code`);
		expect(output).toContain('The help center content has 12 problems to fix:');
	});

	it('for an HTML tag the CMS could never have written, naming it in a FAQ answer: <Policy> with content', async () => {
		const { ok, output, dir } = await buildBroken((d) =>
			edit(join(d, 'faq/en/returns-faq.yaml'), (text) =>
				text.replace('<Policy name="return-window" />', '<Policy name="return-window">30 days</Policy>'),
			),
		);
		expect(ok).toBe(false);
		const faq = join(dir, 'faq/en/returns-faq.yaml');
		const line =
			readFileSync(faq, 'utf8')
				.split('\n')
				.findIndex((text) => text.includes('answer: |')) + 1;
		expect(output).toContain(
			`${faq}:${line}: the answer to "return-cost": <Policy name="return-window"> shows the value from settings and takes nothing between tags. Write it as <Policy name="return-window" />`,
		);
	});

	it('for broken references, unknown components, duplicate ids and a language without interface text, all listed at once', async () => {
		const { ok, output, dir } = await buildBroken((d) => {
			edit(join(d, 'articles/en/return-an-item.mdx'), (text) =>
				text
					.replace('category: returns', 'category: retruns')
					.replace('related: [refund-times]', 'related: [refund-time]')
					.replace('name="return-window"', 'name="return-windw"')
					.replace('id="order-number"', 'id="order-numbr"'),
			);
			edit(join(d, 'faq/en/returns-faq.yaml'), (text) => text.replace('id: return-gift', 'id: return-cost'));
			writeFileSync(join(d, 'articles/en/Refund Policy.mdx'), readFileSync(join(d, 'articles/en/refund-times.mdx')));
			edit(join(d, 'settings/site.yaml'), (text) => text.replace('locale: en', 'locale: en\nlanguages:\n  en: English\n  fr: Français'));
		});
		expect(ok).toBe(false);
		const file = (name: string) => `${dir}/${name}`;
		expect(output).toContain('The help center content has 7 problems to fix:');
		expect(output).toContain(
			`${file('settings/site.yaml')}: languages: fr has no interface text. Use one of en, nl, de, or add src/i18n/fr.ts with every key of src/i18n/en.ts.`,
		);
		expect(output).toContain(
			`${file('articles/en/return-an-item.mdx')}: category: "retruns" is not a category (categories are the files in categories/). Did you mean "returns"?`,
		);
		expect(output).toContain(
			`${file('articles/en/return-an-item.mdx')}: related: there is no article "refund-time" (articles are the files in articles/). Did you mean "refund-times"?`,
		);
		expect(output).toContain(
			`${file('articles/en/return-an-item.mdx')}:10: <Policy name="return-windw" /> is not a policy in settings/site.yaml. Did you mean "return-window"?`,
		);
		expect(output).toContain(`${file('articles/en/return-an-item.mdx')}:27: <Snippet id="order-numbr" /> is not a snippet`);
		expect(output).toContain(`${file('faq/en/returns-faq.yaml')}: question id "return-cost" is already used in faq/en/returns-faq.yaml`);
		expect(output).toContain(
			`${file('articles/en/Refund Policy.mdx')}: the file name is the page's address, so it must be lowercase words joined by hyphens. Rename it to "refund-policy.mdx".`,
		);
	});

	it('for MDX that does not compile, with its line', async () => {
		const { ok, output, dir } = await buildBroken((d) =>
			appendFileSync(join(d, 'articles/en/refund-times.mdx'), '\n<Callout type="info">\nNever closed.\n'),
		);
		expect(ok).toBe(false);
		const line = readFileSync(join(dir, 'articles/en/refund-times.mdx'), 'utf8').split('\n').indexOf('<Callout type="info">') + 1;
		expect(output).toContain(`${join(dir, 'articles/en/refund-times.mdx')}:${line}: Expected a closing tag for \`<Callout>\``);
	});

	it('for internal links and anchors that point nowhere, naming file and line', async () => {
		const { ok, output, dir } = await buildBroken((d) => {
			edit(join(d, 'articles/en/return-an-item.mdx'), (text) =>
				text.replace('/articles/refund-times/#how-long', '/articles/refund-times/#how-lng'),
			);
			edit(join(d, 'articles/en/shipping-costs.mdx'), (text) => text.replace('/categories/returns/', '/categories/retruns/'));
			edit(join(d, 'faq/en/returns-faq.yaml'), (text) => text.replace('/articles/return-an-item/', '/articles/return-an-itme/'));
		});
		expect(ok).toBe(false);
		const label = (name: string) => `${dir}/${name}`;
		expect(output).toContain('3 links point nowhere:');
		expect(output).toContain(
			`${label('articles/en/return-an-item.mdx')}:22: the link "/articles/refund-times/#how-lng" goes to "#how-lng", which is not on that page. Did you mean "how-long"?`,
		);
		expect(output).toContain(
			`${label('articles/en/shipping-costs.mdx')}:8: the link "/categories/retruns/" goes to a page that does not exist. Did you mean "/categories/returns/"?`,
		);
		expect(output).toMatch(
			new RegExp(
				`${label('faq/en/returns-faq.yaml')}:\\d+: the link "/articles/return-an-itme/" goes to a page that does not exist. Did you mean "/articles/return-an-item/"\\?`,
			),
		);
	});

	it('for a missing settings file', async () => {
		const { ok, output } = await buildBroken((d) => renameSync(join(d, 'settings/site.yaml'), join(d, 'settings/site.yml')));
		expect(ok).toBe(false);
		expect(output).toMatch(/settings\/site\.yaml/);
	});
});
