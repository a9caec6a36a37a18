import type { TimeScale } from './time-scale.js';
import type { ClusterMark, EventMark } from './marks.js';
import { rescale, type ZoomTransform } from './zoom.js';

/**
 * Where to lay out for a view: a stretch of the zoomed timeline that starts at a multiple of
 * `quantum` px and reaches `quantum` px past the view's right edge. While a pan stays within one
 * quantum the stretch, and so its layout (rows, labels, clusters), stays the same: the marks keep
 * their places and only `offset` moves them, instead of every row being packed again from a new
 * left edge on every step of a drag.
 */
export interface PanWindow {
  /** Maps dates to x in the stretch: x in the view is x in the stretch plus `offset`. */
  scale: TimeScale;
  /** From the stretch to the view, px: between -quantum and 0. */
  offset: number;
  /** Equal for two views that share the stretch: their layouts are the same. */
  key: string;
}

export function panWindow(base: TimeScale, { k, x }: ZoomTransform, width: number, quantum: number): PanWindow {
  const step = Math.max(1, quantum);
  const snapped = Math.ceil(x / step) * step;
  const zoomed = rescale(base, { k, x: snapped });
  const right = width + step;
  const scale = zoomed.copy().domain([zoomed.invert(0), zoomed.invert(right)]).range([0, right]);
  // Everything the stretch's scale depends on, the base domain included.
  const [d0, d1] = base.domain();
  return { scale, offset: x - snapped, key: `${+d0} ${+d1} ${k} ${snapped} ${width} ${step}` };
}

/**
 * The marks and clusters of a stretch's layout that show in a view of the dates [t0, t1) (ms): the
 * same test the layout makes, an event's days overlapping the view, so panning draws what it did.
 */
export function inView<T extends EventMark | ClusterMark>(items: readonly T[], [t0, t1]: readonly [number, number]): T[] {
  return items.filter(({ from, to }) => from < t1 && to > t0);
}
