import { BoundedCache } from './bounded-cache.js';
import { phrase, type Phrase } from './problem-texts.js';
import { finishOf, startOf } from './event-dates.js';
import type { CalendarDate, PartOfDay, Precision, TimelineEvent } from './types.js';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' },
};

/** Formatters by options object, then locale: callers pass constant options, so no key is built per call. */
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/**
 * A shared Intl formatter: they are costly to make, and dates are formatted on every zoom step.
 * Pass a constant options object: the cache is keyed by its identity.
 */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLocale = formatters.get(options);
  if (!byLocale) formatters.set(options, (byLocale = new Map()));
  let format = byLocale.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    byLocale.set(locale, format);
  }
  return format;
}

/** The same with the era ("44 BC", "14 AD"), for years before 1 and, in a dataset that has those, the first thousand after. */
const ERA_OPTIONS = Object.fromEntries(
  Object.entries(OPTIONS).map(([precision, options]) => [precision, { ...options, era: 'short' }]),
) as Record<Precision, Intl.DateTimeFormatOptions>;

const formatter = (locale: string, precision: Precision, era: boolean) => dateFormatter(locale, (era ? ERA_OPTIONS : OPTIONS)[precision]);

/**
 * Makes a locale's date formatter before the first draw needs it: Intl's first formatter in a page
 * costs 20 ms or more (ICU loads its data), which the first frame would otherwise wait for.
 */
export const warmDates = (locale: string) => void formatter(locale, 'day', false);

/**
 * Whether a year is written with its era: always before year 1 (Intl writes 44 BC as "44" without
 * it, and year 0 as "1"), and up to 999 when the dataset has years before 1, so "14" is not read as 14 BC.
 */
export const withEra = (year: number, words: Pick<DateWords, 'era'>): boolean => year < 1 || (words.era === true && year < 1000);

/** Beyond this many years before year 1, days and even millennia mean nothing: a date says how many years ago it was. */
export const DEEP_TIME_YEARS = 100_000;

/**
 * How a year of deep time is written: "541 million years ago" once the deep-time chunk has come
 * (model/years-ago.ts, loaded by the element for a dataset that has such years); until then a number.
 */
export const deepYears: { format: (year: number, locale: string, words: Pick<DateWords, 'yearsAgo'>) => string } = { format: String };

/**
 * Dates already formatted, by locale, precision and time(s): Intl's format and formatRange cost tens of
 * microseconds each, and zooming shows the same few hundred dates again and again.
 */
const formatted = new BoundedCache<string>(20_000);

/**
 * Formats a calendar date at its own precision ("1945", "July 1945", "July 1, 1945", "March 15, 44 BC",
 * "541 million years ago"). The date is read in UTC, so it reads the same in every time zone.
 */
export function formatCalendarDate(date: CalendarDate, locale = 'en-US', words: Pick<DateWords, 'era' | 'yearsAgo'> = ENGLISH_DATE_WORDS): string {
  if (date.year < -DEEP_TIME_YEARS) return deepYears.format(date.year, locale, words);
  // A year after 275,760, where Dates end: Intl cannot write it.
  if (Number.isNaN(+date.start)) return String(date.year);
  const era = withEra(date.year, words);
  return formatted.remember(`${locale} ${date.precision} ${era} ${date.startTime}`, () => formatter(locale, date.precision, era).format(date.start));
}

/** A year as the axis writes it: with its era where it needs one, as years ago in deep time, as a number past where Dates reach. */
export function formatYear(year: number, locale: string, words: Pick<DateWords, 'era' | 'yearsAgo'>): string {
  if (year < -DEEP_TIME_YEARS) return deepYears.format(year, locale, words);
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year);
  return Number.isNaN(date.getTime()) ? String(year) : formatter(locale, 'year', withEra(year, words)).format(date);
}

/** The coarser of two precisions, so a range is shown at the precision both ends share. */
function commonPrecision(a: Precision, b: Precision): Precision {
  const order: Precision[] = ['year', 'month', 'day', 'minute'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))];
}

export interface EventDateLabels {
  /** "c. July 1945" or "June 30, 1945, 6:30 PM (local time)". */
  text: string;
  /** The same for the accessible name: "approximately" instead of "c.". */
  spoken: string;
}

/** The words around a date, per language (the numbers and month names come from Intl). */
export interface DateWords {
  /** "c. {date}": also how the timeline marks an uncertain event's label, its title in place of the date. */
  circa: string;
  approximately: string;
  localTime: string;
  partsOfDay: Record<PartOfDay, string>;
  /** A year of deep time: "{count} years ago", the count in Intl's compact words ("541 million"). */
  yearsAgo: string;
  /** Set by the element for a dataset with years before 1: years up to 999 are written with their era too ("14 AD"). */
  era?: boolean;
}

export const ENGLISH_DATE_WORDS: DateWords = {
  circa: 'c. {date}',
  approximately: 'approximately {date}',
  localTime: 'local time',
  partsOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
  yearsAgo: '{count} years ago',
};

/**
 * An event's date or label as its certainty says it: marked with the language's "c." when the date is
 * approximate (a function replacement: `$&` in a title is text).
 */
export const withCirca = (event: Pick<TimelineEvent, 'approximate'>, text: string, words: Pick<DateWords, 'circa'>): string =>
  event.approximate ? words.circa.replace('{date}', () => text) : text;

/** Formats an event's date or range as readers see it, marking uncertain dates. */
export function formatEventDate(event: TimelineEvent, locale = 'en-US', words: DateWords = ENGLISH_DATE_WORDS): EventDateLabels {
  let text: string;
  const start = startOf(event);
  const finish = finishOf(event);
  if (finish) {
    const precision = commonPrecision(start.precision, finish.precision);
    const era = withEra(start.year, words) || withEra(finish.year, words);
    text = start.year < -DEEP_TIME_YEARS || Number.isNaN(+finish.start)
      ? `${formatCalendarDate(start, locale, words)} – ${formatCalendarDate(finish, locale, words)}`
      : formatted.remember(`${locale} ${precision} ${era} ${start.startTime} ${finish.startTime}`, () =>
        formatter(locale, precision, era).formatRange(start.start, finish.start),
      );
  } else {
    text = formatCalendarDate(start, locale, words);
  }
  const notes = [
    event.partOfDay ? words.partsOfDay[event.partOfDay] : '',
    start.precision === 'minute' ? words.localTime : '',
  ].filter(Boolean);
  const dated = notes.length ? `${text} (${notes.join(', ')})` : text;
  return {
    text: withCirca(event, dated, words),
    spoken: event.approximate ? words.approximately.replace('{date}', dated) : dated,
  };
}

/** How messages for editors write a date: with its era always, the day before the month ("15 March 44 BC"). */
const READING_WORDS: Pick<DateWords, 'era' | 'yearsAgo'> = { era: true, yearsAgo: ENGLISH_DATE_WORDS.yearsAgo };

/** `"-0043-03-15" reads as 15 March 44 BC`: the year-0 shift is the classic slip in dates before year 1. */
export const readsAs = (date: CalendarDate): Phrase =>
  phrase('readsAs', { value: `"${date.text}"`, reading: formatCalendarDate(date, 'en-GB', READING_WORDS) });
