import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';
import { zoomButtonsStyles } from '../shared/zoom-buttons.styles.js';

export const timelineViewStyles = [
  themeStyles,
  zoomButtonsStyles,
  css`
    .frame { position: relative; overflow: hidden; border: 1px solid var(--_rule); border-radius: 6px; background: var(--_bg); }
    svg.canvas { display: block; user-select: none; -webkit-user-select: none; cursor: grab; touch-action: pan-y; }
    svg.canvas:active { cursor: grabbing; }
    .axis text { font-size: 12px; fill: var(--_muted); }
    .axis line { stroke: var(--_rule); stroke-width: 1; }
    .axis .major line { stroke: var(--_muted); }
    .axis .major text { fill: var(--_fg); font-weight: 600; }
    .lane rect { fill: var(--_band); }
    .lane.odd rect { fill: transparent; }
    .lane-label { font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; fill: var(--_muted); }
    .mark { cursor: pointer; outline: none; }
    .mark .hit { fill: transparent; }
    .mark .shape { fill: var(--_kind); stroke: var(--_bg); stroke-width: 1.5; }
    .mark .bar { fill: color-mix(in srgb, var(--_kind) 22%, var(--_bg)); stroke: var(--_kind); stroke-width: 1.5; }
    .mark.approximate .shape { fill: var(--_bg); stroke: var(--_kind); stroke-width: 2; stroke-dasharray: 3 2; }
    .mark.approximate .bar { stroke-dasharray: 4 3; }
    .overlay { position: absolute; inset: 0; overflow: hidden; pointer-events: none; contain: strict; }
    /*
     * During a gesture the canvas shows the marks; their elements wait under it, unseen (and keep
     * focus). It takes the pointer, so that nothing clicks a mark where it was before.
     */
    .gesture { position: absolute; left: 0; top: 0; cursor: grab; touch-action: pan-y; user-select: none; -webkit-user-select: none; }
    .gesture:active { cursor: grabbing; }
    /* Hidden between gestures, but laid out: the first frame of the next need not place it. */
    .gesture[hidden] { display: block; visibility: hidden; }
    .waiting { opacity: 0; }
    /* The labels hold no focus: Chromium may skip them altogether, not merely paint them clear. */
    .overlay.waiting { content-visibility: hidden; }
    .label, .cluster-count { position: absolute; left: 0; top: 0; white-space: nowrap; }
    /*
     * The halo that keeps a label legible over lines and marks is a stroke of the background painted
     * under the letters, as the gesture canvas draws it: three blurred text-shadows cost Chromium about
     * 12 ms more to show 1,000 events.
     */
    .label {
      font-size: 13px; line-height: 16px; margin-top: -8px; color: var(--_fg); cursor: pointer; pointer-events: auto; touch-action: pan-y;
      -webkit-text-stroke: 3px var(--_bg); paint-order: stroke fill;
    }
    .label:hover { text-decoration: underline; }
    .cluster { cursor: zoom-in; outline: none; }
    .cluster .hit { fill: transparent; }
    .cluster-bar { fill: color-mix(in srgb, var(--_muted) 25%, var(--_bg)); stroke: var(--_muted); stroke-width: 1; }
    .cluster-count { font-size: 11px; font-weight: 700; line-height: 12px; margin-top: -6px; color: var(--_fg); translate: -50% 0; }
    .cluster:focus-visible .hit { stroke: var(--_focus); stroke-width: 3; }
    .relation { fill: none; stroke: var(--_accent); stroke-width: 1.75; stroke-dasharray: 5 3; opacity: 0.85; }
    .mark .halo { fill: none; stroke: var(--_accent); stroke-width: 2.5; }
    .label.selected { font-weight: 700; color: var(--_accent); }
    .mark.selected .bar { stroke: var(--_accent); stroke-width: 2.5; }
    .mark:focus-visible .hit { stroke: var(--_focus); stroke-width: 3; }
    .hint {
      position: absolute; left: 50%; top: 40%; transform: translate(-50%, -50%); margin: 0;
      padding: 0.5em 0.8em; border-radius: 4px; background: rgb(0 0 0 / 0.78); color: #fff; font-size: 0.9em;
      pointer-events: none; opacity: 0; transition: opacity 0.2s;
    }
    .hint.visible { opacity: 1; }
    @media (prefers-reduced-motion: reduce) { .hint { transition: none; } }
  `,
];
