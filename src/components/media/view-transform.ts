/** The large view's zoom and pan: a scale and the picture's offset from the centre, in CSS pixels. */
export interface ViewTransform {
  scale: number;
  x: number;
  y: number;
}

export const FIT: ViewTransform = { scale: 1, x: 0, y: 0 };
export const MAX_SCALE = 8;

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(1, scale));

/**
 * Zooms by `factor` about `point` (offset from the view's centre), so the spot under the pointer
 * stays under it; at scale 1 the picture is fitted and centred.
 */
export function zoomAbout(view: ViewTransform, factor: number, point = { x: 0, y: 0 }): ViewTransform {
  const scale = clampScale(view.scale * factor);
  if (scale === 1) return FIT;
  const k = scale / view.scale;
  return { scale, x: point.x - (point.x - view.x) * k, y: point.y - (point.y - view.y) * k };
}

/** Moves the picture by (dx, dy), never further than its edges allow at its scale within a view of `size`. */
export function panBy(view: ViewTransform, dx: number, dy: number, size: { width: number; height: number }): ViewTransform {
  const limitX = (size.width * (view.scale - 1)) / 2;
  const limitY = (size.height * (view.scale - 1)) / 2;
  const clamp = (value: number, limit: number) => Math.min(limit, Math.max(-limit, value));
  return { scale: view.scale, x: clamp(view.x + dx, limitX), y: clamp(view.y + dy, limitY) };
}

/** The CSS transform that shows it. */
export const transformOf = (view: ViewTransform): string => `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
