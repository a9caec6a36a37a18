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
    .body { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
    @container (min-width: 880px) {
      .body.with-panel { grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); align-items: start; }
    }
  `,
];
