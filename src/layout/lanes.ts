import { EVENT_KINDS, type TimelineEvent } from '../model/types.js';

export const LANE_MODES = ['kind', 'party', 'none'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** A horizontal band of the timeline; its key is a kind, a party, or "all". */
export interface Lane {
  key: string;
}

/** The lane key of events without parties, in `party` mode. */
export const UNSPECIFIED_PARTY = 'Unspecified';

/** The lane an event belongs to: its kind, its first party, or the single lane. */
export function laneOf(event: TimelineEvent, mode: LaneMode): string {
  if (mode === 'kind') return event.kind;
  if (mode === 'party') return event.parties?.[0] ?? UNSPECIFIED_PARTY;
  return 'all';
}

/** The lanes the dataset needs, in a stable order: kinds in schema order, parties by first appearance. */
export function lanesFor(events: readonly TimelineEvent[], mode: LaneMode): Lane[] {
  if (mode === 'none') return [{ key: 'all' }];
  const present = new Set(events.map((event) => laneOf(event, mode)));
  if (mode === 'kind') {
    return EVENT_KINDS.filter((kind) => present.has(kind)).map((key) => ({ key }));
  }
  const keys = [...present].sort((a, b) => (a === UNSPECIFIED_PARTY ? 1 : b === UNSPECIFIED_PARTY ? -1 : 0));
  return keys.map((key) => ({ key }));
}

/**
 * Each event's lane as a position in `lanes`, so layout reads a number instead of asking laneOf on
 * every zoom step: a byte each, unless there are more than 256 lanes (parties, in a big dataset).
 */
export function laneCodes(events: readonly TimelineEvent[], mode: LaneMode, lanes: readonly Lane[]): Uint8Array | Uint16Array {
  const position = new Map(lanes.map((lane, index) => [lane.key, index]));
  const codes = lanes.length <= 256 ? new Uint8Array(events.length) : new Uint16Array(events.length);
  events.forEach((event, i) => (codes[i] = position.get(laneOf(event, mode)) ?? 0));
  return codes;
}
