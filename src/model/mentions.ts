import { describe } from './json-fields.js';
import { fieldPhrase, phrase, saying } from './problem-texts.js';
import type { Mention, Problem } from './types.js';

export type TranscriptSegment = { text: string } | { text: string; event: string };

export interface SegmentedTranscript {
  segments: TranscriptSegment[];
  /** Mentions whose quote is not in the text (or overlaps an earlier one). */
  unmatched: Mention[];
}

/** Whitespace differences (line breaks, double spaces) do not stop a quote from matching. */
function quotePattern(quote: string): RegExp {
  const escaped = quote.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('\\s+'));
}

/**
 * Splits a transcript into plain text and the phrases that mention other events,
 * each phrase matched at its first occurrence.
 */
export function segmentTranscript(text: string, mentions: readonly Mention[] = []): SegmentedTranscript {
  const found: { from: number; to: number; event: string }[] = [];
  const unmatched: Mention[] = [];
  for (const mention of mentions) {
    const match = quotePattern(mention.quote).exec(text);
    const from = match?.index ?? -1;
    const to = from + (match?.[0].length ?? 0);
    if (from < 0 || found.some((other) => from < other.to && other.from < to)) unmatched.push(mention);
    else found.push({ from, to, event: mention.event });
  }
  found.sort((a, b) => a.from - b.from);
  const segments: TranscriptSegment[] = [];
  let cursor = 0;
  for (const { from, to, event } of found) {
    if (from > cursor) segments.push({ text: text.slice(cursor, from) });
    segments.push({ text: text.slice(from, to), event });
    cursor = to;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return { segments, unmatched };
}

/**
 * The problems of quotes a transcript read later lacks (or that overlap another), as the source panel
 * and the validate command report them: the link is not drawn, the event stays.
 */
export function unmatchedQuotes(eventId: string, unmatched: readonly Mention[]): Problem[] {
  const subject = phrase('event', { id: eventId });
  return unmatched.map(({ quote }) => ({
    id: eventId,
    field: 'mentions',
    ...saying(fieldPhrase(subject, 'mentions', phrase('quoteNotFound', { value: describe(quote) }))),
  }));
}
