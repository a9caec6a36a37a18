import { BoundedCache } from './bounded-cache.js';
import type { CalendarDate, Precision } from './types.js';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;

/** Builds a UTC timestamp for a wall-clock reading; years below 100 are not shifted to 19xx. */
function utc(year: number, month = 1, day = 1, hour = 0, minute = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
}

/**
 * Parsed dates by text, shared: archives date thousands of documents to the same days, and a
 * CalendarDate (with its two Dates) is the largest part of an event in memory. Frozen, so
 * sharing is safe; cleared when it grows past any real dataset's count of distinct dates.
 */
const parsedDates = new BoundedCache<Readonly<CalendarDate>>(20_000);

/**
 * Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" as a calendar date.
 * Returns a message for people when the text is not one.
 */
export function parseCalendarDate(text: string): CalendarDate | { error: string } {
  const known = parsedDates.get(text);
  if (known) return known;
  const parsed = parseUncached(text);
  if ('error' in parsed) return parsed;
  parsedDates.set(text, Object.freeze(parsed));
  return parsed;
}

function parseUncached(text: string): CalendarDate | { error: string } {
  const match = DATE_PATTERN.exec(text);
  if (!match) {
    return { error: `"${text}" is not a date in the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM` };
  }
  const [, y, m, d, hh, mm] = match;
  const year = Number(y);
  const month = m === undefined ? undefined : Number(m);
  const day = d === undefined ? undefined : Number(d);
  const hour = hh === undefined ? undefined : Number(hh);
  const minute = mm === undefined ? undefined : Number(mm);
  if (month !== undefined && (month < 1 || month > 12)) {
    return { error: `"${text}" is not a calendar date: there is no month ${month}` };
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { error: `"${text}" is not a calendar date` };
  }
  if (hour !== undefined && minute !== undefined && (hour > 23 || minute > 59)) {
    return { error: `"${text}" is not a time of day` };
  }
  const precision: Precision =
    minute !== undefined ? 'minute' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const start = utc(year, month, day, hour, minute);
  const endExclusive =
    precision === 'year'
      ? utc(year + 1)
      : precision === 'month'
        ? utc(year, (month ?? 1) + 1)
        : precision === 'day'
          ? utc(year, month, (day ?? 1) + 1)
          : utc(year, month, day, hour, (minute ?? 0) + 1);
  return { text, precision, year, month, day, hour, minute, start, endExclusive };
}

/** Orders two calendar dates by their first instant. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.start.getTime() - b.start.getTime();
}

/** The day a calendar date falls on, ignoring any time: the anchor of "night" sessions. */
export function dayOf(date: CalendarDate): Date {
  return utc(date.year, date.month, date.day);
}
