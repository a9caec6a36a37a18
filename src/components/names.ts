import type { Messages } from '../i18n/messages.js';
import { UNSPECIFIED_PARTY, type Lane, type LaneMode } from '../layout/lanes.js';
import { formatEventDate } from '../model/format.js';
import type { EventKind, TimelineEvent } from '../model/types.js';

/** The accessible name of an event's mark, the same in every renderer: title, date as spoken, kind. */
export function eventName(event: TimelineEvent, locale: string, strings: Messages): string {
  const date = formatEventDate(event, locale, strings.dateWords);
  return `${event.title}, ${date.spoken}, ${strings.kinds[event.kind].toLocaleLowerCase(locale)}`;
}

/** A lane's label in the reader's language: the kind's name, the party, or nothing for a single lane. */
export function laneLabel(lane: Lane, lanes: LaneMode, strings: Messages): string {
  if (lanes === 'kind') return strings.kinds[lane.key as EventKind] ?? lane.key;
  if (lane.key === UNSPECIFIED_PARTY) return strings.lanes.unspecified;
  return lanes === 'none' ? '' : lane.key;
}
