import type { TimelineEvent } from '../model/types.js';
import type { ClusterMark } from './marks.js';
import { eventExtent } from './time-scale.js';

const DAY = 86_400_000;

/**
 * The dates to show so that an event's own mark shows, from the view [d0, d1]: when the event is off
 * screen, a view as wide centred on it; when it is on screen but counted in a cluster, a quarter as
 * wide (at least `minSpan`, and never narrower than the event) centred on it. Null when the view is
 * already as close as `minSpan` allows and the event is on screen: zooming cannot help.
 */
export function revealRange(event: TimelineEvent, [d0, d1]: readonly [Date, Date], minSpan: number): [Date, Date] | null {
  const [from, to] = eventExtent(event);
  const span = d1.getTime() - d0.getTime();
  const onScreen = from < d1 && to > d0;
  if (onScreen && span <= minSpan) return null;
  const width = onScreen ? Math.max(minSpan, span / 4, to.getTime() - from.getTime()) : span;
  const centre = (from.getTime() + to.getTime()) / 2;
  return [new Date(centre - width / 2), new Date(centre + width / 2)];
}

/** The dates a cluster opens to: the time it covers, with a tenth of it (at least a day) on each side. */
export function clusterRange({ from, to }: Pick<ClusterMark, 'from' | 'to'>): [Date, Date] {
  const margin = Math.max(DAY, (to - from) * 0.1);
  return [new Date(from - margin), new Date(to + margin)];
}
