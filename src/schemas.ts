/**
 * Zod schemas for every file in the content folder: the one source of truth for fields.
 * `content.config.ts` applies them to the collections; scripts and tests import them directly
 * (this module has no Astro virtual imports, so plain Node can load it).
 */
import { z } from 'astro/zod';
import { ANALYTICS_TOOLS } from './lib/analytics';
import { SHORT_ID_PATTERN } from './lib/short-id';
import { VIDEO_HOSTS, type VideoHost } from './lib/video';
import { isAllowedLink } from './lib/writer-markup';

/** The three purchase stages, in the order a customer meets them. */
export const STAGES = ['before-purchase', 'during-purchase', 'after-purchase'] as const;
export type Stage = (typeof STAGES)[number];

/** Lowercase words joined by hyphens: how slugs and ids look in URLs and file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const stage = z.enum(STAGES, {
	error: `must be one of ${STAGES.join(', ')}`,
});

const id = (what: string) => z.string().regex(ID_PATTERN, `${what} must be lowercase words joined by hyphens, e.g. "start-a-return"`);

/** Names that point at another entry are marked so checks (and the CMS config) know the target. */
const reference = (collection: 'categories' | 'articles') =>
	id(collection === 'categories' ? 'a category id' : 'an article slug').meta({ references: collection });

const text = (min: number, max: number) =>
	z
		.string({ error: 'is required and must be text' })
		.trim()
		.min(min, `must be at least ${min} characters`)
		.max(max, `must be at most ${max} characters`);

/**
 * A calendar date written as YYYY-MM-DD. Checked strictly: `2026-13-45` is refused rather than rolled over
 * into 14 February 2027, as JavaScript's Date would.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = z.preprocess(
	(value, context) => {
		if (typeof value !== 'string') return value;
		const parsed = new Date(`${value}T00:00:00Z`);
		if (DATE.test(value) && !Number.isNaN(parsed.valueOf()) && parsed.toISOString().startsWith(value)) return parsed;
		context.issues.push({
			code: 'custom',
			input: value,
			message: DATE.test(value)
				? `${value} is not a real date (month 01–12, day within the month), e.g. 2026-10-14`
				: 'must be a date like 2026-10-14 (year-month-day)',
		});
		return value;
	},
	z.date({ error: 'must be a date like 2026-10-14' }),
);

/**
 * A full http(s) address, checked by the same allowlist as writers' links (src/lib/writer-markup.ts), so a
 * setting can never put `javascript:` into the page's header or footer.
 */
const webAddress = (example: string) =>
	z
		.url({ protocol: /^https?$/, error: `must be a full address like ${example}` })
		.refine(isAllowedLink, `must be a full address like ${example}`);

/**
 * An optional field that may also be left empty: the CMS writes `""` (or YAML writes nothing) when a
 * writer clears a field, and that must mean "not set", not fail the build.
 */
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/** A review interval in months (content health: when an article is due to be checked again). */
const reviewEvery = (description: string) =>
	optional(
		z
			.number({ error: 'must be a number of months, e.g. 6' })
			.int('must be a whole number of months, e.g. 6')
			.min(1, 'must be at least 1 month')
			.max(60, 'must be at most 60 months'),
	).meta({ title: 'Review every (months)', description });

/** A permanent article id, as in short links `/a/<id>/`. */
const shortId = z.string().regex(SHORT_ID_PATTERN, 'must be 4–12 lowercase letters and digits, e.g. k7f2qa');

/** A language code as in `<html lang>` and the language's folders and addresses: `nl`, `en-GB`. */
export const LANGUAGE_PATTERN = /^[a-z]{2}(-[A-Z]{2})?$/;
const languageCode = z.string().regex(LANGUAGE_PATTERN, 'must be a language code like en or en-GB');

/**
 * A translation's fields: only what the translation says in its own words (and the link to its source);
 * everything else comes from the file it translates, so a field it does not have is refused with the list
 * of fields it does.
 */
const translationOf = <S extends z.core.$ZodLooseShape>(what: string, shape: S) =>
	z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `is not a field of a translation, which has only ${Object.keys(shape).join(', ')}: the rest comes from the ${what} it translates. Remove it here.`
				: undefined,
	});

