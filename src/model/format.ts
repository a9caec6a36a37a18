import type { CalendarDate, Precision, TimelineEvent } from './types.js';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to create and are reused for every label. */
function formatter(locale: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
    formatters.set(key, format);
  }
  return format;
}

/**
 * Formats a calendar date at its own precision ("1945", "July 1945", "July 1, 1945").
 * The date is read in UTC, so it reads the same in every time zone.
 */
export function formatCalendarDate(date: CalendarDate, locale = 'en-US'): string {
  return formatter(locale, date.precision).format(date.start);
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

/** Formats an event's date or range as readers see it, marking uncertain dates. */
export function formatEventDate(event: TimelineEvent, locale = 'en-US'): EventDateLabels {
  let text: string;
  if (event.finish) {
    const precision = commonPrecision(event.start.precision, event.finish.precision);
    text = formatter(locale, precision).formatRange(event.start.start, event.finish.start);
  } else {
    text = formatCalendarDate(event.start, locale);
  }
  const partOfDay = event.partOfDay ? ` (${event.partOfDay})` : '';
  const localTime = event.start.precision === 'minute' ? ' local time' : '';
  const suffix = localTime && partOfDay ? ` (${event.partOfDay}, local time)` : localTime ? ' (local time)' : partOfDay;
  return {
    text: `${event.approximate ? 'c. ' : ''}${text}${suffix}`,
    spoken: `${event.approximate ? 'approximately ' : ''}${text}${suffix}`,
  };
}
