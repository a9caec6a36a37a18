import { css } from 'lit';

/**
 * Public theming tokens (`--archive-timeline-*`) resolved once into private ones (`--_*`).
 * Kind colours keep 3:1 against the background for marks; text colours keep 4.5:1,
 * in the light and the dark scheme alike.
 */
const lightTokens = css`
  --_bg: var(--archive-timeline-background, #ffffff);
  --_fg: var(--archive-timeline-color, #1c1c1c);
  --_muted: var(--archive-timeline-muted-color, #575757);
  --_band: var(--archive-timeline-lane-background, #f4f2ee);
  --_rule: var(--archive-timeline-rule-color, #c9c4ba);
  --_accent: var(--archive-timeline-accent, #8a1c1c);
  --_focus: var(--archive-timeline-focus-color, #1a57c9);
  --_highlight: var(--archive-timeline-highlight, #ffe58a);
  --_meeting: var(--archive-timeline-color-meeting, #1d5fa8);
  --_cable: var(--archive-timeline-color-cable, #b3261e);
  --_message: var(--archive-timeline-color-message, #6a3d9a);
  --_treaty: var(--archive-timeline-color-treaty, #0b6b3a);
  --_conference: var(--archive-timeline-color-conference, #8a5300);
  --_other: var(--archive-timeline-color-other, #555555);
`;

const darkTokens = css`
  --_bg: var(--archive-timeline-background, #17181a);
  --_fg: var(--archive-timeline-color, #ecebe8);
  --_muted: var(--archive-timeline-muted-color, #b4b1aa);
  --_band: var(--archive-timeline-lane-background, #222326);
  --_rule: var(--archive-timeline-rule-color, #4a4943);
  --_accent: var(--archive-timeline-accent, #ff9c8f);
  --_focus: var(--archive-timeline-focus-color, #8ab4ff);
  --_highlight: var(--archive-timeline-highlight, #6b5510);
  --_meeting: var(--archive-timeline-color-meeting, #79aef0);
  --_cable: var(--archive-timeline-color-cable, #f2837a);
  --_message: var(--archive-timeline-color-message, #c2a3ec);
  --_treaty: var(--archive-timeline-color-treaty, #5ccf95);
  --_conference: var(--archive-timeline-color-conference, #e7ab55);
  --_other: var(--archive-timeline-color-other, #b0b0b0);
`;

/**
 * The public theming tokens (`--archive-timeline-*`) resolved once, on <archive-timeline>, into
 * private ones (`--_*`) that its parts inherit. `theme="light|dark"` forces a scheme; `auto`
 * (default) follows the reader's. Kind colours keep 3:1 against the background for marks and
 * text colours 4.5:1, in both schemes.
 */
export const tokenStyles = css`
  :host { ${lightTokens} }
  :host([theme='dark']) { ${darkTokens} }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) { ${darkTokens} }
  }
  /* Windows high contrast: system colours; kinds stay apart by shape. */
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas; --_fg: CanvasText; --_muted: CanvasText; --_band: Canvas; --_rule: CanvasText;
      --_accent: Highlight; --_focus: Highlight; --_highlight: Mark;
      --_meeting: CanvasText; --_cable: CanvasText; --_message: CanvasText; --_treaty: CanvasText;
      --_conference: CanvasText; --_other: CanvasText;
    }
  }
`;

/** What every part shares: kind colours, buttons, focus, hidden text, reduced motion. */
export const themeStyles = css`
  :host {
    font-family: var(--_font);
    color: var(--_fg);
  }
  .kind-meeting { --_kind: var(--_meeting); }
  .kind-cable { --_kind: var(--_cable); }
  .kind-message { --_kind: var(--_message); }
  .kind-treaty { --_kind: var(--_treaty); }
  .kind-conference { --_kind: var(--_conference); }
  .kind-other { --_kind: var(--_other); }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_rule);
    border-radius: 4px;
    min-width: 32px;
    min-height: 32px;
    padding: 0 0.6em;
    cursor: pointer;
  }
  button:hover { border-color: var(--_muted); }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }
`;
