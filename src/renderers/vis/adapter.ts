import type { Messages } from '../../i18n/messages.js';
import { lanesFor, laneOf, type LaneMode } from '../../layout/lanes.js';
import { eventExtent } from '../../layout/time-scale.js';
import type { TimelineEvent } from '../../model/types.js';
import { laneLabel, laneLang } from '../../components/shared/names.js';

/** A vis-timeline item made from one of our events. `event-id` becomes `data-event-id` (vis `dataAttributes`). */
export interface VisItem {
  id: string;
  group: string;
  type: 'point' | 'range';
  start: Date;
  end?: Date;
  className: string;
  content: string;
  'event-id': string;
}

export interface VisGroup {
  id: string;
  content: string;
  order: number;
  /** The label's language, when it is the data's (a party's name). */
  lang?: string;
}

/**
 * Our events as vis items: ranges as range items (start to the end of their last day), others
 * as points at the middle of what their date covers (noon for a day), so that a calendar date
 * lands on its own day on a UTC axis.
 */
export function toVisItems(events: readonly TimelineEvent[], lanes: LaneMode): VisItem[] {
  return events.map((event) => {
    const [from, to] = eventExtent(event);
    const classes = [`kind-${event.kind}`, ...(event.approximate ? ['approximate'] : [])].join(' ');
    const common = { id: event.id, group: laneOf(event, lanes), className: classes, content: event.title, 'event-id': event.id };
    return event.end !== undefined
      ? { ...common, type: 'range', start: from, end: to }
      : { ...common, type: 'point', start: new Date((from.getTime() + to.getTime()) / 2) };
  });
}

/** Our lanes as vis groups, in the same order and with the same labels as the SVG view. */
export function toVisGroups(events: readonly TimelineEvent[], lanes: LaneMode, strings: Messages, contentLang: string): VisGroup[] {
  return lanesFor(events, lanes).map((lane, order) => {
    const lang = laneLang(lane, lanes, contentLang);
    return { id: lane.key, content: laneLabel(lane, lanes, strings), order, ...(lang === undefined ? {} : { lang }) };
  });
}

