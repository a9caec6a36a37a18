import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';

export const sourcePanelStyles = [
  themeStyles,
  css`
    :host { display: block; min-width: 0; }
    .panel { border: 1px solid var(--_rule); border-top: 4px solid var(--_kind); border-radius: 6px; background: var(--_bg); }
    header { display: grid; grid-template-columns: 1fr auto auto; gap: 0 0.5em; padding: 0.75em 1em 0.25em; }
    .thumbnail { grid-column: 2; grid-row: 1 / span 2; width: 56px; height: 56px; object-fit: cover; border-radius: 4px; background: var(--_band); }
    .kind { grid-column: 1; margin: 0; font-size: 0.75em; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: var(--_muted); }
    h3 { grid-column: 1; margin: 0.15em 0 0; font-size: 1.15em; line-height: 1.3; }
    h3:focus { outline: none; }
    h3:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
    .close { grid-column: 3; grid-row: 1 / span 2; align-self: start; font-size: 1.3em; line-height: 1; }
    .panel-body { padding: 0 1em 1em; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 0.75em; margin: 0.75em 0; font-size: 0.9em; }
    dt { color: var(--_muted); }
    dd { margin: 0; }
    .summary { line-height: 1.5; }
    h4 { margin: 1em 0 0.35em; font-size: 0.8em; letter-spacing: 0.06em; text-transform: uppercase; color: var(--_muted); }
    .citation, .rights { margin: 0.2em 0; font-size: 0.9em; line-height: 1.45; overflow-wrap: anywhere; }
    a { color: var(--_focus); }
    .links ul { margin: 0; padding-inline-start: 1.1em; font-size: 0.92em; line-height: 1.5; }
    .link-date { color: var(--_muted); font-size: 0.85em; white-space: nowrap; }
    .host { color: var(--_muted); font-size: 0.85em; }
    .transcript {
      white-space: pre-wrap; font-family: var(--_serif); font-size: 0.95em; line-height: 1.6;
      padding: 0.75em 1em; background: var(--_band); border-radius: 4px; overflow-wrap: anywhere;
      max-height: var(--archive-timeline-transcript-max-height, 28em); overflow: auto;
    }
    .transcript a { color: var(--_accent); font-weight: 600; text-decoration-thickness: 2px; }
    mark { background: var(--_highlight); color: inherit; }
    .status { font-size: 0.9em; color: var(--_muted); }
    .status.error, .status.warning { color: var(--_accent); }
    /* One row however narrow: Previous and Next at either end, where the thumb expects them; the copy button between them wraps its words instead. */
    .steps {
      display: grid; grid-template-columns: auto minmax(0, 1fr) auto; gap: 0.5em; align-items: center;
      padding: 0.6em 1em; border-top: 1px solid var(--_rule);
    }
    .steps button[disabled] { opacity: 0.45; cursor: default; }
    .steps .previous, .steps .next { white-space: nowrap; }
    .steps .copy { font-size: 0.85em; justify-self: center; max-width: 100%; }
    /* Arrows point the way the step goes: outwards, on whichever side the direction puts the button. */
    .previous::before { content: '← '; }
    .next::after { content: ' →'; }
    .previous:dir(rtl)::before { content: '→ '; }
    .next:dir(rtl)::after { content: ' ←'; }
    /* On small screens the panel is a bottom sheet over the page. */
    @media (max-width: 600px) {
      :host { position: fixed; left: 0; right: 0; bottom: 0; z-index: 1000; }
      .panel {
        display: flex; flex-direction: column; max-height: 75vh; border-radius: 12px 12px 0 0;
        box-shadow: 0 -6px 24px rgb(0 0 0 / 0.25);
      }
      .panel-body { overflow: auto; overscroll-behavior: contain; }
      .transcript { max-height: none; overflow: visible; }
    }
    @media print {
      :host { position: static; }
      .panel { box-shadow: none; max-height: none; border: 0; }
      .close, .steps { display: none; }
      .transcript { max-height: none; overflow: visible; background: none; padding: 0; }
      .transcript a { color: inherit; text-decoration: none; font-weight: normal; }
    }
  `,
];
