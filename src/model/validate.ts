import { compareCalendarDates, parseCalendarDate } from './calendar.js';
import {
  EVENT_KINDS,
  PARTS_OF_DAY,
  RELATION_TYPES,
  type CalendarDate,
  type Dataset,
  type EventKind,
  type Mention,
  type PartOfDay,
  type Problem,
  type Relation,
  type RelationType,
  type Source,
  type TimelineEvent,
  type TranscriptRef,
} from './types.js';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Longest text kept from any field: protects layout and memory from runaway input. */
const MAX_TEXT = 100_000;

export interface ValidationResult {
  dataset: Dataset;
  /** Every problem found, each naming the event and field where it can. */
  problems: Problem[];
  /** How many events of the input were left out. */
  leftOut: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT;

/** True for an https URL: the only scheme a link from data may use. */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** True for a relative path that stays inside the dataset's folder. */
export function isSafeTranscriptPath(path: string): boolean {
  if (path.trim() === '' || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.includes('\\')) {
    return false;
  }
  return !path.split('/').some((segment) => segment === '..');
}

/** Collects problems for one event; `label` names the event in messages. */
class EventProblems {
  constructor(
    private readonly problems: Problem[],
    private readonly id: string | undefined,
    private readonly label: string,
  ) {}

  add(field: string, message: string): void {
    this.problems.push({ id: this.id, field, message: `${this.label}: ${field} ${message}` });
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

function parseDate(raw: unknown, field: string, report: EventProblems): CalendarDate | undefined {
  if (typeof raw !== 'string') {
    report.add(field, raw === undefined ? 'is missing' : `must be a text like "1945-07-01", not ${describe(raw)}`);
    return undefined;
  }
  const parsed = parseCalendarDate(raw);
  if ('error' in parsed) {
    report.add(field, parsed.error);
    return undefined;
  }
  return parsed;
}

function parseStringList(raw: unknown, field: string, report: EventProblems): string[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || !raw.every(isText)) {
    report.add(field, 'must be a list of names (texts); it was left out');
    return undefined;
  }
  return raw.slice();
}

function parseTranscript(raw: unknown, report: EventProblems): TranscriptRef | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') {
    if (isSafeTranscriptPath(raw)) return raw;
    report.add('source.transcript', `${describe(raw)} must be a path inside the dataset's folder; it was left out`);
    return undefined;
  }
  if (isObject(raw) && typeof raw.text === 'string' && raw.text.length <= MAX_TEXT * 10) return { text: raw.text };
  report.add('source.transcript', 'must be a file path or { "text": "…" }; it was left out');
  return undefined;
}

function parseSource(raw: unknown, report: EventProblems): Source | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw) || !isText(raw.title)) {
    report.add('source', 'must be an object with a "title"; it was left out');
    return undefined;
  }
  const source: Source = { title: raw.title };
  for (const key of ['citation', 'rights'] as const) {
    if (raw[key] === undefined) continue;
    if (isText(raw[key])) source[key] = raw[key];
    else report.add(`source.${key}`, 'must be a text; it was left out');
  }
  if (raw.url !== undefined) {
    if (typeof raw.url === 'string' && isHttpsUrl(raw.url)) source.url = raw.url;
    else report.add('source.url', `${describe(raw.url)} is not an https address; it was left out`);
  }
  const transcript = parseTranscript(raw.transcript, report);
  if (transcript !== undefined) source.transcript = transcript;
  return source;
}

function parseLinks<T>(
  raw: unknown,
  field: 'mentions' | 'relations',
  report: EventProblems,
  parseOne: (item: Json) => T | string,
): T[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    report.add(field, 'must be a list; it was left out');
    return undefined;
  }
  const links: T[] = [];
  raw.forEach((item: unknown, index) => {
    const parsed = isObject(item) ? parseOne(item) : 'must be an object';
    if (typeof parsed === 'string') report.add(`${field}[${index}]`, `${parsed}; it was left out`);
    else links.push(parsed);
  });
  return links;
}

const parseMention = (item: Json): Mention | string =>
  !isText(item.quote)
    ? 'needs a "quote" (the exact words in the transcript)'
    : typeof item.event !== 'string'
      ? 'needs an "event" id'
      : { quote: item.quote, event: item.event };

const parseRelation = (item: Json): Relation | string =>
  !RELATION_TYPES.includes(item.type as RelationType)
    ? `type must be one of ${RELATION_TYPES.join(', ')}`
    : typeof item.event !== 'string'
      ? 'needs an "event" id'
      : { type: item.type as RelationType, event: item.event };

