import { css, unsafeCSS } from 'lit';
import visTimelineCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import { themeStyles } from '../../components/shared/theme.styles.js';
import { zoomButtonsStyles } from '../../components/shared/zoom-buttons.styles.js';

/**
 * vis-timeline's own stylesheet, adopted into the shadow root (so it neither leaks out nor lets
 * the page's CSS in), then our theming tokens mapped onto its classes.
 */
export const visViewStyles = [
  unsafeCSS(visTimelineCss),
  themeStyles,
  zoomButtonsStyles,
  css`
    .frame { position: relative; border-radius: 6px; background: var(--_bg); }
    /* Until vis has drawn our window (one frame after its own first draw). */
    .vis-host.pending { opacity: 0; }

    .vis-timeline { border: 1px solid var(--_rule); border-radius: 6px; font-size: 13px; background: var(--_bg); }
    .vis-panel.vis-bottom, .vis-panel.vis-center, .vis-panel.vis-left, .vis-panel.vis-right, .vis-panel.vis-top { border-color: var(--_rule); }
    .vis-time-axis .vis-text { color: var(--_muted); font-size: 12px; }
    .vis-time-axis .vis-text.vis-major { color: var(--_fg); font-weight: 600; }
    .vis-time-axis .vis-grid.vis-minor { border-color: color-mix(in srgb, var(--_rule) 45%, var(--_bg)); }
    .vis-time-axis .vis-grid.vis-major { border-color: var(--_rule); }
    .vis-labelset .vis-label { color: var(--_muted); border-bottom-color: var(--_rule); }
    .vis-labelset .vis-label .vis-inner { font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; }
    .vis-foreground .vis-group { border-bottom-color: var(--_rule); }

    .vis-item { color: var(--_fg); border-color: var(--_kind, var(--_rule)); background-color: color-mix(in srgb, var(--_kind, var(--_rule)) 22%, var(--_bg)); cursor: pointer; }
    .vis-item.vis-range { border-width: 1.5px; }
    .vis-item.vis-point { background: none; border-radius: 4px; }
    .vis-item.vis-dot { border-color: var(--_kind); background-color: var(--_kind); }
    /* Long titles are cut on screen (vis stacks by drawn width); the accessible name keeps them whole. */
    .vis-item .vis-item-content { padding: 2px 5px; max-width: 20em; overflow: hidden; text-overflow: ellipsis; }
    .vis-item.vis-point .vis-item-content { padding: 2px 4px; }
    /* Uncertain dates: hollow, with a dashed outline, as in the SVG view. */
    .vis-item.vis-range.approximate { border-style: dashed; background-color: var(--_bg); }
    .vis-item.vis-dot.approximate { background-color: var(--_bg); border-width: 2px; border-style: dashed; }
    /* vis draws no connectors: the events linked with the selected one are outlined instead. */
    .vis-item.related:not(.vis-dot) { outline: 1.5px dashed var(--_accent); outline-offset: 1px; }
    .vis-item.vis-selected { border-color: var(--_accent); z-index: 2; }
    .vis-item.vis-range.vis-selected { border-width: 2.5px; background-color: color-mix(in srgb, var(--_accent) 14%, var(--_bg)); }
    .vis-item.vis-point.vis-selected { background-color: color-mix(in srgb, var(--_accent) 10%, var(--_bg)); }
    .vis-item.vis-dot.vis-selected { border-color: var(--_accent); background-color: var(--_accent); }
    .vis-item.vis-selected .vis-item-content { font-weight: 700; color: var(--_accent); }
    .vis-panel.vis-left:focus-visible { outline: 3px solid var(--_focus); outline-offset: -3px; }
    .vis-item:focus { outline: none; }
    .vis-item:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; z-index: 3; }
    @media (forced-colors: active) {
      .vis-item.vis-selected { border-color: Highlight; }
    }
  `,
];