/** Frontmatter of `articles/<language>/<slug>.mdx` in the default language. */
export const articleSchema = z.object({
	/** The question or task as customers would phrase it; the page's h1. */
	title: text(3, 90),
	/** The one-sentence answer: shown as the lead, in lists, meta description and copied replies. */
	description: text(20, 200),
	/** The purchase stage the article helps with. */
	stage,
	/** The id of an existing category (`categories/<id>.yaml`). */
	category: reference('categories'),
	/** Customers' own phrasings: searchable, never shown. */
	keywords: z.array(z.string().trim().min(1)).default([]).meta({
		description: 'Words customers use for this question, separated by commas. Searchable, never shown.',
		cmsWidget: 'kb-keywords',
	}),
	/** Slugs of other articles to suggest at the end. */
	related: z.array(reference('articles')).default([]),
	/** When the content last changed meaningfully; shown to readers. */
	updated: date,
	/** When someone last checked the article is still right (content-health tracking). */
	reviewed: optional(date).meta({
		title: 'Last reviewed',
		description: 'The day someone checked this article is still right. Shown on the article; press "Now" after checking it.',
	}),
	/** How often it must be checked, when not as often as its category or the site says. */
	reviewEvery: reviewEvery('Leave empty to use the category’s or the site’s interval (6 months unless set).'),
	/** Who keeps the article current (content-health tracking). */
	owner: optional(z.string().trim().min(1)),
	/** Drafts are built in dev, never in production. */
	draft: z.boolean().default(false),
	/**
	 * Permanent id behind the short link `/a/<id>/`: set once by the CMS (or derived from the file name when
	 * absent), never changed, so links agents sent keep working when the title, file name or category change.
	 */
	id: optional(shortId).meta({
		title: 'Short link id',
		description: 'Set automatically and never changed: the permanent short link agents send is /a/<id>/.',
		cmsWidget: 'kb-id',
	}),
});

/** `categories/<id>.yaml`. */
export const categorySchema = z.object({
	/** Shown on cards, breadcrumbs and the category page. */
	title: text(3, 60),
	/** One sentence saying what the category covers. */
	description: text(10, 200),
	/** The purchase stage the category belongs to. */
	stage,
	/** Position within its stage: lower comes first. */
	order: z.number({ error: 'must be a number' }).int().default(100),
	/** How often its articles must be checked, when not as often as the site says. */
	reviewEvery: reviewEvery('Leave empty to use the site’s interval. An article can set its own.'),
});

/** One question of a FAQ group. */
export const faqQuestionSchema = z.object({
	/** Permanent anchor of the question: unique across all FAQ groups. */
	id: id('a question id').meta({
		cmsWidget: 'kb-question-id',
		// A new question starts with an empty id, so its file lists the id first, as every other question.
		cmsDefault: '',
		description: 'Made from the question. Permanent once published: links to this answer end in #<id>.',
	}),
	/** The question as customers ask it. */
	question: text(5, 160),
	/** A short Markdown answer; may use `<Policy name="…" />`. */
	answer: text(5, 2000),
});

/** `faq/<id>.yaml`: a group of short questions. */
export const faqGroupSchema = z.object({
	/** Heading of the group's page. */
	title: text(3, 90),
	/** The purchase stage the questions belong to. */
	stage,
	/** The id of the category the questions belong to. */
	category: reference('categories'),
	/** Position among FAQ groups: lower comes first. */
	order: z.number().int().default(100),
	/** The questions, in the order shown. */
	questions: z
		.array(faqQuestionSchema)
		.min(1, 'needs at least one question')
		// Collapsed questions in the CMS show the question, not its id.
		.meta({ cmsSummary: '{{fields.question}}' }),
});

/** Frontmatter of `snippets/<id>.mdx`, reusable blocks included with `<Snippet id="…" />`. */
export const snippetSchema = z.object({
	/** What the block is, for writers picking one. */
	title: text(3, 90),
});

