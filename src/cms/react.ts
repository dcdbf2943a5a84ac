/**
 * The React helpers Decap's bundle puts on `window` for custom widgets and previews: using them keeps a
 * second copy of React out of the admin page.
 */
export type Child = ReactElement | string | number | null | undefined | false;
export interface ReactElement {
	type: unknown;
	props: Record<string, unknown>;
}

/** `React.createElement`. */
export type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: Array<Child | Child[]>) => ReactElement;

/** A map-like value from Decap's store (Immutable.js) or a plain object. */
export interface ImmutableLike {
	toJS(): unknown;
	get?(key: string): unknown;
	getIn?(path: string[]): unknown;
}

interface DecapGlobals {
	h: CreateElement;
	createClass: (spec: Record<string, unknown>) => unknown;
}

/** Decap's React globals; only valid once `decap-cms.js` has run. */
export function decapReact(): DecapGlobals {
	const globals = window as unknown as Partial<DecapGlobals>;
	if (!globals.h || !globals.createClass) throw new Error('decap-cms.js must load before the CMS setup script');
	return globals as DecapGlobals;
}

/** Converts a value from Decap's store to plain JavaScript. */
export function plain<T>(value: unknown): T | undefined {
	if (value && typeof (value as ImmutableLike).toJS === 'function') return (value as ImmutableLike).toJS() as T;
	return (value ?? undefined) as T | undefined;
}

/** What Decap gives every widget's control that the project's widgets use; `Saved` is what `onChange` takes. */
export interface ControlProps<Saved> {
	value?: unknown;
	forID: string;
	classNameWrapper: string;
	setActiveStyle: () => void;
	setInactiveStyle: () => void;
	onChange: (value: Saved) => void;
}
