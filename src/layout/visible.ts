import type { TimelineEvent } from '../model/types.js';
import { eventExtent } from './time-scale.js';

/**
 * An index of events by time, built once per dataset, so a viewport asks only for
 * the events it shows instead of scanning all of them on every zoom step.
 */
export interface TimeIndex {
  /** Events sorted by start. */
  readonly events: readonly TimelineEvent[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** 1 where the event is a range (drawn as a bar), 0 for a point. */
  readonly ranges: Uint8Array;
  /** The longest extent of any event: how far before a window a visible range can start. */
  readonly longest: number;
}

/** Builds the index; `events` must be sorted by start (validateDataset sorts them). */
export function indexByTime(events: readonly TimelineEvent[]): TimeIndex {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const ranges = new Uint8Array(events.length);
  let longest = 0;
  events.forEach((event, i) => {
    const [from, to] = eventExtent(event);
    starts[i] = from.getTime();
    ends[i] = to.getTime();
    ranges[i] = event.finish === undefined ? 0 : 1;
    longest = Math.max(longest, ends[i] - starts[i]);
  });
  return { events, starts, ends, ranges, longest };
}

/** The first position whose start is at or after `time` (binary search). */
export function lowerBound(starts: Float64Array, time: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events that overlap the window [from, to), in time order. */
export function visibleEvents(index: TimeIndex, from: Date, to: Date): TimelineEvent[] {
  const t0 = from.getTime();
  const t1 = to.getTime();
  const first = lowerBound(index.starts, t0 - index.longest);
  const last = lowerBound(index.starts, t1);
  const result: TimelineEvent[] = [];
  for (let i = first; i < last; i++) {
    if (index.ends[i] > t0) result.push(index.events[i]);
  }
  return result;
}
