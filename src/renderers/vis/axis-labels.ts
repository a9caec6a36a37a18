import type { TimelineFormatOption } from 'vis-timeline/peer';

type Options = Intl.DateTimeFormatOptions;

/** vis's axis scales, labelled through Intl in the element's locale, on the UTC calendar. */
const MINOR: Record<string, Options> = {
  millisecond: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  second: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  minute: { hour: '2-digit', minute: '2-digit' },
  hour: { hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Record<string, Options | null> = {
  millisecond: { day: 'numeric', month: 'long', year: 'numeric' },
  second: { day: 'numeric', month: 'long', year: 'numeric' },
  minute: { day: 'numeric', month: 'long', year: 'numeric' },
  hour: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: null,
};

/**
 * Axis labels for vis-timeline in our locale instead of moment's (which ships English only
 * unless its locale files are loaded), always in UTC: the data are calendar dates.
 */
export function axisFormat(locale: string): TimelineFormatOption {
  const formatters = new Map<Options, Intl.DateTimeFormat>();
  const withEra = new Map<Options, Intl.DateTimeFormat>();
  const label = (options: Options | null | undefined, date: Date) => {
    if (!options) return '';
    // vis passes a moment, not a Date: its value is the timestamp either way.
    const at = new Date(date.valueOf());
    // A year before 1 is written with its era ("44 BC"): without it Intl writes 44 BC as "44" and 1 BC as "1".
    const era = options.year !== undefined && at.getUTCFullYear() < 1;
    const cache = era ? withEra : formatters;
    let formatter = cache.get(options);
    if (!formatter) cache.set(options, (formatter = new Intl.DateTimeFormat(locale, { ...options, era: era ? 'short' : undefined, timeZone: 'UTC' })));
    return formatter.format(at);
  };
  return {
    minorLabels: (date, scale) => label(MINOR[scale], date),
    majorLabels: (date, scale) => label(MAJOR[scale], date),
  };
}
