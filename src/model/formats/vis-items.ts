import { parseCalendarDate } from '../calendar.js';
import { describe, isObject, quote } from '../json-fields.js';
import { fieldPhrase, phrase, type Phrase } from '../problem-texts.js';
import { saying } from './problem-texts.js';
import { EVENT_KINDS, type DatasetInput, type EventInput, type EventKind, type Problem } from '../types.js';
import { plainTextOf, uniqueIds } from './plain-text.js';

/**
 * An ISO date as vis-timeline items write it: a date, optionally a time with seconds and fractions,
 * optionally "Z" or an offset ("1945-07-01T18:30:00+03:00"). "YYYY" and "YYYY-MM" are kept as such.
 */
const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A day, or a day and time; midnight is read as the day alone, as date-only values are exported at 00:00. */
function dayAndTime(day: string, hour: string | undefined, minute: string | undefined): string {
  return hour === undefined || (hour === '00' && minute === '00') ? day : `${day}T${hour}:${minute}`;
}

/**
 * Reads an ISO string as the calendar date and wall-clock time it was written with. A "Z" or an offset
 * is dropped, not applied: "1945-07-02T20:00:00+03:00" is 20:00 in Moscow, and our dates are local
 * times of the place, so converting it to UTC (17:00) or to the reader's zone would move the event.
 */
function fromIsoText(text: string): string | Phrase {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return phrase('isoNotDate');
  const [, year, month, day, hour, minute] = match;
  if (year === '0000') return phrase('beforeYearOne');
  const date = day === undefined ? [year, month].filter(Boolean).join('-') : dayAndTime(`${year}-${month}-${day}`, hour, minute);
  const parsed = parseCalendarDate(date);
  return 'error' in parsed ? phrase('isNotCalendarDate') : date;
}

/** Reads milliseconds since 1970 as a UTC instant: its UTC day, and its UTC time unless that is midnight. */
function fromInstant(ms: number): string | Phrase {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1 || year > 9999) {
    return phrase('notYearsOneTo9999');
  }
  const day = `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return dayAndTime(day, pad(date.getUTCHours()), pad(date.getUTCMinutes()));
}

/** The calendar date written, or what is wrong with it. */
function readDate(raw: unknown): string | Phrase {
  if (typeof raw === 'string') return fromIsoText(raw);
  if (typeof raw === 'number') return fromInstant(raw);
  if (raw instanceof Date) return fromInstant(raw.getTime());
  return phrase(raw === undefined ? 'missing' : 'notDateValue');
}

/** Our kind named by a word of the class name ("cable", "item kind-treaty"), else "other". */
function kindOf(className: unknown): EventKind {
  const words = typeof className === 'string' ? className.toLowerCase().split(/[^a-z]+/) : [];
  return EVENT_KINDS.find((kind) => words.includes(kind)) ?? 'other';
}

function groupNames(groups: unknown): Map<string, string> {
  const names = new Map<string, string>();
  if (!Array.isArray(groups)) return names;
  for (const group of groups) {
    if (!isObject(group) || (typeof group.id !== 'string' && typeof group.id !== 'number')) continue;
    const name = plainTextOf(group.content);
    if (name) names.set(String(group.id), name);
  }
  return names;
}

/** Converts one item; returns undefined when it has no title or no usable start (the problem says why). */
function convertItem(
  raw: unknown,
  index: number,
  groups: Map<string, string>,
  nextId: (text: string, fallback: string) => string,
  problems: Problem[],
): EventInput | undefined {
  if (!isObject(raw)) {
    problems.push({ field: `items[${index}]`, ...saying(phrase('notAnItem', { subject: phrase('visItem', { n: String(index + 1) }), value: describe(raw) })) });
    return undefined;
  }
  const hasId = typeof raw.id === 'string' || typeof raw.id === 'number';
  const n = String(index + 1);
  const subject = hasId ? phrase('visItemWithId', { n, id: quote(String(raw.id)) }) : phrase('visItem', { n });
  const report = (id: string | undefined, field: string, detail: Phrase, outcome: Phrase) =>
    problems.push({ ...(id === undefined ? {} : { id }), field: `items[${index}].${field}`, ...saying(fieldPhrase(subject, field, detail, outcome)) });

  const content = plainTextOf(raw.content);
  const tooltip = plainTextOf(raw.title);
  const title = content || tooltip;
  if (!title) {
    report(undefined, 'content', phrase(raw.content === undefined ? 'missing' : 'hasNoText'), phrase('itemLeftOut'));
    return undefined;
  }
  const date = readDate(raw.start);
  if (typeof date !== 'string') {
    const detail = raw.start === undefined ? date : phrase('valueIs', { value: describe(raw.start), detail: date });
    report(undefined, 'start', detail, phrase('itemLeftOut'));
    return undefined;
  }
  const id = nextId(hasId ? String(raw.id) : '', `item-${index + 1}`);
  const event: EventInput = { id, title, date, kind: kindOf(raw.className) };
  if (tooltip && tooltip !== title) event.summary = tooltip;

  // vis draws "point" and "box" items at their start only; any other item with an end is a range.
  const isPoint = raw.type === 'point' || raw.type === 'box';
  if (!isPoint && raw.end !== undefined && raw.end !== null) {
    const end = readDate(raw.end);
    if (typeof end === 'string') event.end = end;
    else report(id, 'end', phrase('valueIs', { value: describe(raw.end), detail: end }), phrase('endLeftOut'));
  }
  if (typeof raw.group === 'string' || typeof raw.group === 'number') {
    event.parties = [groups.get(String(raw.group)) ?? String(raw.group)];
  }
  return event;
}

/**
 * Converts vis-timeline items (an array, or `{ items, groups? }`) to our dataset format. Content becomes
 * the title, the tooltip the summary, the group's name the party, and a kind named in the class name the
 * kind. Dates are kept as the calendar dates written, never shifted by a time zone; a range's end is
 * kept as written, as the last day it covers. Items without text or a readable start are left out.
 */
export function fromVisItems(input: unknown): { dataset: DatasetInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const root = isObject(input) ? input : {};
  const items: unknown[] = Array.isArray(input) ? input : Array.isArray(root.items) ? root.items : [];
  if (!Array.isArray(input) && !Array.isArray(root.items)) {
    problems.push({ field: 'items', ...saying(phrase('visNeedsItems')) });
  }
  const groups = groupNames(root.groups);
  const dataset: DatasetInput = { title: plainTextOf(root.title) || 'Timeline', events: [] };
  const nextId = uniqueIds();
  items.forEach((raw, index) => {
    const event = convertItem(raw, index, groups, nextId, problems);
    if (event) dataset.events.push(event);
  });
  return { dataset, problems };
}