/** `analytics` in `settings/site.yaml`: one tool, the site's id in it, and a self-hosted address. */
export const analyticsSchema = z
	.object({
		/** The tool: plausible, umami, matomo, ga4 (Google Analytics 4), beacon (JSON to an address of yours). */
		tool: z
			.enum(ANALYTICS_TOOLS, { error: `must be one of ${ANALYTICS_TOOLS.join(', ')}` })
			.meta({
				title: 'Analytics tool',
				labels: {
					none: 'None',
					plausible: 'Plausible',
					umami: 'Umami',
					matomo: 'Matomo',
					ga4: 'Google Analytics 4',
					beacon: 'JSON beacon',
				},
			})
			.default('none'),
		/** The help center's id in the tool: Plausible's domain, Umami's website id, Matomo's site id, GA4's measurement id. */
		site: optional(z.string().trim()).meta({
			title: 'Site id',
			description:
				"The help center's id in the tool: Plausible: its domain (default: this site's); Umami: the website id; Matomo: the site id (a number); Google Analytics: the measurement id (G-…). Not needed for the JSON beacon.",
		}),
		/** A self-hosted instance (Plausible, Umami, Matomo), a tagging server (GA4), or the beacon's endpoint. */
		address: optional(z.string().trim()).meta({
			title: 'Address',
			description:
				'Your own instance, e.g. https://stats.example.com (Plausible and Umami default to their cloud; Matomo needs it). For the JSON beacon: where events are posted, /api/help-events or https://….',
		}),
	})
	.superRefine((value, context) => {
		const problem = (path: 'site' | 'address', message: string) => context.addIssue({ code: 'custom', path: [path], message });
		const { tool, site, address } = value;
		if (address !== undefined) {
			const absolute = /^https:\/\/[^/\s]+\S*$/.test(address) && URL.canParse(address);
			if (tool === 'beacon' ? !absolute && !/^\/(?!\/)\S*$/.test(address) : !absolute)
				problem(
					'address',
					tool === 'beacon'
						? 'must be a path like /api/help-events or an https:// address'
						: 'must be an https:// address like https://stats.example.com',
				);
		}
		if (tool === 'umami' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(site ?? ''))
			problem('site', 'Umami needs the website id, as Umami shows it: 8-4-4-4-12 hexadecimal characters');
		if (tool === 'matomo' && !/^[1-9]\d*$/.test(site ?? '')) problem('site', 'Matomo needs the site id, a number like 3');
		if (tool === 'matomo' && address === undefined)
			problem('address', 'Matomo needs the address of your Matomo, e.g. https://matomo.example.com');
		if (tool === 'ga4' && !/^G-[A-Z0-9]{4,}$/.test(site ?? ''))
			problem('site', 'Google Analytics needs the measurement id, like G-XXXXXXXXXX');
		if (tool === 'plausible' && site !== undefined && !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(site))
			problem('site', 'Plausible needs the domain the site has in Plausible, like help.example.com');
		if (tool === 'beacon' && address === undefined) problem('address', 'the JSON beacon needs the address events are posted to');
	});

