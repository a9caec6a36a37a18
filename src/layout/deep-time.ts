import { withinDates, yearStart } from '../model/calendar.js';
import { formatYear, type DateWords } from '../model/format.js';
import '../model/years-ago.js';
import { axisTicks, timeScale, withoutCollidingLabels, type Instant, type Tick, type TimeAxis, type TimeScale } from './time-scale.js';

/** The mean Gregorian year, ms: 146,097 days in 400 years. */
const YEAR = (146_097 / 400) * 86_400_000;

/**
 * The axis of a dataset beyond where Dates reach (±271,821 years): the Cambrian, the Big Bang. A
 * linear scale of ms as numbers, which d3's UTC scale cannot take, and a tick rule of its own on
 * round years, thousands, millions and billions of them. Where the view comes back within Dates'
 * reach (a zoom into 1969) the ticks are the calendar axis's own, so a dataset that mixes the Big
 * Bang and the Moon landing reads as any other down to a day. A chunk of its own, loaded only for
 * such datasets.
 */
export const DEEP_TIME_AXIS: TimeAxis = {
  scale: (domain, width) => linearScale([+domain[0], +domain[1]], [0, Math.max(1, width)]),
  ticks: deepTimeTicks,
};

/**
 * A linear scale of numbers with what the layout asks of a scale (time-scale.ts). Not d3-scale's
 * scaleLinear: d3-scale is one module, so anything of it a chunk imports is built into the main
 * bundle, and scaleLinear brings its tick format and d3-format there (measured: 3.4 KB gzipped
 * more for every page, for a scale a few datasets use).
 */
export function linearScale(domain: readonly number[], range: readonly number[]): TimeScale {
  let [d0, d1] = domain;
  let [r0, r1] = range;
  const scale = ((value: Instant) => r0 + ((+value - d0) / (d1 - d0 || 1)) * (r1 - r0)) as TimeScale;
  scale.invert = (px) => d0 + ((px - r0) / (r1 - r0 || 1)) * (d1 - d0);
  scale.copy = () => linearScale([d0, d1], [r0, r1]);
  scale.domain = ((values?: readonly Instant[]) => {
    if (!values) return [d0, d1];
    [d0, d1] = values.map(Number);
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((values?: readonly number[]) => {
    if (!values) return [r0, r1];
    [r0, r1] = values;
    return scale;
  }) as TimeScale['range'];
  return scale;
}

/** About one tick per `spacing` px, on years that are round for the span in view. */
export function deepTimeTicks(scale: TimeScale, spacing: number, locale: string, words: DateWords): Tick<Instant>[] {
  const [t0, t1] = scale.domain().map(Number);
  const [x0, x1] = scale.range();
  if (withinDates(t0, t1)) return axisTicks(timeScale([t0, t1], 1).range([x0, x1]), spacing, locale, words);
  const count = Math.max(2, Math.floor((x1 - x0) / spacing));
  return withoutCollidingLabels(
    roundYears(1970 + t0 / YEAR, 1970 + t1 / YEAR, count).map((year) => {
      const at = yearStart(year);
      return { date: at, x: scale(at), label: formatYear(year, locale, words), major: false };
    }),
  );
}

/**
 * About `count` whole years from `from` to `to`, a step of 1, 2 or 5 times a power of ten apart, as
 * d3's ticks are: 500 million, 1 billion, 1.5 billion… Whole years only: a span this long is never
 * shown at less than a year per tick.
 */
export function roundYears(from: number, to: number, count: number): number[] {
  const raw = (to - from) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, power * (raw / power >= 5 ? 10 : raw / power >= 2 ? 5 : raw / power >= 1.4 ? 2 : 1));
  const years: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) years.push(year);
  return years;
}
