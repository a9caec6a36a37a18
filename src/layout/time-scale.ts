import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { dateFormatter } from '../model/format.js';
import { eventSpan } from '../model/event-dates.js';
import { estimateTextWidth } from './labels.js';
import type { TimelineEvent } from '../model/types.js';

const DAY = 24 * 60 * 60 * 1000;

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
  if (events.length === 0) {
    const year = utcYear.floor(new Date());
    return [year, utcYear.offset(year, 1)];
  }
  let min = Infinity;
  let max = -Infinity;
  for (const event of events) {
    const [from, to] = eventSpan(event);
    min = Math.min(min, from);
    max = Math.max(max, to);
  }
  const margin = Math.max(DAY, (max - min) * marginRatio);
  return [new Date(min - margin), new Date(max + margin)];
}

/**
 * A d3 time scale (`scaleUtc`) as far as the layout uses it. Our own type, not d3-scale's
 * `ScaleTime`: the published declarations then need no d3 types in the apps that install us.
 */
export interface TimeScale {
  (date: Date): number;
  invert(px: number): Date;
  domain(): Date[];
  domain(domain: Iterable<Date>): this;
  range(): number[];
  range(range: Iterable<number>): this;
  ticks(count?: number): Date[];
  copy(): this;
}

/** A UTC time scale from a domain to the pixel range [0, width]. */
export function timeScale(domain: readonly [Date, Date], width: number): TimeScale {
  return scaleUtc().domain(domain).range([0, Math.max(1, width)]);
}

export type TickUnit = 'year' | 'month' | 'day';

export interface Tick {
  date: Date;
  x: number;
  label: string;
  /** True where the tick starts a larger unit (a new year on a month axis), drawn stronger. */
  major: boolean;
}

const TICK_FORMATS: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', timeZone: 'UTC' },
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
};

/** The same with the year, for the first tick and each new year: constant, as dateFormatter caches by identity. */
const TICK_FORMATS_WITH_YEAR: Record<TickUnit, Intl.DateTimeFormatOptions> = {
  year: TICK_FORMATS.year,
  month: { ...TICK_FORMATS.month, year: 'numeric' },
  day: { ...TICK_FORMATS.day, year: 'numeric' },
};

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
 * d3 chose for the others; a major tick's label wins over a minor one's.
 */
export function axisTicks(scale: TimeScale, spacing = 90, locale = 'en-US'): Tick[] {
  const [x0, x1] = scale.range();
  const count = Math.max(2, Math.floor((x1 - x0) / spacing));
  const [d0, d1] = scale.domain();
  const perDay = (d1.getTime() - d0.getTime()) / DAY / count;
  const dates = perDay < 1 ? utcDay.range(utcDay.ceil(d0), d1) : scale.ticks(count);
  const unit = tickUnit(dates);
  const format = dateFormatter(locale, TICK_FORMATS[unit]);
  const withYear = dateFormatter(locale, TICK_FORMATS_WITH_YEAR[unit]);
  const ticks = dates.map((date, index) => {
    const major = unit === 'year' || (unit === 'month' ? date.getUTCMonth() === 0 : date.getUTCDate() === 1);
    const label = unit !== 'year' && (index === 0 || (unit === 'month' && major)) ? withYear.format(date) : format.format(date);
    return { date, x: scale(date), label, major };
  });
  return withoutCollidingLabels(ticks);
}

function withoutCollidingLabels(ticks: Tick[]): Tick[] {
  const end = (tick: Tick) => tick.x + estimateTextWidth(tick.label, TICK_FONT_SIZE) + TICK_LABEL_GAP;
  let last: Tick | undefined;
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
export function rangeTransform(domain: readonly [Date, Date], range: readonly [Date, Date], width: number): { k: number; x: number } {
  const base = timeScale(domain, width);
  const x0 = base(range[0]);
  const x1 = base(range[1]);
  const k = x1 > x0 ? width / (x1 - x0) : 1;
  return { k, x: -x0 * k };
}
