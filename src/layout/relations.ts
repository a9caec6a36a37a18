import { startOf } from '../model/event-dates.js';
import type { TimelineEvent } from '../model/types.js';
import { laneOf, type Lane, type LaneMode } from './lanes.js';
import type { ClusterMark, EventMark } from './marks.js';

/** Where a connector from the selected event ends: a linked event's mark, or the cluster it is counted in. */
export interface RelationEnd {
  id: string;
  x: number;
  y: number;
}

/** The cluster an event is counted in: same lane, its start between the cluster's first and last events' starts. */
export function clusterHolding(event: TimelineEvent, clusters: readonly ClusterMark[], lanes: readonly Lane[], mode: LaneMode): ClusterMark | undefined {
  const lane = laneOf(event, mode);
  const start = startOf(event).startTime;
  return clusters.find((cluster) => lanes[cluster.lane]?.key === lane && cluster.from <= start && start <= startOf(cluster.last).startTime);
}

/**
 * The ends of the connectors from the selected event: the marks in view (`marks`, whose event ids
 * are `drawn`) of the events linked with it, then the middle of the cluster of each linked event that
 * is counted in one rather than drawn. A linked event in neither (out of view) gets no connector.
 */
export function relationEnds(
  { marks, drawn, clusters }: { marks: readonly EventMark[]; drawn: ReadonlySet<string>; clusters: readonly ClusterMark[] },
  linked: readonly TimelineEvent[],
  lanes: readonly Lane[],
  mode: LaneMode,
): RelationEnd[] {
  const ids = new Set(linked.map((event) => event.id));
  const ends: RelationEnd[] = [];
  for (const mark of marks) if (ids.has(mark.event.id)) ends.push({ id: mark.event.id, x: mark.x, y: mark.y });
  for (const event of linked) {
    const cluster = drawn.has(event.id) ? undefined : clusterHolding(event, clusters, lanes, mode);
    if (cluster) ends.push({ id: event.id, x: (cluster.x0 + cluster.x1) / 2, y: cluster.y });
  }
  return ends;
}

/** A connector's path: a curve that rises above both ends, higher the farther apart they are (12 to 60 px). */
export function arcPath(x1: number, y1: number, x2: number, y2: number): string {
  const lift = Math.min(60, 12 + Math.abs(x2 - x1) / 4);
  return `M${x1} ${y1}Q${(x1 + x2) / 2} ${Math.min(y1, y2) - lift} ${x2} ${y2}`;
}
