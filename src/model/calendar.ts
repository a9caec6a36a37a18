import { BoundedCache } from './bounded-cache.js';
import { phrase, saying, type Phrase } from './problem-texts.js';
import type { CalendarDate, Precision } from './types.js';

/** The Gregorian calendar repeats every 400 years, which are exactly 146,097 days. */
const FOUR_CENTURIES = 146_097 * 86_400_000;

/**
 * A UTC timestamp (ms) for a wall-clock reading. Date.UTC reads years 0–99 as 1900–1999, so the
 * year is taken 400 years on and the time brought back.
 */
function utcTime(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  return Date.UTC(year + 400, month - 1, day, hour, minute) - FOUR_CENTURIES;
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

/** Why a text is not a calendar date: in English, and as a phrase the alert can translate. */
export interface DateError {
  error: string;
  phrase: Phrase;
}

const dateError = (said: Phrase): DateError => ({ error: saying(said).message, phrase: said });

/**
 * Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" as a calendar date.
 * Returns what is wrong, for people, when the text is not one.
 */
export function parseCalendarDate(text: string): CalendarDate | DateError {
  const known = parsedDates.get(text);
  if (known) return known;
  const parsed = parseUncached(text);
  if ('error' in parsed) return parsed;
  parsedDates.set(text, Object.freeze(parsed));
  return parsed;
}

type DateParts = [year: number, month?: number, day?: number, hour?: number, minute?: number];

/**
 * The numbers written in a date text ("YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"),
 * not yet checked as a calendar date; undefined when the text is in none of these forms. Read
 * character by character: indexing 100,000 events reads two dates each, and a regular
 * expression's match arrays made that several times slower.
 */
function partsOf(text: string): DateParts | undefined {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10 && length !== 16) return undefined;
  const year = digits(text, 0, 4);
  if (length === 4) return Number.isNaN(year) ? undefined : [year];
  const month = text[4] === '-' ? digits(text, 5, 2) : NaN;
  if (length === 7) return Number.isNaN(year + month) ? undefined : [year, month];
  const day = text[7] === '-' ? digits(text, 8, 2) : NaN;
  if (length === 10) return Number.isNaN(year + month + day) ? undefined : [year, month, day];
  const hour = text[10] === 'T' ? digits(text, 11, 2) : NaN;
  const minute = text[13] === ':' ? digits(text, 14, 2) : NaN;
  return Number.isNaN(year + month + day + hour + minute) ? undefined : [year, month, day, hour, minute];
}

/** The number written with `count` ASCII digits from `at`; NaN if any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

function parseUncached(text: string): CalendarDate | DateError {
  const parts = partsOf(text);
  const value = `"${text}"`;
  if (!parts) return dateError(phrase('dateForm', { value }));
  const [year, month, day, hour, minute] = parts;
  if (month !== undefined && (month < 1 || month > 12)) return dateError(phrase('noSuchMonth', { value, month: String(month) }));
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return dateError(phrase('notCalendarDate', { value }));
  }
  if (hour !== undefined && minute !== undefined && (hour > 23 || minute > 59)) return dateError(phrase('notTimeOfDay', { value }));
  const precision: Precision =
    minute !== undefined ? 'minute' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const [start, endExclusive] = spanOf(year, month, day, hour, minute);
  return { text, precision, year, month, day, hour, minute, start: new Date(start), endExclusive: new Date(endExclusive) };
}

/** The first instant a date covers and the first after it (ms), from its parts. */
function spanOf(year: number, month?: number, day?: number, hour?: number, minute?: number): [number, number] {
  if (month === undefined) return [utcTime(year), utcTime(year + 1)];
  if (day === undefined) return [utcTime(year, month), utcTime(year, month + 1)];
  if (minute === undefined) return [utcTime(year, month, day), utcTime(year, month, day + 1)];
  return [utcTime(year, month, day, hour, minute), utcTime(year, month, day, hour, minute + 1)];
}

/**
 * What `parseCalendarDate(text)` gives as `[start, endExclusive]`, in ms, without building (or
 * caching) a CalendarDate: indexing 100,000 events by time needs only these two numbers each.
 * For a text that has been checked; undefined for one that does not even look like a date.
 */
export function calendarSpan(text: string): readonly [number, number] | undefined {
  // Events come sorted by date, so the date just read is often the one asked for again.
  if (text !== last.text) {
    const parts = partsOf(text);
    last = { text, span: parts && spanOf(...parts) };
  }
  return last.span;
}

let last: { text: string; span: readonly [number, number] | undefined } = { text: '', span: undefined };

/** Orders two calendar dates by their first instant. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.start.getTime() - b.start.getTime();
}

/**
 * The days from `start`'s first to `end`'s last, as [start, endExclusive] ("1945-07" to "1945-08" is
 * July and August). Null unless both are calendar dates and the range is not empty.
 */
export function calendarRange(start: string | undefined, end: string | undefined): [Date, Date] | null {
  const from = start ? parseCalendarDate(start) : undefined;
  const to = end ? parseCalendarDate(end) : undefined;
  if (!from || !to || 'error' in from || 'error' in to || to.endExclusive <= from.start) return null;
  return [from.start, to.endExclusive];
}
