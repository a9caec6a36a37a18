import { en, format, type Messages } from '../../i18n/messages.js';
import { UNSPECIFIED_PARTY, type Lane, type LaneMode } from '../../layout/lanes.js';
import type { ClusterMark } from '../../layout/marks.js';
import { BoundedCache } from '../../model/bounded-cache.js';
import { finishOf, startOf } from '../../model/event-dates.js';
import { formatCalendarDate, formatEventDate } from '../../model/format.js';
import type { EventKind, TimelineEvent } from '../../model/types.js';

/** The accessible name of an event's mark, the same in every renderer: title, date as spoken, kind. */
function eventName(event: TimelineEvent, locale: string, strings: Messages): string {
  const date = formatEventDate(event, locale, strings.dateWords);
  return `${event.title}, ${date.spoken}, ${strings.kinds[event.kind].toLocaleLowerCase(locale)}`;
}

/** A lane's label in the reader's language: the kind's name, the party, or nothing for a single lane. */
export function laneLabel(lane: Lane, lanes: LaneMode, strings: Messages): string {
  if (lanes === 'kind') return strings.kinds[lane.key as EventKind] ?? lane.key;
  if (lane.key === UNSPECIFIED_PARTY) return strings.lanes.unspecified;
  return lanes === 'none' ? '' : lane.key;
}

/** A lane label's `lang`: a party's name is the data's; a kind's name and "Unspecified" are the element's own (undefined). */
export function laneLang(lane: Lane, lanes: LaneMode, contentLang: string): string | undefined {
  return lanes === 'party' && lane.key !== UNSPECIFIED_PARTY ? contentLang : undefined;
}

/**
 * The accessible names of marks and clusters in one language, made once per event rather than on
 * every frame (a zoom step or vis's redraw), until the data, the language or the texts change.
 */
export class MarkNames {
  private resets = 0;
  private readonly events = new Map<TimelineEvent, string>();
  /**
   * By first event, last event and count: a zoom step often redraws the same clusters. Zooming makes
   * new clusters without end, so only the last few thousand are kept.
   */
  private readonly clusters = new BoundedCache<string>(5000);
  private locale = 'en-US';
  private strings: Messages = en;

  /** Names in this language from now on (and forgets the events of other data). */
  reset(locale: string, strings: Messages): void {
    this.locale = locale;
    this.strings = strings;
    this.events.clear();
    this.clusters.clear();
    this.resets++;
  }

  /** Changes at each reset, so that nodes named before can tell they must be named again. */
  get version(): number {
    return this.resets;
  }

  event(event: TimelineEvent): string {
    let name = this.events.get(event);
    if (name === undefined) {
      name = eventName(event, this.locale, this.strings);
      this.events.set(event, name);
    }
    return name;
  }

  /**
   * From the first event's date to the last one's (its end, for a range): plain dates, quick to
   * format; one date when they are the same.
   */
  cluster({ first, last, count }: ClusterMark): string {
    return this.clusters.remember(`${first.id}\n${last.id}\n${count}`, () => {
      const from = formatCalendarDate(startOf(first), this.locale);
      const to = formatCalendarDate(finishOf(last) ?? startOf(last), this.locale);
      const dates = from === to ? from : `${from} – ${to}`;
      return format(this.strings.cluster, { count, dates }, this.locale);
    });
  }
}
