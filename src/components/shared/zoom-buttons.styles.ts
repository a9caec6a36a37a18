import { css } from 'lit';

/** The zoom buttons (controls.ts zoomButtons) and the renderer's host: the same in every renderer. */
export const zoomButtonsStyles = css`
  :host { display: block; min-width: 0; }
  .zoom { display: flex; flex-wrap: wrap; gap: 0.35em; align-items: center; margin-bottom: 0.5em; }
  .zoom button { font-size: 1.05em; line-height: 1; }
  .zoom .fit { font-size: 0.85em; }
  .caption { color: var(--_muted); font-size: 0.8em; margin-inline-start: 0.25em; }
  /* How to zoom with what the reader points with: a finger pinches, a mouse or trackpad scrolls. */
  .caption.touch { display: none; }
  @media (pointer: coarse) {
    .caption.mouse { display: none; }
    .caption.touch { display: inline; }
  }
`;
