import type { TimeScale } from './time-scale.js';
import { withCirca } from '../model/format.js';
import type { TimelineEvent } from '../model/types.js';
import { estimateTextWidth, RowPacker, truncateLabel } from './labels.js';
import type { Lane } from './lanes.js';
import { indexTime, lowerBound, MINUTE, type TimeIndex } from './visible.js';

export interface LayoutOptions {
  lanes: readonly Lane[];
  /** Label rows per lane; events that find no room go to a dense strip below them, unlabelled. */
  rowsPerLane: number;
  rowHeight: number;
  laneGap: number;
  /** Space above the first row of each lane, for its label. */
  laneHeader: number;
  fontSize: number;
  /** Longest label in characters before it is truncated. */
  maxLabelChars: number;
  /** How an uncertain event's label is marked, its title in place of `{date}`: the language's "c. {date}". */
  circa: string;
  markSize: number;
  /** Widest stretch of the dense strip one cluster covers: longer runs split, so a cluster zooms somewhere useful. */
  clusterWidth: number;
}

export interface EventMark {
  event: TimelineEvent;
  /** Left edge (point events: the centre of the day). */
  x: number;
  /** Width of a range bar; 0 for a point. */
  width: number;
  /** Vertical centre of the mark. */
  y: number;
  /** The label as shown: the title, truncated, marked "c." when the date is uncertain. */
  label: string | undefined;
  /** The time it covers, in ms (a point event: its whole day, month or year). */
  from: number;
  to: number;
}

/** Events whose marks would cover each other in a lane's dense strip, drawn as one mark that zooms in. */
export interface ClusterMark {
  /** Position of the lane in `options.lanes`. */
  lane: number;
  count: number;
  /** The earliest and the latest event in it (by start), for its name. */
  first: TimelineEvent;
  last: TimelineEvent;
  /** The time it covers, in ms: where clicking it zooms to. */
  from: number;
  to: number;
  /** Left and right edges in px. */
  x0: number;
  x1: number;
  y: number;
}

/**
 * What identifies a cluster from one layout to the next: its first event, which no other cluster
 * holds. Its place in a list of clusters would not do: when one leaves the view, the rest would
 * all take another's place (and be written again).
 */
export const clusterKey = (cluster: ClusterMark): string => cluster.first.id;

export interface LaneBand {
  lane: Lane;
  y: number;
  height: number;
}

export interface TimelineLayout {
  marks: EventMark[];
  clusters: ClusterMark[];
  bands: LaneBand[];
  height: number;
}

/**
 * A cluster being gathered in a lane's strip: positions in the index of its first and last event,
 * and the first event's mark, drawn on its own if nothing joins it.
 */
interface OpenRun {
  count: number;
  first: number;
  last: number;
  x0: number;
  x1: number;
  /** Where its events end, in the time index's minutes. */
  to: number;
  only: { x: number; width: number };
}

/**
 * Places the events in the scale's window: a band per lane, a row per event within its lane,
 * labels only where they do not collide, and a strip of clusters below where events crowd.
 * One pass over the window's events, reading the index's typed arrays: objects are made only
 * for what is drawn, so a zoom step over 100,000 events costs a loop, not 100,000 allocations.
 * A pure function of the index, the lanes, the scale and the options.
 */
