import type { TimelineEvent } from '../model/types.js';
import { eventSpan } from '../model/event-dates.js';

/**
 * An index of events by time, built once per dataset, so a viewport asks only for
 * the events it shows instead of scanning all of them on every zoom step.
 * Times are whole minutes after `origin` (no calendar date is finer than a minute), kept in an
 * Int32Array: half the memory of milliseconds in a Float64Array, which matters at 100,000 events.
 * Data spanning more than 4,000 years fall back to a Float64Array.
 */
export interface TimeIndex {
  /** Events sorted by start. */
  readonly events: readonly TimelineEvent[];
  /** Where each event starts and (exclusive) ends, in minutes after `origin`. */
  readonly starts: Int32Array | Float64Array;
  readonly ends: Int32Array | Float64Array;
  /** The time (ms) the minutes count from: the earliest start. */
  readonly origin: number;
  /** 1 where the event is a range (drawn as a bar), 0 for a point. */
  readonly ranges: Uint8Array;
  /** The longest extent of any event, in minutes: how far before a window a visible range can start. */
  readonly longest: number;
}

export const MINUTE = 60_000;

/** A time (ms) in the index's minutes; fractional between minutes, which comparisons handle. */
export function indexTime(index: TimeIndex, ms: number): number {
  return (ms - index.origin) / MINUTE;
}

/** Builds the index; `events` must be sorted by start (validateDataset sorts them). */
export function indexByTime(events: readonly TimelineEvent[]): TimeIndex {
  // Each extent worked out once, in ms; minutes once the whole span, and so their type, is known.
  const from = new Float64Array(events.length);
  const to = new Float64Array(events.length);
  const ranges = new Uint8Array(events.length);
  let last = -Infinity;
  events.forEach((event, i) => {
    [from[i], to[i]] = eventSpan(event);
    last = Math.max(last, to[i]);
    ranges[i] = event.end === undefined ? 0 : 1;
  });
  const origin = events.length ? from[0] : 0;
  const Minutes = (last - origin) / MINUTE < 2 ** 31 ? Int32Array : Float64Array;
  const starts = new Minutes(events.length);
  const ends = new Minutes(events.length);
  let longest = 0;
  for (let i = 0; i < events.length; i++) {
    starts[i] = Math.round((from[i] - origin) / MINUTE);
    ends[i] = Math.round((to[i] - origin) / MINUTE);
    longest = Math.max(longest, ends[i] - starts[i]);
  }
  return { events, starts, ends, origin, ranges, longest };
}

/** The first position whose start is at or after `time` (binary search). */
export function lowerBound(starts: Int32Array | Float64Array, time: number): number {
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
export function visibleEvents(index: TimeIndex, from: Date | number, to: Date | number): TimelineEvent[] {
  const t0 = indexTime(index, +from);
  const t1 = indexTime(index, +to);
  const first = lowerBound(index.starts, t0 - index.longest);
  const last = lowerBound(index.starts, t1);
  const result: TimelineEvent[] = [];
  for (let i = first; i < last; i++) {
    if (index.ends[i] > t0) result.push(index.events[i]);
  }
  return result;
}
