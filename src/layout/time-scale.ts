import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { withinDates } from '../model/calendar.js';
import { dateFormatter, ENGLISH_DATE_WORDS, formatYear, withEra, type DateWords } from '../model/format.js';
import { eventSpan } from '../model/event-dates.js';
import { estimateTextWidth } from './labels.js';
import type { TimelineEvent } from '../model/types.js';

const DAY = 24 * 60 * 60 * 1000;

/** A point in time on the axis: a Date where Dates reach (±271,821 years), else ms as a number (deep time). */
export type Instant = Date | number;

/**
 * What the layout asks of a time scale: d3's UTC scale where Dates reach, a linear scale of ms beyond
 * (deep-time.ts). Both are linear in time; positions are found with `+instant`, never a Date's methods.
 */
export interface TimeScale {
  (value: Instant): number;
  domain(): Instant[];
  domain(domain: readonly Instant[]): this;
  range(): number[];
  range(range: readonly number[]): this;
  invert(px: number): Instant;
  copy(): this;
}

/** How a dataset's time is drawn: its scale and its ticks, chosen once per dataset. */
export interface TimeAxis {
  scale(domain: readonly [Instant, Instant], width: number): TimeScale;
  ticks(scale: TimeScale, spacing: number, locale: string, words: DateWords): Tick<Instant>[];
}

/** The span an event covers on the axis: a point event covers its whole day (or month, year). */
export function eventExtent(event: TimelineEvent): [Date, Date] {
  const [from, to] = eventSpan(event);
  return [new Date(from), new Date(to)];
}

/**
 * The domain that shows every event with a margin on each side (5% of the span, at least a day).
 * An empty dataset gets a one-year domain so the axis still draws.
 */
export function fitDomain(events: readonly TimelineEvent[], marginRatio = 0.05): [Date, Date] {
  const [from, to] = fitTimes(events, marginRatio);
  return [new Date(from), new Date(to)];
}

/**
 * The same domain for any dataset: Dates where they reach, ms as numbers for a dataset of deep time,
 * which is then drawn on the deep-time axis (deep-time.ts).
 */
export function fitInstants(events: readonly TimelineEvent[]): [Date, Date] | [number, number] {
  const times = fitTimes(events);
  return withinDates(...times) ? fitDomain(events) : times;
}

function fitTimes(events: readonly TimelineEvent[], marginRatio = 0.05): [number, number] {
  if (events.length === 0) {
    const year = utcYear.floor(new Date());
    return [+year, +utcYear.offset(year, 1)];
  }
  let min = Infinity;
  let max = -Infinity;
  for (const event of events) {
    const [from, to] = eventSpan(event);
    min = Math.min(min, from);
    max = Math.max(max, to);
  }
  const margin = Math.max(DAY, (max - min) * marginRatio);
  return [min - margin, max + margin];
}

/** A UTC time scale from a domain to the pixel range [0, width]. */
export function timeScale(domain: readonly [Instant, Instant], width: number): TimeScale & { ticks(count?: number): Date[] } {
  return scaleUtc().domain(domain).range([0, Math.max(1, width)]);
}

export type TickUnit = 'year' | 'month' | 'day';

export interface Tick<T extends Instant = Date> {
  date: T;
  x: number;
  label: string;
  /** True where the tick starts a larger unit (a new year on a month axis), drawn stronger. */
  major: boolean;
}

const TICK_FORMATS: Record<'month' | 'day', Intl.DateTimeFormatOptions> = {
  month: { month: 'short', timeZone: 'UTC' },
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};

/** The same with the year, for the first tick and each new year, and with its era: constant, as dateFormatter caches by identity. */
const TICK_FORMATS_WITH_YEAR = [false, true].map((era) => ({
  month: { ...TICK_FORMATS.month, year: 'numeric', era: era ? 'short' : undefined },
  day: { ...TICK_FORMATS.day, year: 'numeric', era: era ? 'short' : undefined },
})) as Record<'month' | 'day', Intl.DateTimeFormatOptions>[];

