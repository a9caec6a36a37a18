import type { ScaleTime } from 'd3-scale';
import type { TimelineEvent } from '../model/types.js';
import { estimateTextWidth, packRows, truncateLabel } from './labels.js';
import { laneOf, type Lane, type LaneMode } from './lanes.js';
import { eventExtent } from './time-scale.js';

export interface LayoutOptions {
  mode: LaneMode;
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
  markSize: number;
}

export interface EventMark {
  event: TimelineEvent;
  /** Left edge (point events: the centre of the day). */
  x: number;
  /** Width of a range bar; 0 for a point. */
  width: number;
  /** Vertical centre of the mark. */
  y: number;
  label: string | undefined;
}

/** Events whose marks would cover each other in a lane's dense strip, drawn as one mark that zooms in. */
export interface ClusterMark {
  events: TimelineEvent[];
  /** Left and right edges in px. */
  x0: number;
  x1: number;
  y: number;
}

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
 * Places the visible events: a band per lane, a row per event within its lane, labels only
 * where they do not collide. A pure function of events, scale and options.
 */
export function layoutTimeline(
  visible: readonly TimelineEvent[],
  scale: ScaleTime<number, number>,
  options: LayoutOptions,
): TimelineLayout {
  const { lanes, mode, rowsPerLane, rowHeight, laneGap, laneHeader, markSize } = options;
  const byLane = new Map<string, TimelineEvent[]>(lanes.map((lane) => [lane.key, []]));
  for (const event of visible) byLane.get(laneOf(event, mode))?.push(event);

  const marks: EventMark[] = [];
  const clusters: ClusterMark[] = [];
  const bands: LaneBand[] = [];
  let y = 0;
  for (const lane of lanes) {
    const events = byLane.get(lane.key) ?? [];
    const geometry = events.map((event) => {
      const [from, to] = eventExtent(event);
      const isRange = event.finish !== undefined;
      const x0 = scale(from);
      const x1 = scale(to);
      const x = isRange ? x0 : (x0 + x1) / 2;
      const width = isRange ? Math.max(markSize, x1 - x0) : 0;
      const { label, labelWidth } = labelOf(event, options);
      return { event, x, width, label, labelWidth, x0: isRange ? x : x - markSize / 2, x1: isRange ? x + width : x + markSize / 2 };
    });
    const placements = packRows(geometry, rowsPerLane);
    // A lane is as tall as the rows it uses (at least one), so sparse lanes stay compact.
    const rowsUsed = placements.reduce((most, placement) => Math.max(most, placement.row + 1), 1);
    const height = laneHeader + rowsUsed * rowHeight;
    const rowY = (row: number) => y + laneHeader + row * rowHeight + rowHeight / 2;
    type Item = (typeof geometry)[number];
    let open: { items: Item[]; x0: number; x1: number; y: number } | undefined;
    const closeCluster = () => {
      if (!open) return;
      if (open.items.length > 1) clusters.push({ events: open.items.map((item) => item.event), x0: open.x0, x1: open.x1, y: open.y });
      else marks.push(markOf(open.items[0], open.y, undefined));
      open = undefined;
    };
    geometry.forEach((item, i) => {
      const { row, showLabel } = placements[i];
      if (row < rowsPerLane) {
        marks.push(markOf(item, rowY(row), showLabel ? item.label : undefined));
        return;
      }
      // The dense strip: marks that would cover each other become one cluster.
      if (open && item.x0 < open.x1) {
        open.items.push(item);
        open.x1 = Math.max(open.x1, item.x1);
      } else {
        closeCluster();
        open = { items: [item], x0: item.x0, x1: item.x1, y: rowY(row) };
      }
    });
    closeCluster();
    bands.push({ lane, y, height });
    y += height + laneGap;
  }
  return { marks, clusters, bands, height: Math.max(0, y - laneGap) };
}

function markOf(item: { event: TimelineEvent; x: number; width: number }, y: number, label: string | undefined): EventMark {
  return { event: item.event, x: item.x, width: item.width, y, label };
}

const labels = new WeakMap<TimelineEvent, { label: string; labelWidth: number; key: string }>();

/** An event's label and its estimated width, computed once per event, not on every zoom step. */
function labelOf(event: TimelineEvent, { maxLabelChars, fontSize, markSize }: LayoutOptions): { label: string; labelWidth: number } {
  const key = `${maxLabelChars}|${fontSize}|${markSize}`;
  let cached = labels.get(event);
  if (!cached || cached.key !== key) {
    const label = truncateLabel(event.title, maxLabelChars);
    cached = { label, labelWidth: markSize + 4 + estimateTextWidth(label, fontSize), key };
    labels.set(event, cached);
  }
  return cached;
}
