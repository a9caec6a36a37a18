import { css } from 'lit';
import { themeStyles } from './theme.styles.js';

export const archiveTimelineStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      /* Host-page CSS must not reach in: reset what inherits, except the documented font. */
      font-size: var(--archive-timeline-font-size, 16px);
      line-height: 1.4;
      text-align: start;
    }
    :host([hidden]) { display: none; }
    .root { background: var(--_bg); }
    header h2 { margin: 0 0 0.25rem; font-size: 1.2rem; }
    header p { margin: 0 0 0.75rem; color: var(--_muted); font-size: 0.95rem; }
    .status { color: var(--_muted); }
    .alert {
      margin: 0 0 0.75rem; padding: 0.6rem 0.9rem; border-left: 4px solid var(--_accent);
      background: color-mix(in srgb, var(--_accent) 8%, var(--_bg)); font-size: 0.9rem;
    }
    .alert p { margin: 0.2rem 0; }
    .alert ul { margin: 0.3rem 0; padding-left: 1.2rem; overflow-wrap: anywhere; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: center; margin-bottom: 0.6rem; }
    .switch { display: inline-flex; }
    .switch button { border-radius: 0; }
    .switch button:first-child { border-radius: 4px 0 0 4px; }
    .switch button:last-child { border-radius: 0 4px 4px 0; margin-left: -1px; }
    .switch button[aria-pressed='true'] { background: var(--_fg); color: var(--_bg); border-color: var(--_fg); }
    .search input {
      font: inherit; font-size: 0.95rem; min-height: 32px; width: 13rem; max-width: 100%; padding: 0 0.5rem;
      color: var(--_fg); background: var(--_bg); border: 1px solid var(--_rule); border-radius: 4px;
    }
    .legend { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; margin: 0; padding: 0; font-size: 0.85rem; }
    .legend button { display: inline-flex; align-items: center; gap: 0.35rem; min-height: 28px; border-color: transparent; }
    .legend button[aria-pressed='false'] { color: var(--_muted); text-decoration: line-through; }
    .legend button[aria-pressed='false'] svg * { fill: none; stroke: var(--_kind); stroke-width: 1.5; }
    .legend svg * { fill: var(--_kind); }
    .body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
    .hidden { display: none; }
    @container (min-width: 880px) {
      .body.with-panel { grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); align-items: start; }
    }
    @media print {
      .controls, archive-timeline-view { display: none; }
      .body.with-panel { grid-template-columns: minmax(0, 1fr); }
    }
  `,
];