/** `settings/site.yaml`. */
export const siteSettingsSchema = z.object({
	/** The help center's name, shown in the header and titles. */
	name: text(2, 60),
	/** The shop's name, used in copy such as "Back to <shop>". */
	shopName: text(2, 60),
	/** A line under the home page heading. */
	tagline: text(3, 160),
	/** The public address of the help center, for canonical URLs and the sitemap. */
	url: webAddress('https://help.example.com'),
	/** The shop's own website. */
	shopUrl: optional(webAddress('https://www.example.com')),
	/** Language of the content, e.g. `en`. */
	locale: languageCode.default('en').meta({ title: 'Default language' }),
	/**
	 * Every language of the help center (the default one included), each with its name in that language,
	 * in the order the language switcher lists them. Empty for a help center in one language.
	 */
	languages: z.record(languageCode, text(2, 40)).default({}).meta({
		description:
			'The languages of the help center, the default one included, each named in its own language: en: English, nl: Nederlands. Leave empty for one language.',
	}),
	/** Brand colour as #rrggbb; used for links and buttons (must be dark enough to read on white). */
	brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1d6b57'),
	/** Path of the logo under `public/`, e.g. /logo.svg. */
	logo: optional(z.string().regex(/^\/(?!\/)\S*$/, 'must be a path on this site, starting with a single /, e.g. /logo.svg')),
	/** How customers reach support. */
	contact: z.object({
		email: z.email({ error: 'must be an email address' }),
		phone: optional(z.string().trim().min(3)),
		hours: text(3, 200),
		responseTime: optional(z.string().trim()),
	}),
	/** Slugs of articles highlighted on the home page. */
	featured: z.array(reference('articles')).default([]),
	/**
	 * Video hosts writers may embed with `<Video>` (youtube, vimeo). Each one listed is allowed in the site's
	 * Content-Security-Policy; videos load only when a customer clicks play.
	 */
	embeds: z
		.array(
			z.enum(Object.keys(VIDEO_HOSTS) as [VideoHost, ...VideoHost[]], { error: `must be one of ${Object.keys(VIDEO_HOSTS).join(', ')}` }),
		)
		.default([])
		.meta({ description: 'Video sites articles may show with <Video>. Nothing loads from them until a customer presses play.' }),
	/**
	 * The analytics tool the shop already runs, which receives the help center's page views and events
	 * (searches, clicks, votes, contact): nothing is loaded or sent with `none`. See docs/analytics.md.
	 */
	analytics: analyticsSchema.default({ tool: 'none' }),
	/**
	 * Pages of the shop where the help widget (/widget.js) suggests one stage's articles, by the start of their
	 * path: `/checkout` → during-purchase. A page's own `data-stage` on the script tag wins.
	 */
	widgetPages: z
		.array(
			z.object({
				/** The start of the shop page's path, e.g. /checkout. */
				path: z.string().regex(/^\/[^\s?#]*$/, 'must be the start of a path on the shop, like /checkout (no address, query or #)'),
				/** The purchase stage whose articles the widget suggests there. */
				stage,
			}),
		)
		.default([])
		.meta({
			description:
				'Which answers the help widget suggests on the shop’s pages: a path such as /checkout and the stage whose articles fit it.',
		}),
	/** How many months an article stays fresh after a review; categories and articles may set their own. */
	reviewEvery: reviewEvery('Articles are due for review this many months after they were last reviewed (6 when empty).'),
	/** Articles that were removed, and the article each one's old addresses lead to now. */
	removedArticles: z
		.array(
			z.object({
				/** The removed article's file name (its old address was /articles/<slug>/). */
				slug: id("a removed article's file name"),
				/** The article its visitors go to instead. */
				replacedBy: reference('articles'),
			}),
		)
		.default([])
		.meta({
			description: 'When you delete an article, add its file name here with the article that replaces it, so links to it keep working.',
		}),
	/** Policy values (return window, shipping threshold …) inserted with `<Policy name="…" />`. */
	policies: z
		.record(id('a policy name'), z.union([z.string().trim().min(1), z.number()]))
		.default({})
		.meta({ description: 'Articles insert a value with <Policy name="…" />, so changing it here updates every article at once.' }),
});

/** `search/synonyms.yaml`: customers' words mapped to the words articles use. */
export const synonymsSchema = z.object({
	synonyms: z.record(z.string(), z.array(z.string())).default({}).meta({
		description:
			"Search adds the words on the right whenever a customer's query contains the words on the left (whole words, phrases allowed, lowercase). Add a row when the search log shows people searching in words our articles don't use.",
	}),
});

/** A file in `uploads/`: its size, for images (read from the file, never written by hand). */
export const uploadSchema = z.object({
	width: z.number().optional(),
	height: z.number().optional(),
});

/**
 * Frontmatter of `articles/<language>/<slug>.mdx` in another language: the translated text, its own dates,
 * and `id` and `sourceUpdated`, which say what it translates and from which version.
 */
export const articleTranslationSchema = translationOf('article', {
	...articleSchema.pick({ title: true, description: true, keywords: true }).shape,
	/** When the translation last changed meaningfully; shown to readers. */
	updated: date,
	reviewed: articleSchema.shape.reviewed,
	owner: articleSchema.shape.owner,
	draft: articleSchema.shape.draft,
	/** The permanent id of the article this translates: the link between the two, whatever their file names. */
	id: shortId.meta({ description: 'The id of the article this translates, copied from its frontmatter.' }),
	/** The `updated` date of the source when this was translated: the build warns when the source is newer. */
	sourceUpdated: date.meta({
		title: 'Translated from the version of',
		description: 'The "Updated" date of the original when you translated it. Set it again when you bring the translation up to date.',
	}),
});

/** `categories/<language>/<id>.yaml` in another language: the same file name as the category it translates. */
export const categoryTranslationSchema = translationOf('category', categorySchema.pick({ title: true, description: true }).shape);

/** `faq/<language>/<id>.yaml` in another language: question by question, each with the id of the one it translates. */
export const faqGroupTranslationSchema = translationOf('FAQ group', {
	title: faqGroupSchema.shape.title,
	questions: z.array(translationOf('question', faqQuestionSchema.shape)).min(1, 'needs at least one question'),
});

/** `snippets/<language>/<id>.mdx` in another language. */
export const snippetTranslationSchema = translationOf('snippet', snippetSchema.shape);

/** `settings/<language>/site.yaml`: the settings' texts in another language; what it leaves out stays as in site.yaml. */
export const siteSettingsTranslationSchema = translationOf('settings', {
	name: siteSettingsSchema.shape.name.optional(),
	tagline: siteSettingsSchema.shape.tagline.optional(),
	contact: translationOf('settings', {
		hours: siteSettingsSchema.shape.contact.shape.hours.optional(),
		responseTime: siteSettingsSchema.shape.contact.shape.responseTime,
	}).optional(),
	policies: siteSettingsSchema.shape.policies.optional(),
});

export type Article = z.infer<typeof articleSchema>;
export type Category = z.infer<typeof categorySchema>;
export type FaqGroup = z.infer<typeof faqGroupSchema>;
export type FaqQuestion = z.infer<typeof faqQuestionSchema>;
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
