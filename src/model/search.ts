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

export type HighlightSegment = { text: string; match: boolean };

/** Splits text into runs that match one of the words and runs that do not, for <mark>. */
export function highlight(text: string, words: readonly string[]): HighlightSegment[] {
  if (!words.length) return [{ text, match: false }];
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > cursor) segments.push({ text: text.slice(cursor, index), match: false });
    segments.push({ text: match[0], match: true });
    cursor = index + match[0].length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
