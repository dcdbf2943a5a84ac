/**
 * The /admin/ entry: registers the editor components, the `kb-pairs` widget and the previews with the
 * Decap bundle the page loaded before this script, then starts the CMS with the generated config.
 */
import { editorComponents, type PreviewContext } from './components';
import { registerIdWidget } from './id-widget';
import { registerKeywordsWidget } from './keywords-widget';
import { registerQuestionIdWidget } from './question-id-widget';
import { keepsUpdatedDate, registerDateWidget, today } from './date-widget';
import { moveUpdatedDate } from './updated-on-save';
import { registerAnswerWidget } from './answer-widget';
import { plainerMessages, type LocaleRegistry } from './messages';
import { nameGroups } from './group-labels';
import { registerPairsWidget } from './pairs-widget';
import { registerPreviews } from './previews';
import { registerSourceVersionWidget } from './source-version-widget';
import { translationFiles } from './translation-files';
import { guardBackends, type BackendEntry } from './before-save';
import { refuseBreakingDeletes, refuseBreakingSaves } from './save-guard';
import { showContentProblems } from './problems-banner';

/** What the admin page embeds as JSON for this script. */
export interface AdminPageData {
	config: Record<string, unknown>;
	preview: PreviewContext;
	/** The site's stylesheets, for the preview pane. */
	styles: string[];
	/** What is wrong with the content now, one line per problem (src/cms/admin-data.ts). */
	problems: string[];
	/** Category titles by id (src/cms/group-labels.ts). */
	categoryTitles: Record<string, string>;
	/** The content folder's path in the repository the CMS edits (`content`). */
	contentFolder: string;
	/** Whether `npm run cms` serves this page, and so checks saves before they are made (src/cms/save-check.ts). */
	checksSaves: boolean;
}

interface Cms extends LocaleRegistry {
	init: (options: { config: Record<string, unknown> }) => void;
	registerEditorComponent: (component: unknown) => void;
	registerPreviewStyle: (url: string) => void;
	registerPreviewTemplate: (collection: string, component: unknown) => void;
	registerWidget: (name: string, control: unknown, preview?: unknown) => void;
	getBackend: (name: string) => BackendEntry | undefined;
	registerEventListener: (listener: { name: string; handler: () => void }) => void;
	registerWidgetValueSerializer: (
		widget: string,
		serializer: { serialize: (value: unknown) => unknown; deserialize: (value: unknown) => unknown },
	) => void;
}

const data = JSON.parse(document.getElementById('kb-cms-data')!.textContent!) as AdminPageData;
const cms = (window as unknown as { CMS: Cms }).CMS;

const banner = showContentProblems(cms, data.problems);
// Every save: translations reduced to their own fields, "Updated" moved if the article changed, then refused
// if the build would fail with it; a deletion is refused if others use what it removes.
guardBackends(cms, {
	beforeSave: [
		(files) => translationFiles(files, data.preview.locale),
		moveUpdatedDate(data.contentFolder, today, keepsUpdatedDate),
		...(data.checksSaves ? [refuseBreakingSaves(banner.refused)] : []),
	],
	beforeDelete: data.checksSaves ? [refuseBreakingDeletes(banner.refused)] : [],
});
plainerMessages(cms);
registerPairsWidget(cms);
registerIdWidget(cms);
registerKeywordsWidget(cms);
registerQuestionIdWidget(cms, data.preview.locale);
registerDateWidget(cms);
registerAnswerWidget(cms, data.preview.policies);
registerSourceVersionWidget(cms, data.preview.locale);
for (const component of editorComponents(data.preview)) cms.registerEditorComponent(component);
for (const style of data.styles) cms.registerPreviewStyle(style);
registerPreviews(cms, data.preview);
// Beside the editor, Decap shows a translation pane when the site has several languages, and the preview
// otherwise. Writers start with the preview; a translator opens the original and its translation side by
// side with "Toggle i18n" above the preview, and Decap remembers the choice (in this browser's storage).
const RIGHT_PANE = 'cms.right-pane';
if (localStorage.getItem(RIGHT_PANE) === null) localStorage.setItem(RIGHT_PANE, 'preview');
cms.init({ config: data.config });
nameGroups(data.config, data.categoryTitles);
