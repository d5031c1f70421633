// The pages' stylesheet (Horizon-like: instance design tokens with fallbacks, see `now-sdk explain
// ui-page-theming-guide`). Adopted as a constructed stylesheet, never a <style> element or style attribute,
// so the pages run under a Content-Security-Policy without 'unsafe-inline' for styles.
export const CSS = `
:root {
    --snx-color-surface: rgb(var(--now-container--color, 255, 255, 255));
    --snx-color-page: rgb(var(--now-color_background--secondary, 245, 246, 247));
    --snx-color-border: rgb(var(--now-container--border-color, 207, 213, 215));
    --snx-color-text: rgb(var(--now-color_text--primary, 16, 23, 26));
    --snx-color-text-muted: rgb(var(--now-color_text--secondary, 75, 85, 89));
    --snx-color-primary: rgb(var(--now-actionable--primary--background-color, 0, 112, 143));
    --snx-color-on-primary: rgb(var(--now-actionable_label--primary--color, 255, 255, 255));
    --snx-color-link: rgb(0, 98, 125);
    --snx-color-focus: rgb(16, 23, 26);
    --snx-color-critical: rgb(var(--now-indicator--primary_critical--background-color, 200, 28, 48));
    --snx-color-positive: rgb(var(--now-indicator--primary_positive--background-color, 46, 112, 0));
    --snx-color-warning: rgb(138, 84, 0);
    --snx-color-warning-bg: rgb(var(--now-alert--warning--background-color, 252, 239, 204));
    --snx-color-critical-bg: rgb(var(--now-alert--critical--background-color, 253, 228, 231));
    --snx-color-info-bg: rgb(229, 242, 247);
    --snx-space-xs: 0.25rem;
    --snx-space-sm: var(--now-static-space--sm, 0.5rem);
    --snx-space-md: var(--now-static-space--md, 0.75rem);
    --snx-space-lg: var(--now-static-space--lg, 1rem);
    --snx-radius-container: var(--now-container--border-radius, 8px);
    --snx-radius-button: var(--now-actionable--border-radius, 6px);
    --snx-radius-input: var(--now-form-control-input--primary--border-radius, 2px);
    --snx-font-body: var(--now-font-family, Lato, Arial, sans-serif);
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--snx-color-page); color: var(--snx-color-text); font-family: var(--snx-font-body); line-height: 1.4; overflow-wrap: anywhere; }
main { max-width: 90rem; margin: 0 auto; padding: var(--snx-space-lg); display: grid; gap: var(--snx-space-lg); min-width: 0; }
h1 { font-size: 1.5rem; margin: 0; }
h2 { font-size: 1.15rem; margin: 0 0 var(--snx-space-md); }
h3 { font-size: 1rem; margin: 0 0 var(--snx-space-sm); }
p { margin: 0 0 var(--snx-space-sm); }
.card { background: var(--snx-color-surface); border: 1px solid var(--snx-color-border); border-radius: var(--snx-radius-container); padding: var(--snx-space-lg); box-shadow: var(--now-static-drop-shadow--sm, 0 1px 2px rgba(0, 0, 0, 0.08)); min-width: 0; }
.muted { color: var(--snx-color-text-muted); }
.small { font-size: 0.8125rem; }
.row { display: flex; flex-wrap: wrap; gap: var(--snx-space-md); align-items: flex-end; }
.row--center { align-items: center; }
.spread { display: flex; flex-wrap: wrap; gap: var(--snx-space-sm) var(--snx-space-md); align-items: baseline; justify-content: space-between; }
.field { display: flex; flex-direction: column; gap: var(--snx-space-xs); min-width: 0; }
.field > label, .field .label, fieldset legend { font-weight: 600; font-size: 0.875rem; }
.field--inline { flex-direction: row; align-items: center; gap: var(--snx-space-sm); }
.field--invalid input, .field--invalid select, .field--invalid textarea { border-color: var(--snx-color-critical); border-width: 2px; }
.field__message { color: var(--snx-color-critical); font-size: 0.8125rem; }
.error-text { color: var(--snx-color-critical); }
.export-links { align-items: center; gap: var(--snx-space-sm); }
.field__hint { color: var(--snx-color-text-muted); font-size: 0.8125rem; }
input, select, textarea { font: inherit; min-height: 2.25rem; padding: 0 var(--snx-space-sm); border: 1px solid rgb(var(--now-form-control-input--primary--border-color, 115, 127, 132)); border-radius: var(--snx-radius-input); background: rgb(var(--now-input--background-color, 255, 255, 255)); color: var(--snx-color-text); max-width: 100%; min-width: 0; }
textarea { padding: var(--snx-space-sm); min-height: 4rem; }
input[type='checkbox'], input[type='radio'] { min-height: auto; width: 1.125rem; height: 1.125rem; margin: 0; }
:focus-visible { outline: 2px solid var(--snx-color-focus); outline-offset: 2px; }
input:focus-visible, select:focus-visible, textarea:focus-visible { outline-offset: 1px; }
[tabindex='-1']:focus-visible { outline-style: dotted; }
button { font: inherit; min-height: 2.25rem; padding: 0 var(--snx-space-lg); border-radius: var(--snx-radius-button); border: 1px solid var(--snx-color-primary); cursor: pointer; background: var(--snx-color-surface); color: var(--snx-color-primary); }
button.primary { background: var(--snx-color-primary); color: var(--snx-color-on-primary); }
button.link { border: none; background: none; padding: 0; min-height: auto; color: var(--snx-color-link); text-decoration: underline; text-align: left; font-weight: 600; }
button.small { min-height: 1.75rem; padding: 0 var(--snx-space-sm); font-size: 0.875rem; }
button[aria-pressed='true'] { background: var(--snx-color-primary); color: var(--snx-color-on-primary); }
button:hover { filter: brightness(0.95); }
button:disabled { opacity: 0.55; cursor: not-allowed; }
a { color: var(--snx-color-link); }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.badge { display: inline-block; padding: 0 0.5rem; border-radius: 1rem; font-size: 0.8125rem; border: 1px solid var(--snx-color-border); background: var(--snx-color-page); white-space: nowrap; }
.badge--applied { background: var(--snx-color-positive); color: #fff; border-color: transparent; }
.badge--movement { margin-left: var(--snx-space-xs); }
.badge--churn, .badge--contraction { background: var(--snx-color-warning-bg); border-color: var(--snx-color-warning); }
.badge--error, .badge--blocked_by_guard { background: var(--snx-color-critical); color: #fff; border-color: transparent; }
.badge--pinned, .badge--warning { background: var(--snx-color-warning-bg); color: var(--snx-color-text); border-color: var(--snx-color-warning); }
.alert { padding: var(--snx-space-md) var(--snx-space-lg); border-radius: var(--snx-radius-container); border: 1px solid var(--snx-color-border); display: flex; flex-wrap: wrap; gap: var(--snx-space-sm) var(--snx-space-md); align-items: center; }
.alert--critical { background: var(--snx-color-critical-bg); border-color: var(--snx-color-critical); }
.alert--warning { background: var(--snx-color-warning-bg); }
.alert--info { background: var(--snx-color-info-bg); }
.spinner { width: 1.1rem; height: 1.1rem; border: 2px solid rgba(0, 112, 143, 0.2); border-top-color: var(--snx-color-primary); border-radius: 50%; animation: spin 1s linear infinite; display: inline-block; vertical-align: middle; margin-right: var(--snx-space-sm); }
@keyframes spin { 100% { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
.skeleton { background: linear-gradient(90deg, var(--snx-color-page), var(--snx-color-border), var(--snx-color-page)); border-radius: 4px; height: 1rem; margin: var(--snx-space-sm) 0; }
dl, dd { margin: 0; }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: var(--snx-space-xs) var(--snx-space-lg); align-items: baseline; }
.facts dt { font-weight: 600; }

/* Timeline header */
.header__title { display: flex; flex-wrap: wrap; gap: var(--snx-space-sm) var(--snx-space-md); align-items: baseline; }
.header__title h2 { margin: 0; font-size: 1.35rem; }
.status-lines { list-style: none; margin: var(--snx-space-md) 0; padding: 0; display: grid; gap: var(--snx-space-xs); }
.status-lines li { display: flex; flex-wrap: wrap; gap: 0 var(--snx-space-sm); }
.status-lines strong { font-weight: 700; }
.status-lines__warning { border-left: 4px solid var(--snx-color-warning); padding-left: var(--snx-space-sm); }

/* Stage bar and state lane */
.band { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 2px; list-style: none; padding: 0; margin: 0 0 var(--snx-space-md); }
.band__stage { padding: var(--snx-space-sm) var(--snx-space-md); background: var(--snx-color-page); border-top: 4px solid var(--snx-color-border); min-width: 0; }
.band__stage--done { border-top-color: var(--snx-color-primary); }
.band__stage--current { border-top-color: var(--snx-color-positive); background: rgb(var(--now-content-tree--background-color--selected, 224, 234, 222)); }
.band__name { display: block; font-weight: 700; }
.band__meta { display: block; font-size: 0.8125rem; color: var(--snx-color-text-muted); }
.lane { display: flex; gap: 2px; list-style: none; padding: 0; margin: 0; }
.lane__period { flex: 1 1 0; min-width: 5.5rem; padding: var(--snx-space-xs) var(--snx-space-sm); border-left: 4px solid var(--snx-color-primary); background: var(--snx-color-page); }
.lane__period--current { border-left-color: var(--snx-color-positive); background: rgb(var(--now-content-tree--background-color--selected, 224, 234, 222)); }
.lane__period--suspended, .lane__period--inactive, .lane__period--closed { border-left-color: var(--snx-color-critical); }

/* Event list */
.count-bar { position: sticky; top: 0; z-index: 1; background: var(--snx-color-surface); padding: var(--snx-space-xs) 0; align-items: center; }
.count-bar h2, .count-bar p { margin: 0; }
html { scroll-padding-top: 3rem; }
.toolbar { padding: var(--snx-space-sm) 0; border-bottom: 1px solid var(--snx-color-border); display: grid; gap: var(--snx-space-sm); }
.filters { display: flex; flex-wrap: wrap; gap: var(--snx-space-sm) var(--snx-space-md); align-items: flex-end; }
.filters .field { min-width: 9rem; flex: 1 1 9rem; }
.filters .field--wide { flex: 2 1 14rem; }
.segmented { display: inline-flex; flex-wrap: wrap; gap: 0; }
.segmented button { border-radius: 0; }
.segmented button:first-child { border-radius: var(--snx-radius-button) 0 0 var(--snx-radius-button); }
.segmented button:last-child { border-radius: 0 var(--snx-radius-button) var(--snx-radius-button) 0; }
details.multi { position: relative; }
details.multi > summary { cursor: pointer; min-height: 2.25rem; display: flex; align-items: center; padding: 0 var(--snx-space-sm); border: 1px solid rgb(115, 127, 132); border-radius: var(--snx-radius-input); background: var(--snx-color-surface); }
details.multi fieldset { position: absolute; z-index: 2; background: var(--snx-color-surface); border: 1px solid var(--snx-color-border); border-radius: var(--snx-radius-container); padding: var(--snx-space-sm); margin: 2px 0 0; display: grid; gap: var(--snx-space-xs); min-width: 12rem; max-width: calc(100vw - 2rem); box-shadow: 0 2px 8px rgba(0, 0, 0, 0.15); }
details.multi label { display: flex; gap: var(--snx-space-sm); align-items: center; }
.events { list-style: none; margin: 0; padding: 0; }
.event-group { padding: var(--snx-space-sm) 0 var(--snx-space-xs); font-weight: 700; border-bottom: 2px solid var(--snx-color-border); display: flex; flex-wrap: wrap; gap: var(--snx-space-sm); align-items: baseline; }
.event { display: grid; grid-template-columns: 8.5rem 9.5rem minmax(0, 1fr) auto; gap: var(--snx-space-xs) var(--snx-space-md); padding: var(--snx-space-sm) 0; border-bottom: 1px solid var(--snx-color-border); align-items: baseline; }
.event__what { min-width: 0; }
.event__summary { display: block; color: var(--snx-color-text-muted); font-size: 0.875rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.event__details { grid-column: 1 / -1; background: var(--snx-color-page); border-radius: var(--snx-radius-container); padding: var(--snx-space-md); }
.explanation { white-space: pre-wrap; }
.change { white-space: normal; }
.list-end { padding: var(--snx-space-md) 0; display: flex; flex-wrap: wrap; gap: var(--snx-space-md); align-items: center; }

/* Combobox */
.combobox { position: relative; max-width: 36rem; }
.combobox input { width: 100%; }
.combobox [role='listbox'] { position: absolute; z-index: 3; left: 0; right: 0; list-style: none; margin: 2px 0 0; padding: 0; background: var(--snx-color-surface); border: 1px solid var(--snx-color-border); border-radius: var(--snx-radius-container); box-shadow: 0 2px 8px rgba(0, 0, 0, 0.15); max-height: 20rem; overflow-y: auto; }
.combobox [role='option'] { padding: var(--snx-space-sm) var(--snx-space-md); cursor: pointer; }
.combobox [role='option'][aria-selected='true'] { background: var(--snx-color-primary); color: var(--snx-color-on-primary); }
.combobox [role='option'][aria-selected='true'] .muted { color: var(--snx-color-on-primary); }
.combobox--inline [role='listbox'] { position: static; }

/* Workbench */
.wb-layout { display: grid; gap: var(--snx-space-lg); grid-template-columns: minmax(0, 1fr); align-items: start; }
.wb-layout--editing { grid-template-columns: minmax(0, 1fr) minmax(22rem, 30rem); }
.wb-panel { position: sticky; top: var(--snx-space-sm); max-height: calc(100vh - 1rem); overflow-y: auto; }
fieldset.section { border: 1px solid var(--snx-color-border); border-radius: var(--snx-radius-container); margin: 0 0 var(--snx-space-md); padding: var(--snx-space-sm) var(--snx-space-md) var(--snx-space-md); display: grid; gap: var(--snx-space-sm); grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); }
fieldset.section legend { padding: 0 var(--snx-space-xs); }
fieldset.section .field--full { grid-column: 1 / -1; }
.diff { list-style: none; padding: 0; margin: 0 0 var(--snx-space-md); display: grid; gap: var(--snx-space-xs); }
.diff del { color: var(--snx-color-critical); }
.diff ins { color: var(--snx-color-positive); text-decoration: none; font-weight: 700; }
.chips { display: flex; flex-wrap: wrap; gap: var(--snx-space-xs); list-style: none; padding: 0; margin: 0; }
.chips li { display: inline-flex; gap: var(--snx-space-xs); align-items: center; border: 1px solid var(--snx-color-border); border-radius: 1rem; padding: 0 0 0 var(--snx-space-sm); }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: var(--snx-space-sm); border-bottom: 1px solid var(--snx-color-border); overflow-wrap: normal; word-break: normal; }
th { white-space: nowrap; }
.table-scroll { overflow-x: auto; }
thead { background: rgb(var(--now-color_background--tertiary, 226, 229, 231)); }
tr.is-selected { background: var(--snx-color-info-bg); }

@media (max-width: 1100px) {
    .wb-layout--editing { grid-template-columns: minmax(0, 1fr); }
    .wb-panel { position: static; max-height: none; overflow: visible; }
}
@media (max-width: 760px) {
    main { padding: var(--snx-space-sm); gap: var(--snx-space-md); }
    .card { padding: var(--snx-space-md); }
    .band { grid-template-columns: minmax(0, 1fr); }
    .band__stage { border-top: none; border-left: 4px solid var(--snx-color-border); display: flex; flex-wrap: wrap; gap: 0 var(--snx-space-sm); align-items: baseline; }
    .band__stage--done { border-left-color: var(--snx-color-primary); }
    .band__stage--current { border-left-color: var(--snx-color-positive); }
    .band__name, .band__meta { display: inline; }
    .lane { flex-direction: column; }
    .event { grid-template-columns: minmax(0, 1fr) auto; }
    .event__time { grid-column: 1; }
    .event__outcome { grid-column: 2; text-align: right; }
    .event__what { grid-column: 1 / -1; }
    .event__actions { grid-column: 1 / -1; }
    table.responsive, table.responsive tbody, table.responsive tr, table.responsive td { display: block; width: 100%; }
    table.responsive thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0); }
    table.responsive tr { border: 1px solid var(--snx-color-border); border-radius: var(--snx-radius-container); margin: 0 0 var(--snx-space-sm); padding: var(--snx-space-xs) var(--snx-space-sm); }
    table.responsive td { border: none; padding: 2px 0; display: grid; grid-template-columns: 7.5rem minmax(0, 1fr); gap: var(--snx-space-sm); }
    table.responsive td::before { content: attr(data-label); font-weight: 600; color: var(--snx-color-text-muted); }
}
`

/** Applies the stylesheet once (constructed stylesheet; CSP-safe). */
export function adoptStyles(doc: Document = document): void {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(CSS)
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
}
