import type { EventKind, TimelineEvent } from './types.js';

/** The words of a search, lowercased; empty for a blank query. */
export function searchWords(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** The text a search looks in: title, summary, participants, place (and a transcript once loaded). */
export function searchText(event: TimelineEvent, transcript = ''): string {
  return [event.title, event.summary, event.place, ...(event.participants ?? []), transcript]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase();
}

export interface EventFilter {
  hiddenKinds: ReadonlySet<EventKind>;
  words: readonly string[];
  /**
   * Search texts that differ from searchText(event), by event id: those with a transcript loaded.
   * The others are made when searched, not kept: at 100,000 events they would be megabytes.
   */
  texts: ReadonlyMap<string, string>;
}

/** The events a reader asked to see: kinds not hidden, every search word present. */
export function filterEvents(events: TimelineEvent[], filter: EventFilter): TimelineEvent[] {
  // Nothing filtered: the same list, not a copy (at 100,000 events a copy is 400 KB on every change).
  if (!filter.hiddenKinds.size && !filter.words.length) return events;
  return events.filter((event) => {
    if (filter.hiddenKinds.has(event.kind)) return false;
    const text = filter.texts.get(event.id) ?? searchText(event);
    return filter.words.every((word) => text.includes(word));
  });
}
