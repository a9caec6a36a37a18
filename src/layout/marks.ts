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

export interface LaneBand {
  lane: Lane;
  y: number;
  height: number;
}

export interface TimelineLayout {
  marks: EventMark[];
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
  const { lanes, mode, rowsPerLane, rowHeight, laneGap, laneHeader, fontSize, maxLabelChars, markSize } = options;
  const byLane = new Map<string, TimelineEvent[]>(lanes.map((lane) => [lane.key, []]));
  for (const event of visible) byLane.get(laneOf(event, mode))?.push(event);

  const marks: EventMark[] = [];
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
      const label = truncateLabel(event.title, maxLabelChars);
      const left = isRange ? x : x - markSize / 2;
      return {
        event, x, width, label, x0: left,
        x1: isRange ? x + width : x + markSize / 2,
        labelWidth: markSize + 4 + estimateTextWidth(label, fontSize),
      };
    });
    const placements = packRows(geometry, rowsPerLane);
    // A lane is as tall as the rows it uses (at least one), so sparse lanes stay compact.
    const rowsUsed = placements.reduce((most, placement) => Math.max(most, placement.row + 1), 1);
    const height = laneHeader + rowsUsed * rowHeight;
    geometry.forEach((item, i) => {
      marks.push({
        event: item.event,
        x: item.x,
        width: item.width,
        y: y + laneHeader + placements[i].row * rowHeight + rowHeight / 2,
        label: placements[i].showLabel ? item.label : undefined,
      });
    });
    bands.push({ lane, y, height });
    y += height + laneGap;
  }
  return { marks, bands, height: Math.max(0, y - laneGap) };
}
