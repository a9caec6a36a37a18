import { BoundedCache } from './bounded-cache.js';
import { phrase, saying, type Phrase } from './problem-texts.js';
import type { CalendarDate, Precision } from './types.js';

/** The Gregorian calendar repeats every 400 years, which are exactly 146,097 days. */
const FOUR_CENTURIES = 146_097 * 86_400_000;

/** The farthest a JavaScript Date (and so Intl and d3's time scale) reaches from 1970, in ms: about 271,821 years each way. */
export const DATE_LIMIT = 8.64e15;

/** A year's digits, at most: a trillion years is seventy times the age of the universe. */
const MAX_YEAR_DIGITS = 12;

/**
 * A year after 1's digits, at most: up to 275,760, where Dates end, and "19450701" (ISO's basic form of
 * a day) is not read as a year.
 */
const MAX_FUTURE_DIGITS = 6;

/** Where `year` (astronomical: 0 is 1 BC) falls in its 400-year cycle, counted from 2000. */
const cycleYear = (year: number) => 2000 + (((year % 400) + 400) % 400);

/**
 * A UTC timestamp (ms) for a wall-clock reading in the proleptic Gregorian calendar, for any year: the
 * year is moved by whole 400-year cycles into 2000–2399 (Date.UTC reads years 0–99 as 1900–1999, and
 * Dates end near ±271,821) and the cycles are added back as a number. Beyond the reach of a Date the
 * result is still a number, exact to within the float's precision.
 */
function utcTime(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  const shift = Math.floor(year / 400) * 400 - 2000;
  return Date.UTC(year - shift, month - 1, day, hour, minute) + (shift / 400) * FOUR_CENTURIES;
}

/** The first instant (ms) of a year, any year: deep time's axis ticks on round years. */
export const yearStart = (year: number): number => utcTime(year);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(cycleYear(year), month, 0)).getUTCDate();
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
 * Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" as a proleptic Gregorian calendar
 * date, the year astronomically numbered as ISO 8601 and EDTF write it: "-0043-03-15" is 15 March 44 BC,
 * "0000" is 1 BC, "-541000000" a year of deep time (only a year, so far from now). Returns what is
 * wrong, for people, when the text is not one.
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
 * The numbers written in a date text (a year of 4 to 6 digits, or "-" and 4 to 12 for years before 1,
 * then "-MM", "-DD", "THH:MM" as far as written), not yet checked as a calendar date; undefined when
 * the text is in none of these forms. Read character by character: indexing 100,000 events reads two
 * dates each, and a regular expression's match arrays made that several times slower.
 */
function partsOf(text: string): DateParts | undefined {
  const signed = text.charCodeAt(0) === 45 ? 1 : 0;
  let at = signed;
  while (isDigit(text.charCodeAt(at))) at++;
  const width = at - signed;
  if (width < 4 || width > (signed ? MAX_YEAR_DIGITS : MAX_FUTURE_DIGITS)) return undefined;
  const magnitude = digits(text, signed, width);
  // Year 0 is 1 BC and has no sign: "-0000" is a slip, not a year.
  if (signed && magnitude === 0) return undefined;
  const year = signed ? -magnitude : magnitude;
  const length = text.length - at;
  if (length === 0) return [year];
  const month = text[at] === '-' ? digits(text, at + 1, 2) : NaN;
  if (length === 3) return Number.isNaN(month) ? undefined : [year, month];
  const day = text[at + 3] === '-' ? digits(text, at + 4, 2) : NaN;
  if (length === 6) return Number.isNaN(month + day) ? undefined : [year, month, day];
  const hour = text[at + 6] === 'T' ? digits(text, at + 7, 2) : NaN;
  const minute = text[at + 9] === ':' ? digits(text, at + 10, 2) : NaN;
  return length === 12 && !Number.isNaN(month + day + hour + minute) ? [year, month, day, hour, minute] : undefined;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The number written with `count` ASCII digits from `at`; NaN if any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return NaN;
    value = value * 10 + code - 48;
  }
  return value;
}

function parseUncached(text: string): CalendarDate | DateError {
  const parts = partsOf(text);
  const value = `"${text}"`;
  if (!parts) return dateError(phrase(/^-\d{13}/.test(text) ? 'yearTooLong' : 'dateForm', { value, limit: MAX_YEAR_DIGITS }));
  const [year, month, day, hour, minute] = parts;
  if (month !== undefined && (month < 1 || month > 12)) return dateError(phrase('noSuchMonth', { value, month: String(month) }));
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return dateError(phrase('notCalendarDate', { value }));
  }
  if (hour !== undefined && minute !== undefined && (hour > 23 || minute > 59)) return dateError(phrase('notTimeOfDay', { value }));
  const precision: Precision =
    minute !== undefined ? 'minute' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const [startTime, endTime] = spanOf(year, month, day, hour, minute);
  // Months and days so far away have no calendar to count them by, and no Date to hold them.
  if (precision !== 'year' && !withinDates(startTime, endTime)) return dateError(phrase('deepTimeYearOnly', { value, year: String(year) }));
  return { text, precision, year, month, day, hour, minute, start: new Date(startTime), endExclusive: new Date(endTime), startTime, endTime };
}

/** True when a span (ms) lies where JavaScript Dates, Intl and d3's time scale reach. */
export const withinDates = (from: number, to: number): boolean => from >= -DATE_LIMIT && to <= DATE_LIMIT;

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
  return a.startTime - b.startTime;
}

/**
 * The days from `start`'s first to `end`'s last, as [start, endExclusive] ("1945-07" to "1945-08" is
 * July and August). Null unless both are calendar dates and the range is not empty.
 */
export function calendarRange(start: string | undefined, end: string | undefined): [Date, Date] | null {
  const times = calendarTimes(start, end);
  return times && [new Date(times[0]), new Date(times[1])];
}

/** The same in ms, for deep time too. */
export function calendarTimes(start: string | undefined, end: string | undefined): [number, number] | null {
  const from = start ? parseCalendarDate(start) : undefined;
  const to = end ? parseCalendarDate(end) : undefined;
  if (!from || !to || 'error' in from || 'error' in to || to.endTime <= from.startTime) return null;
  return [from.startTime, to.endTime];
}
