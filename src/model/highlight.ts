// Apart from search.ts: the panel and the list highlight words, and search loads only when a reader filters.

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
