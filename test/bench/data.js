/**
 * Deterministic synthetic datasets for the benchmark: N events over 1945, a fifth of them ranges of
 * 1–30 days, five kinds, titles "Event 123". The same seed gives the same events in every page.
 */

export const KINDS = ['meeting', 'cable', 'message', 'treaty', 'conference'];
const DAY = 86_400_000;
const YEAR_START = Date.UTC(1945, 0, 1);
const YEAR_END = Date.UTC(1946, 0, 1);

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (time) => new Date(time).toISOString().slice(0, 10);

/** The events as plain records: { i, start, end? (exclusive: the day after the last day), kind }, UTC day timestamps. */
export function synthetic(count, seed = 1945) {
  const random = prng(seed + count);
  const events = [];
  for (let i = 0; i < count; i++) {
    const start = YEAR_START + Math.floor(random() * 365) * DAY;
    const kind = KINDS[Math.floor(random() * KINDS.length)];
    const event = { i, start, kind };
    // Exactly a fifth are ranges (every fifth event), of 1–30 days, ending in 1945.
    if (i % 5 === 4) event.end = Math.min(YEAR_END, start + Math.floor(1 + random() * 30) * DAY);
    else random();
    events.push(event);
  }
  return events;
}

/** In the archive-timeline format (a dataset object for the `events` property). */
export function archiveDataset(count, seed) {
  return {
    title: `Benchmark: ${count} events`,
    events: synthetic(count, seed).map(({ i, start, end, kind }) => {
      const event = { id: `e-${i}`, title: `Event ${i}`, date: iso(start), kind };
      // Our `end` is the last day of the range (inclusive).
      if (end !== undefined) event.end = iso(end - DAY);
      return event;
    }),
  };
}

/** As vis-timeline items and groups: the same events; a vis `end` is an instant: the day after the last day. */
export function visData(count, seed) {
  const items = synthetic(count, seed).map(({ i, start, end, kind }) => {
    const item = { id: `e-${i}`, content: `Event ${i}`, start: iso(start), group: kind };
    if (end !== undefined) item.end = iso(end);
    return item;
  });
  const groups = KINDS.map((kind) => ({ id: kind, content: kind }));
  return { items, groups };
}

/** The extent shown first by every target: the whole of 1945. */
export const EXTENT = ['1945-01-01', '1946-01-01'];

/** The same events as a spreadsheet made from TimelineJS's template (CSV text): Year, Month, Day, End …, Headline, Group. */
export function templateCsv(count, seed) {
  const parts = (time) => {
    const date = new Date(time);
    return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  };
  const rows = synthetic(count, seed).map(({ i, start, end, kind }) =>
    [...parts(start), ...(end === undefined ? ['', '', ''] : parts(end - DAY)), `"Event ${i}, a row"`, kind].join(','));
  return ['Year,Month,Day,End Year,End Month,End Day,Headline,Group', ...rows].join('\r\n');
}
