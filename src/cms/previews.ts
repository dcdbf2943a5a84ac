/**
 * Preview templates: the right-hand pane of the editor shows entries with the site's own markup and
 * stylesheet (registered with `registerPreviewStyle`), bodies rendered by the site's own renderer (src/cms/components.ts).
 */
import { formatDate, useTranslations } from '../i18n';
import { renderPreview, type PreviewContext } from './components';
import { decapReact, plain, type ImmutableLike } from './react';

interface PreviewProps {
	entry: ImmutableLike;
	/** Decap's copy of a media file: unsaved uploads included (an empty address while it loads). */
	getAsset: (path: string) => { toString(): string } | undefined;
}

interface Cms {
	registerPreviewTemplate: (collection: string, component: unknown) => void;
}

const field = <T>(entry: ImmutableLike, name: string) => plain<T>(entry.getIn!(['data', name]));

/** Registers a preview for every folder collection. */
export function registerPreviews(cms: Cms, context: PreviewContext) {
	const { h } = decapReact();
	const t = useTranslations(context.locale);
	const html = (markup: string, className = 'prose') => h('div', { className, dangerouslySetInnerHTML: { __html: markup } });
	const page = (...children: unknown[]) => h('main', { id: 'main' }, ...(children as []));

	// Decap takes `/uploads/x.png` for an address on the web and uses it as it is (a 404 until the site has the
	// file); by its name alone it finds the media folder's copy, unsaved uploads included.
	const images = (getAsset: PreviewProps['getAsset']) => (src: string) => String(getAsset(src.slice(src.lastIndexOf('/') + 1)) ?? '');

	cms.registerPreviewTemplate('articles', ({ entry, getAsset }: PreviewProps) => {
		const updated = field<string>(entry, 'updated');
		const date = updated ? new Date(updated) : undefined;
		return page(
			h(
				'article',
				{ className: 'article' },
				h(
					'header',
					{ className: 'article__header' },
					h('h1', null, field<string>(entry, 'title') ?? ''),
					h('p', { className: 'lead' }, field<string>(entry, 'description') ?? ''),
					date && !Number.isNaN(date.valueOf())
						? h('p', { className: 'meta' }, t('article.updated', { date: formatDate(date, context.locale) }))
						: null,
				),
				html(renderPreview(field<string>(entry, 'body') ?? '', 'article', context, images(getAsset))),
			),
		);
	});

	cms.registerPreviewTemplate('snippets', ({ entry, getAsset }: PreviewProps) =>
		page(html(renderPreview(field<string>(entry, 'body') ?? '', 'snippet', context, images(getAsset)))),
	);

	cms.registerPreviewTemplate('categories', ({ entry }: PreviewProps) =>
		page(h('h1', null, field<string>(entry, 'title') ?? ''), h('p', { className: 'lead' }, field<string>(entry, 'description') ?? '')),
	);

	cms.registerPreviewTemplate('faq', ({ entry }: PreviewProps) => {
		const questions = field<Array<{ id?: string; question?: string; answer?: string }>>(entry, 'questions') ?? [];
		return page(
			h('h1', null, field<string>(entry, 'title') ?? ''),
			h(
				'div',
				{ className: 'faq' },
				questions.map((q, index) =>
					h(
						'details',
						{ key: q.id || index, className: 'faq__item', open: true },
						h('summary', null, q.question ?? ''),
						html(renderPreview(q.answer ?? '', 'faq-answer', context), 'faq__answer prose'),
					),
				),
			),
		);
	});
}
