/**
 * The panel's styles, inside its shadow root: the shop's styles don't reach it and these don't leave it.
 * Light and dark follow the customer's setting; colours meet WCAG AA in both.
 */
export const PANEL_CSS = `
:host { --bg: light-dark(#fff, #121514); --surface: light-dark(#f4f6f5, #1d2221); --text: light-dark(#1b1f1e, #e8ecea);
	--muted: light-dark(#4f5755, #b3bcb9); --border: light-dark(#c9cfcd, #3d4644); --link: light-dark(#1d6b57, #7fd1b6);
	--focus: light-dark(#1a4fd6, #8ab4ff); --mark: light-dark(#fff1a8, #5c4d00); }
.panel { position: fixed; inset: auto 1rem 1rem auto; width: min(26rem, calc(100vw - 2rem)); max-height: min(40rem, calc(100dvh - 2rem));
	display: flex; flex-direction: column; background: var(--bg); color: var(--text); border: 1px solid var(--border);
	border-radius: .75rem; box-shadow: 0 10px 30px rgb(0 0 0 / .3); overflow: hidden; text-align: start; }
.panel[hidden], [hidden] { display: none !important; }
@media (prefers-reduced-motion: no-preference) { .panel { animation: rise .16s ease-out; } }
@keyframes rise { from { opacity: 0; transform: translateY(.5rem); } }
@media (max-width: 30rem) { .panel { inset: .5rem; width: auto; max-height: none; } }
.panel__header { display: flex; align-items: center; justify-content: space-between; gap: .5rem; padding: .75rem 1rem; border-bottom: 1px solid var(--border); }
.panel__title { margin: 0; font-size: 1.1rem; }
.panel__body { overflow: auto; padding: 1rem; display: grid; gap: 1rem; }
.panel__status:empty { display: none; }
.panel__status, .panel__home { margin: 0; color: var(--muted); }
h3 { font-size: 1rem; margin: 0 0 .5rem; }
a { color: var(--link); text-underline-offset: .15em; }
button { font: inherit; color: var(--text); background: var(--surface); border: 1px solid var(--border); border-radius: .5rem; padding: .45rem .8rem; cursor: pointer; min-height: 2.75rem; }
.panel__close { background: none; border: none; min-width: 2.75rem; display: grid; place-items: center; }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible, [tabindex='-1']:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.search__label { display: block; font-weight: 600; margin-bottom: .35rem; }
.search__row { display: flex; gap: .5rem; }
input { flex: 1; min-width: 0; font: inherit; color: var(--text); background: var(--bg); border: 1px solid var(--muted); border-radius: .5rem; padding: .5rem .75rem; min-height: 2.75rem; box-sizing: border-box; }
ul, ol { padding-inline-start: 1.25rem; margin: 0; }
li + li { margin-top: .35rem; }
.search-panel { margin-top: .75rem; }
.search-status { margin: 0 0 .5rem; color: var(--muted); font-size: .9rem; }
.search-results__list { list-style: none; padding: 0; }
.search-result { padding: .5rem 0; border-bottom: 1px solid var(--border); }
.search-result__title { font-weight: 600; }
.search-result__meta, .search-result__excerpt { margin: .2rem 0 0; color: var(--muted); font-size: .9rem; }
.search-result__subs { list-style: none; padding-inline-start: .75rem; margin-top: .35rem; }
mark { background: var(--mark); color: inherit; }
.search-empty, .search-contact { display: grid; gap: .5rem; }
.search-empty p, .search-contact p { margin: 0; }
.answer { display: grid; gap: .75rem; }
.answer__back { justify-self: start; }
.answer__title { margin: 0; font-size: 1.15rem; }
.answer__body { line-height: 1.55; }
.answer__body img { max-width: 100%; height: auto; }
.answer__body table { border-collapse: collapse; display: block; overflow-x: auto; }
.answer__body th, .answer__body td { border: 1px solid var(--border); padding: .3rem .5rem; }
.answer__body pre { overflow-x: auto; background: var(--surface); padding: .5rem; border-radius: .4rem; }
.answer__body .callout, .answer__body blockquote { border-inline-start: 4px solid var(--link); background: var(--surface); margin: 0; padding: .5rem .75rem; border-radius: .25rem; }
.answer__body .lead { font-weight: 500; }
.contact__reveal { justify-self: start; }
`;