/** Parses one event; returns undefined when a required field is wrong (the event is left out). */
function parseEvent(raw: unknown, index: number, problems: Problem[]): TimelineEvent | undefined {
  if (!isObject(raw)) {
    problems.push({ field: `events[${index}]`, message: `event #${index + 1} is ${describe(raw)}, not an event object` });
    return undefined;
  }
  const id = typeof raw.id === 'string' && ID_PATTERN.test(raw.id) ? raw.id : undefined;
  const label = id ? `event "${id}"` : `event #${index + 1}`;
  const report = new EventProblems(problems, id, label);
  const before = problems.length;

  if (id === undefined) {
    report.add(
      'id',
      raw.id === undefined
        ? 'is missing'
        : `${describe(raw.id)} must use only lowercase letters, digits and hyphens (e.g. "wh-307")`,
    );
  }
  if (!isText(raw.title)) report.add('title', raw.title === undefined ? 'is missing' : 'must be a non-empty text');
  const start = parseDate(raw.date, 'date', report);
  if (!EVENT_KINDS.includes(raw.kind as EventKind)) {
    report.add('kind', `${raw.kind === undefined ? 'is missing' : `${describe(raw.kind)} is not a kind`}: use one of ${EVENT_KINDS.join(', ')}`);
  }
  if (problems.length > before || id === undefined || start === undefined) return undefined;

  const event: TimelineEvent = { id, title: raw.title as string, date: start.text, kind: raw.kind as EventKind, start };
  if (raw.end !== undefined) {
    const finish = parseDate(raw.end, 'end', report);
    if (finish && compareCalendarDates(finish, start) < 0) {
      report.add('end', `"${finish.text}" is before the date "${start.text}"; the end was left out`);
    } else if (finish) {
      event.end = finish.text;
      event.finish = finish;
    }
  }
  if (raw.summary !== undefined) {
    if (typeof raw.summary === 'string' && raw.summary.length <= MAX_TEXT) event.summary = raw.summary;
    else report.add('summary', 'must be a text; it was left out');
  }
  if (raw.approximate !== undefined) {
    if (typeof raw.approximate === 'boolean') event.approximate = raw.approximate;
    else report.add('approximate', 'must be true or false');
  }
  if (raw.partOfDay !== undefined) {
    if (PARTS_OF_DAY.includes(raw.partOfDay as PartOfDay)) event.partOfDay = raw.partOfDay as PartOfDay;
    else report.add('partOfDay', `must be one of ${PARTS_OF_DAY.join(', ')}`);
  }
  if (raw.place !== undefined) {
    if (isText(raw.place)) event.place = raw.place;
    else report.add('place', 'must be a text; it was left out');
  }
  const participants = parseStringList(raw.participants, 'participants', report);
  if (participants) event.participants = participants;
  const parties = parseStringList(raw.parties, 'parties', report);
  if (parties) event.parties = parties;
  const source = parseSource(raw.source, report);
  if (source) event.source = source;
  const mentions = parseLinks(raw.mentions, 'mentions', report, parseMention);
  if (mentions) event.mentions = mentions;
  const relations = parseLinks(raw.relations, 'relations', report, parseRelation);
  if (relations) event.relations = relations;
  return event;
}

/** Drops mentions and relations whose target is not among the valid events. */
function checkTargets(events: TimelineEvent[], problems: Problem[]): void {
  const ids = new Set(events.map((event) => event.id));
  for (const event of events) {
    const report = (field: string, target: string) =>
      problems.push({
        id: event.id,
        field,
        message: `event "${event.id}": ${field} points to "${target}", which is not an event of this dataset; the link was left out`,
      });
    if (event.mentions) {
      event.mentions.filter((link) => !ids.has(link.event)).forEach((link) => report('mentions', link.event));
      event.mentions = event.mentions.filter((link) => ids.has(link.event));
    }
    if (event.relations) {
      event.relations.filter((link) => !ids.has(link.event)).forEach((link) => report('relations', link.event));
      event.relations = event.relations.filter((link) => ids.has(link.event));
    }
  }
}

/**
 * Checks a dataset (or a bare array of events) and keeps every valid event.
 * Nothing throws: every problem is returned with the event id and field it concerns.
 */
export function validateDataset(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  let title = 'Timeline';
  let description: string | undefined;
  let rawEvents: unknown[] = [];

  if (Array.isArray(input)) {
    rawEvents = input;
  } else if (isObject(input)) {
    if (isText(input.title)) title = input.title;
    else problems.push({ field: 'title', message: 'The dataset needs a "title" (a text).' });
    if (typeof input.description === 'string') description = input.description;
    if (Array.isArray(input.events)) rawEvents = input.events;
    else problems.push({ field: 'events', message: 'The dataset needs "events", a list of events.' });
  } else {
    problems.push({ message: `The data must be an object with "title" and "events", not ${describe(input)}.` });
  }

  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  rawEvents.forEach((raw, index) => {
    const event = parseEvent(raw, index, problems);
    if (!event) return;
    if (seen.has(event.id)) {
      problems.push({
        id: event.id,
        field: 'id',
        message: `event "${event.id}": id is used twice; the second event (#${index + 1}) was left out`,
      });
      return;
    }
    seen.add(event.id);
    events.push(event);
  });
  checkTargets(events, problems);
  events.sort((a, b) => compareCalendarDates(a.start, b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { dataset: { title, description, events }, problems, leftOut: rawEvents.length - events.length };
}
