import { calendarSpan, parseCalendarDate } from './calendar.js';
import type { CalendarDate, TimelineEvent } from './types.js';

// Only an event changed in place after it was checked can fail to parse: it lands on 1 January
// 1970 rather than throwing from deep inside a frame.
const FALLBACK = parseCalendarDate('1970-01-01') as CalendarDate;
const FALLBACK_SPAN: readonly [number, number] = [FALLBACK.startTime, FALLBACK.endTime];

/** The date a checked event starts on (parsed dates are cached by text, so this is a lookup). */
export function startOf(event: TimelineEvent): CalendarDate {
  return parsed(event.date);
}

/** The last date of a range; undefined for an event of one date. */
export function finishOf(event: TimelineEvent): CalendarDate | undefined {
  return event.end === undefined ? undefined : parsed(event.end);
}

/**
 * The span an event covers, in ms: from the first instant of its date to the end of its last
 * date, so a point event covers its whole day (or month, or year). Worked out from the text, not
 * from the cache of parsed dates, which 100,000 distinct dates would overflow.
 */
export function eventSpan(event: TimelineEvent): [number, number] {
  const [start, after] = calendarSpan(event.date) ?? FALLBACK_SPAN;
  return [start, event.end === undefined ? after : (calendarSpan(event.end) ?? FALLBACK_SPAN)[1]];
}

function parsed(text: string): CalendarDate {
  const date = parseCalendarDate(text);
  return 'error' in date ? FALLBACK : date;
}
