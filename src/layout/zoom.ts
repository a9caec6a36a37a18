import type { TimeScale } from './time-scale.js';

/**
 * A horizontal zoom of the base scale: scale by `k`, then shift by `x` px (d3-zoom's transform,
 * without the y the timeline does not use). Immutable: every gesture makes a new one.
 */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0 };

/** The base scale zoomed: the dates now at each end of its range. */
export function rescale<S extends TimeScale>(base: S, { k, x }: ZoomTransform): S {
  const range = base.range();
  return base.copy().domain(range.map((px) => base.invert((px - x) / k)));
}

/** Zooms by `factor`, keeping the date under `px` where it is; k stays within `extent`. */
export function zoomAround(transform: ZoomTransform, factor: number, px: number, extent: readonly [number, number]): ZoomTransform {
  const k = Math.min(extent[1], Math.max(extent[0], transform.k * factor));
  return { k, x: px - ((px - transform.x) * k) / transform.k };
}

/** Shifts the view by `dx` px. */
export function panBy(transform: ZoomTransform, dx: number): ZoomTransform {
  return { k: transform.k, x: transform.x + dx };
}

/**
 * The transform for a two-finger pinch: the points under the fingers at the start (`from`, px)
 * stay under the fingers now (`to`), as far as `extent` allows.
 */
export function pinch(
  start: ZoomTransform,
  from: readonly [number, number],
  to: readonly [number, number],
  extent: readonly [number, number],
): ZoomTransform {
  const spread = Math.abs(to[1] - to[0]) / Math.max(1, Math.abs(from[1] - from[0]));
  const midFrom = (from[0] + from[1]) / 2;
  const midTo = (to[0] + to[1]) / 2;
  return panBy(zoomAround(start, spread, midFrom, extent), midTo - midFrom);
}

/** d3-zoom's wheel mapping: a scale factor of 2^(-deltaY × 0.002), ten times that with Ctrl (a trackpad pinch). */
export function wheelFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return 2 ** (-event.deltaY * perUnit * (event.ctrlKey ? 10 : 1));
}
