import { BoundedCache } from './bounded-cache.js';
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

const formatter = (locale: string, precision: Precision) => dateFormatter(locale, OPTIONS[precision]);

/**
 * Dates already formatted, by locale, precision and time(s): Intl's format and formatRange cost tens of
 * microseconds each, and zooming shows the same few hundred dates again and again.
 */
const formatted = new BoundedCache<string>(20_000);

/**
 * Formats a calendar date at its own precision ("1945", "July 1945", "July 1, 1945").
 * The date is read in UTC, so it reads the same in every time zone.
 */
export function formatCalendarDate(date: CalendarDate, locale = 'en-US'): string {
  return formatted.remember(`${locale} ${date.precision} ${date.start.getTime()}`, () => formatter(locale, date.precision).format(date.start));
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
}

export const ENGLISH_DATE_WORDS: DateWords = {
  circa: 'c. {date}',
  approximately: 'approximately {date}',
  localTime: 'local time',
  partsOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
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
    text = formatted.remember(`${locale} ${precision} ${start.start.getTime()} ${finish.start.getTime()}`, () =>
      formatter(locale, precision).formatRange(start.start, finish.start),
    );
  } else {
    text = formatCalendarDate(start, locale);
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
