import type { DatasetInput, Problem } from '../types.js';
import { isObject } from '../json-fields.js';
import type { Phrase } from '../problem-texts.js';
import { saying } from './problem-texts.js';
import { fromTimelineJS } from './timelinejs.js';

/**
 * A TimelineJS 2 date, "1945,7,1" (or "1945,7,1,18,30", "1945", "1945-07-01"), as the parts of a
 * TimelineJS 3 date object; the parts stay text, so that the TimelineJS 3 reader checks and reports them.
 */
function dateParts(raw: unknown): Record<string, unknown> | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'number') return { year: raw };
  if (typeof raw !== 'string') return { year: raw };
  const text = raw.trim();
  const parts = /^[+-]?\d+-\d{1,2}(-\d{1,2})?$/.test(text) && !text.startsWith('-') ? text.split('-') : text.split(',');
  const [year, month, day, hour, minute] = parts.map((part) => part.trim());
  return { year, month, day, hour, minute };
}

/** A TimelineJS 2 date or era as a TimelineJS 3 slide. */
function asSlide(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const asset = isObject(raw.asset) ? raw.asset : undefined;
  return {
    start_date: dateParts(raw.startDate),
    end_date: dateParts(raw.endDate),
    text: { headline: raw.headline, text: raw.text },
    ...(asset ? { media: { url: asset.media, credit: asset.credit, caption: asset.caption } } : {}),
    group: raw.tag,
  };
}

/** TimelineJS 3 field names in problems as the TimelineJS 2 file writes them. */
const TIMELINEJS2_FIELDS: [RegExp, string][] = [
  [/^events\[/, 'date['],
  [/^eras\[/, 'era['],
  [/start_date(\.\w+)?/, 'startDate'],
  [/end_date(\.\w+)?/, 'endDate'],
  [/media\.url/, 'asset.media'],
];

const rename = (field: string) => TIMELINEJS2_FIELDS.reduce((name, [from, to]) => name.replace(from, to), field);

/** A problem's field, in its `field` and in the phrase it says, renamed. */
function renamed(problem: Problem): Problem {
  const field = problem.field && rename(problem.field);
  const values = problem.phrase?.values;
  const said: Phrase | undefined = problem.phrase && typeof values?.field === 'string'
    ? { code: problem.phrase.code, values: { ...values, field: rename(values.field) } }
    : problem.phrase;
  return { ...problem, ...(field ? { field } : {}), ...(said ? saying(said) : {}) };
}

/**
 * Converts TimelineJS 2 JSON (`{ timeline: { headline, text, date: [...], era: [...] } }`) by reading
 * it as the TimelineJS 3 it became: `startDate` "1945,7,1" is `start_date` { year, month, day },
 * `asset` is `media`, `tag` is `group`. Problems name the TimelineJS 2 fields.
 */
export function fromTimelineJS2(input: unknown): { dataset: DatasetInput; problems: Problem[] } {
  const root = isObject(input) && isObject(input.timeline) ? input.timeline : {};
  const { dataset, problems } = fromTimelineJS({
    title: { text: { headline: root.headline, text: root.text } },
    events: Array.isArray(root.date) ? root.date.map(asSlide) : root.date,
    eras: Array.isArray(root.era) ? root.era.map(asSlide) : [],
  });
  return { dataset, problems: problems.map(renamed) };
}
