import { css } from 'lit';
import { themeStyles, tokenStyles } from '../shared/theme.styles.js';

export const archiveTimelineStyles = [
  tokenStyles,
  themeStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      --_font: var(--archive-timeline-font-family, inherit);
      --_serif: var(--archive-timeline-transcript-font-family, Georgia, 'Times New Roman', serif);
      /*
       * The page's CSS must not reach in. Inherited text properties are reset here, !important
       * so that even a page's !important rules stop at the host; only the font family is
       * inherited, as documented.
       */
      font-size: var(--archive-timeline-font-size, 16px) !important;
      line-height: 1.4 !important;
      font-style: normal !important;
      font-weight: 400 !important;
      font-variant: normal !important;
      letter-spacing: normal !important;
      word-spacing: normal !important;
      text-align: start !important;
      text-indent: 0 !important;
      text-transform: none !important;
      text-shadow: none !important;
      white-space: normal !important;
      color: var(--_fg) !important;
      visibility: visible;
      cursor: auto;
    }
    :host([hidden]) { display: none; }
    .root { background: var(--_bg); }
    header h2 { margin: 0 0 0.25em; font-size: 1.2em; }
    header p { margin: 0 0 0.75em; color: var(--_muted); font-size: 0.95em; }
    .status { color: var(--_muted); }
    .alert {
      margin: 0 0 0.75em; padding: 0.6em 0.9em; border-inline-start: 4px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 8%, var(--_bg)); font-size: 0.9em;
    }
    .alert p { margin: 0.2em 0; }
    .alert ul { margin: 0.3em 0; padding-inline-start: 1.2em; overflow-wrap: anywhere; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.5em 0.75em; align-items: center; margin-bottom: 0.6em; }
    .switch { display: inline-flex; }
    .switch button { border-radius: 0; }
    .switch button:first-child { border-start-start-radius: 4px; border-end-start-radius: 4px; }
    .switch button:last-child { border-start-end-radius: 4px; border-end-end-radius: 4px; margin-inline-start: -1px; }
    .switch button[aria-checked='true'] { background: var(--_fg); color: var(--_bg); border-color: var(--_fg); }
    .search input {
      font: inherit; font-size: 0.95em; min-height: 32px; width: 13em; max-width: 100%; padding: 0 0.5em;
      color: var(--_fg); background: var(--_bg); border: 1px solid var(--_rule); border-radius: 4px;
    }
    .legend { display: flex; flex-wrap: wrap; gap: 0.25em; font-size: 0.85em; }
    .legend button { display: inline-flex; align-items: center; gap: 0.35em; min-height: 28px; border-color: transparent; }
    .legend button[aria-pressed='false'] { color: var(--_muted); text-decoration: line-through; }
    .legend button[aria-pressed='false'] svg * { fill: none; stroke: var(--_kind); stroke-width: 1.5; }
    .legend svg * { fill: var(--_kind); }
    .body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1em; }
    .hidden { display: none; }
    .timeline.empty { visibility: hidden; block-size: 0; overflow: hidden; }
    @container (min-width: 880px) {
      .body.with-panel { grid-template-columns: minmax(0, 3fr) minmax(18em, 2fr); align-items: start; }
    }
    @media print {
      .controls, archive-timeline-view, archive-vis-view { display: none; }
      .body.with-panel { grid-template-columns: minmax(0, 1fr); }
    }
  `,
];
