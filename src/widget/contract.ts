/** What the help widget's launcher (/widget.js) and its panel (/widget/panel.js) hand each other. */

/** A language of the help center, as the launcher knows it. */
export interface WidgetLanguage {
	code: string;
	/** Its path prefix (`nl`), empty for the default language. */
	path: string;
	/** The launcher's label in that language. */
	label: string;
}

/** What the build writes into the launcher: the help center's languages and brand colour. */
export interface LauncherConfig {
	languages: WidgetLanguage[];
	accent: string;
}

/** Opens the panel in the launcher's shadow root; the launcher gets focus back when it closes. */
export type OpenPanel = (options: {
	shadow: ShadowRoot;
	launcher: HTMLElement;
	/** The help center's root URL, without a trailing slash. */
	base: string;
	language: WidgetLanguage;
	/** The script tag's `data-stage`, unchecked. */
	stage: string | undefined;
}) => void;