export function layoutTimeline(
  index: TimeIndex,
  laneOfEvent: Uint8Array | Uint16Array,
  scale: TimeScale,
  options: LayoutOptions,
): TimelineLayout {
  const { lanes, rowsPerLane, rowHeight, laneGap, laneHeader, markSize, clusterWidth } = options;
  const { events, starts, ends, ranges } = index;
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  // Times in the index's minutes (visible.ts), so the loop reads its typed arrays as they are.
  const t0 = indexTime(index, +d0);
  const t1 = indexTime(index, +d1);
  const toMs = (minutes: number) => index.origin + minutes * MINUTE;
  // The scale is linear in time: one multiply per edge instead of a scale call per event.
  const pxPerMinute = (r1 - r0) / Math.max(1 / MINUTE, t1 - t0);
  const half = markSize / 2;

  const packers = lanes.map(() => new RowPacker(rowsPerLane));
  const rowsUsed = new Uint16Array(lanes.length).fill(1);
  const runs: (OpenRun | undefined)[] = lanes.map(() => undefined);
  // Marks and clusters know their lane and row until the lanes' heights, and so their y, are known.
  // `order` is the event's place in time: a lone event of the dense strip is only placed when its run closes.
  const marks: (EventMark & { lane: number; row: number; order: number })[] = [];
  const clusters: ClusterMark[] = [];

  const closeRun = (lane: number) => {
    const run = runs[lane];
    if (!run) return;
    runs[lane] = undefined;
    if (run.count === 1) {
      marks.push({ event: events[run.first], ...run.only, y: 0, label: undefined, from: toMs(starts[run.first]), to: toMs(ends[run.first]), lane, row: rowsPerLane, order: run.first });
      return;
    }
    const { count, x0, x1, to } = run;
    clusters.push({ lane, count, first: events[run.first], last: events[run.last], from: toMs(starts[run.first]), to: toMs(to), x0, x1, y: 0 });
  };

  const last = lowerBound(starts, t1);
  for (let i = lowerBound(starts, t0 - index.longest); i < last; i++) {
    if (ends[i] <= t0) continue;
    const lane = laneOfEvent[i];
    // A point sits at the centre of its day; a range spans its days, at least a mark wide.
    const xs = r0 + (starts[i] - t0) * pxPerMinute;
    const xe = r0 + (ends[i] - t0) * pxPerMinute;
    const x = ranges[i] ? xs : (xs + xe) / 2;
    const width = ranges[i] ? Math.max(markSize, xe - xs) : 0;
    const left = width ? x : x - half;
    const right = width ? x + width : x + half;
    const packer = packers[lane];
    const row = packer.freeRow(left);
    if (row >= 0) {
      const { label, labelWidth } = labelOf(events[i], options);
      packer.take(row, Math.max(right, left + labelWidth));
      rowsUsed[lane] = Math.max(rowsUsed[lane], row + 1);
      marks.push({ event: events[i], x, width, y: 0, label, from: toMs(starts[i]), to: toMs(ends[i]), lane, row, order: i });
      continue;
    }
    // The dense strip: marks that would cover each other become one cluster, at most clusterWidth wide.
    rowsUsed[lane] = rowsPerLane + 1;
    const run = runs[lane];
    if (run && left < run.x1 && left < run.x0 + clusterWidth) {
      run.count++;
      run.last = i;
      run.x1 = Math.max(run.x1, right);
      run.to = Math.max(run.to, ends[i]);
      continue;
    }
    // A run split at clusterWidth ends where the next begins, so clusters never overlap.
    if (run) run.x1 = Math.min(run.x1, left);
    closeRun(lane);
    runs[lane] = { count: 1, first: i, last: i, x0: left, x1: right, to: ends[i], only: { x, width } };
  }
  lanes.forEach((_, lane) => closeRun(lane));

  const bands: LaneBand[] = [];
  let y = 0;
  lanes.forEach((lane, position) => {
    const height = laneHeader + rowsUsed[position] * rowHeight;
    bands.push({ lane, y, height });
    y += height + laneGap;
  });
  const rowY = (lane: number, row: number) => bands[lane].y + laneHeader + row * rowHeight + rowHeight / 2;
  // In time order: the order a screen reader reads them in, and one that stays put as the view moves.
  marks.sort((a, b) => a.order - b.order);
  const placed = marks.map(({ event, x, width, label, from, to, lane, row }) => ({ event, x, width, label, from, to, y: rowY(lane, row) }));
  for (const cluster of clusters) cluster.y = rowY(cluster.lane, rowsPerLane);
  return { marks: placed, clusters, bands, height: Math.max(0, y - laneGap) };
}

const labels = new WeakMap<TimelineEvent, { label: string; labelWidth: number; key: string }>();

/** An event's label and its estimated width: computed only for events that get a row, once per label settings. */
function labelOf(event: TimelineEvent, options: LayoutOptions): { label: string; labelWidth: number } {
  const { maxLabelChars, fontSize, markSize } = options;
  const key = `${maxLabelChars} ${fontSize} ${markSize} ${options.circa}`;
  let cached = labels.get(event);
  if (!cached || cached.key !== key) {
    const label = withCirca(event, truncateLabel(event.title, maxLabelChars), options);
    cached = { label, labelWidth: markSize + 4 + estimateTextWidth(label, fontSize), key };
    labels.set(event, cached);
  }
  return cached;
}
