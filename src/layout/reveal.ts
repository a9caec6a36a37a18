import type { TimelineEvent } from '../model/types.js';
import type { ClusterMark } from './marks.js';
import { eventSpan } from '../model/event-dates.js';
import type { Instant } from './time-scale.js';

const DAY = 86_400_000;

/**
 * The dates to show so that an event's own mark shows, from the view [d0, d1]: when the event is off
 * screen, a view as wide centred on it; when it is on screen but counted in a cluster, a quarter as
 * wide (at least `minSpan`, and never narrower than the event) centred on it. Null when the view is
 * already as close as `minSpan` allows and the event is on screen: zooming cannot help.
 */
export function revealRange<T extends Instant>(event: TimelineEvent, [d0, d1]: readonly [T, T], minSpan: number): [T, T] | null {
  const [from, to] = eventSpan(event);
  const span = +d1 - +d0;
  const onScreen = from < +d1 && to > +d0;
  if (onScreen && span <= minSpan) return null;
  const width = onScreen ? Math.max(minSpan, span / 4, to - from) : span;
  const centre = (from + to) / 2;
  return [like(d0, centre - width / 2), like(d0, centre + width / 2)];
}

/** A time (ms) as the same kind of instant as `template`: a Date, or ms in deep time. */
const like = <T extends Instant>(template: T, ms: number): T => (typeof template === 'number' ? ms : new Date(ms)) as T;

/** The dates a cluster opens to: the time it covers, with a tenth of it (at least a day) on each side. */
export function clusterRange(cluster: Pick<ClusterMark, 'from' | 'to'>): [Date, Date] {
  const [from, to] = clusterTimes(cluster);
  return [new Date(from), new Date(to)];
}

/** The same in ms, which every axis takes, deep time's too. */
export function clusterTimes({ from, to }: Pick<ClusterMark, 'from' | 'to'>): [number, number] {
  const margin = Math.max(DAY, (to - from) * 0.1);
  return [from - margin, to + margin];
}