/** The unit of a set of ticks: the coarsest calendar unit every tick falls on. */
export function tickUnit(dates: readonly Date[]): TickUnit {
  if (dates.every((d) => +utcYear.floor(d) === +d)) return 'year';
  if (dates.every((d) => +utcMonth.floor(d) === +d)) return 'month';
  return 'day';
}

/** The axis's text: 12 px, starting 4 px right of its tick; labels keep this much apart. */
const TICK_FONT_SIZE = 12;
const TICK_LABEL_GAP = 8;

/**
 * Ticks that fit the zoom: about one per `spacing` pixels, on years, months, weeks or days
 * (never finer than a day: the data are calendar dates). A label that would run into the one
 * before it is left out (its tick stays): the first, with its year, is longer than the spacing
 * d3 chose for the others; a major tick's label wins over a minor one's. Years before 1 are
 * written with their era, and ticks every few years fall on round years of it: 200 BC, 100 BC, 1 AD,
 * 100 AD (never on the year 0 that the era does not have).
 */
export function axisTicks(scale: TimeScale, spacing = 90, locale = 'en-US', words: DateWords = ENGLISH_DATE_WORDS): Tick[] {
  const [x0, x1] = scale.range();
  const count = Math.max(2, Math.floor((x1 - x0) / spacing));
  const [d0, d1] = scale.domain().map((instant) => new Date(+instant));
  const perDay = (d1.getTime() - d0.getTime()) / DAY / count;
  let dates = perDay < 1 ? utcDay.range(utcDay.ceil(d0), d1) : timeScale([d0, d1], 1).ticks(count);
  const unit = tickUnit(dates);
  if (unit === 'year') dates = onEraYears(dates);
  const ticks = dates.map((date, index) => {
    const year = date.getUTCFullYear();
    const major = unit === 'year' || (unit === 'month' ? date.getUTCMonth() === 0 : date.getUTCDate() === 1);
    const label = unit === 'year'
      ? formatYear(year, locale, words)
      : dateFormatter(locale, index === 0 || (unit === 'month' && major) ? TICK_FORMATS_WITH_YEAR[+withEra(year, words)][unit] : TICK_FORMATS[unit]).format(date);
    return { date, x: scale(date), label, major };
  });
  return withoutCollidingLabels(ticks);
}

/** Round years of the era: a tick every k years before 1 moves from year -k (k+1 BC) to -k+1 (k BC), year 0 to 1 AD. */
function onEraYears(dates: Date[]): Date[] {
  if (dates.length < 2 || dates[1].getUTCFullYear() - dates[0].getUTCFullYear() < 2) return dates;
  return dates.map((date) => {
    if (date.getUTCFullYear() > 0) return date;
    const moved = new Date(date);
    moved.setUTCFullYear(date.getUTCFullYear() + 1);
    return moved;
  });
}

/** Leaves out the labels that would run into the one before (exported for the deep-time axis). */
export function withoutCollidingLabels<T extends Tick<Instant>>(ticks: T[]): T[] {
  const end = (tick: T) => tick.x + estimateTextWidth(tick.label, TICK_FONT_SIZE) + TICK_LABEL_GAP;
  let last: T | undefined;
  for (const tick of ticks) {
    if (!last || tick.x >= end(last)) last = tick;
    else if (tick.major && !last.major && last !== ticks[0]) {
      last.label = '';
      last = tick;
    } else tick.label = '';
  }
  return ticks;
}

/**
 * The zoom (scale k and x offset in px) that shows `range` in a view whose unzoomed domain is
 * `domain`, `width` px wide: what d3-zoom calls a transform.
 */
export function rangeTransform(
  domain: readonly [Instant, Instant],
  range: readonly [Instant, Instant],
  width: number,
  scaleOf: TimeAxis['scale'] = timeScale,
): { k: number; x: number } {
  const base = scaleOf(domain, width);
  const x0 = base(range[0]);
  const x1 = base(range[1]);
  const k = x1 > x0 ? width / (x1 - x0) : 1;
  return { k, x: -x0 * k };
}

/** The axis of every dataset that Dates reach: d3's UTC scale, ticks on calendar units. */
export const CALENDAR_AXIS: TimeAxis = { scale: timeScale, ticks: axisTicks };
