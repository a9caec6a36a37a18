import { isHttpsUrl, isSafeTranscriptPath, MAX_ADDRESS } from './addresses.js';
import { compareCalendarDates, parseCalendarDate } from './calendar.js';
import { count, describe, isObject, own, reportUnknown, textProblem, type Json } from './json-fields.js';
import { segmentTranscript } from './mentions.js';
import {
  EVENT_KINDS,
  PARTS_OF_DAY,
  RELATION_TYPES,
  type CalendarDate,
  type EventInput,
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

/** What an id may be: it appears in messages, links and `#event=` URLs. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Longest inline transcript: a long document, far below what would stall the page. */
export const MAX_TRANSCRIPT = 1_000_000;

/** Longest id: ids appear in every message and in links. */
export const MAX_ID = 100;

/** Longer than any date form, so a runaway date is refused before it is parsed or quoted. */
const MAX_DATE = 20;

const EVENT_FIELDS = [
  'id', 'title', 'summary', 'date', 'end', 'approximate', 'partOfDay', 'kind', 'place',
  'participants', 'parties', 'source', 'mentions', 'relations',
];

const SOURCE_FIELDS = ['title', 'citation', 'url', 'rights', 'transcript'];

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

function parseDate(raw: unknown, field: string, report: EventProblems): CalendarDate | undefined {
  if (typeof raw !== 'string') {
    report.add(field, raw === undefined ? 'is missing' : `must be a text like "1945-07-01", not ${describe(raw)}`);
    return undefined;
  }
  // Too long to be any date form: say so without quoting (or parsing) all of it.
  const parsed = raw.length > MAX_DATE
    ? { error: `${describe(raw)} is not a date in the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM` }
    : parseCalendarDate(raw);
  if ('error' in parsed) {
    report.add(field, parsed.error);
    return undefined;
  }
  return parsed;
}

function parseText(raw: Json, key: 'summary' | 'place', report: EventProblems): string | undefined {
  const value = own(raw, key);
  if (value === undefined) return undefined;
  const problem = textProblem(value);
  if (problem === undefined) return value as string;
  report.add(key, `${problem}; it was left out`);
  return undefined;
}

function parseStringList(raw: unknown, field: string, report: EventProblems): string[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    report.add(field, `must be a list of names (texts), not ${describe(raw)}; it was left out`);
    return undefined;
  }
  const index = raw.findIndex((item) => textProblem(item) !== undefined);
  if (index >= 0) {
    report.add(`${field}[${index}]`, `${textProblem(raw[index])}; the list was left out`);
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
  if (isObject(raw)) {
    reportUnknown(raw, ['text'], 'a transcript', (key, message) => report.add(`source.transcript.${key}`, message));
    const text = own(raw, 'text');
    const problem = textProblem(text, MAX_TRANSCRIPT);
    if (problem === undefined) return { text: text as string };
    report.add('source.transcript.text', `${problem}; the transcript was left out`);
    return undefined;
  }
  report.add('source.transcript', `must be a file path or { "text": "…" }, not ${describe(raw)}; it was left out`);
  return undefined;
}

function parseSource(raw: unknown, report: EventProblems): Source | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) {
    report.add('source', `must be an object with a "title", not ${describe(raw)}; it was left out`);
    return undefined;
  }
  const title = own(raw, 'title');
  const titleProblem = textProblem(title);
  if (titleProblem !== undefined) {
    report.add('source.title', `${titleProblem}; the source was left out`);
    return undefined;
  }
  reportUnknown(raw, SOURCE_FIELDS, 'a source', (key, message) => report.add(`source.${key}`, message));
  const source: Source = { title: title as string };
  for (const key of ['citation', 'rights'] as const) {
    const value = own(raw, key);
    if (value === undefined) continue;
    const problem = textProblem(value);
    if (problem === undefined) source[key] = value as string;
    else report.add(`source.${key}`, `${problem}; it was left out`);
  }
  const url = own(raw, 'url');
  if (url !== undefined) {
    if (typeof url === 'string' && isHttpsUrl(url)) source.url = url;
    else report.add('source.url', `${describe(url)} is not an https address${typeof url === 'string' && url.length > MAX_ADDRESS ? ` of at most ${count(MAX_ADDRESS)} characters` : ''}; it was left out`);
  }
  const transcript = parseTranscript(own(raw, 'transcript'), report);
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
    report.add(field, `must be a list, not ${describe(raw)}; it was left out`);
    return undefined;
  }
  const links: T[] = [];
  raw.forEach((item: unknown, index) => {
    const parsed = isObject(item) ? parseOne(item) : `must be an object, not ${describe(item)}`;
    if (typeof parsed === 'string') report.add(`${field}[${index}]`, `${parsed}; it was left out`);
    else links.push(parsed);
    if (isObject(item)) {
      const known = field === 'mentions' ? ['quote', 'event'] : ['type', 'event'];
      reportUnknown(item, known, field === 'mentions' ? 'a mention' : 'a relation', (key, message) =>
        report.add(`${field}[${index}].${key}`, message));
    }
  });
  return links;
}

/** The target id of a link, or what is wrong with it. */
function linkTarget(item: Json): { event: string } | string {
  const event = own(item, 'event');
  if (typeof event !== 'string') return 'needs an "event" id';
  return event.length > MAX_ID ? `event is longer than ${count(MAX_ID)} characters` : { event };
}

function parseMention(item: Json): Mention | string {
  const quote = own(item, 'quote');
  const problem = textProblem(quote);
  if (problem === 'is missing') return 'needs a "quote" (the exact words in the transcript)';
  if (problem !== undefined) return `quote ${problem}`;
  const target = linkTarget(item);
  return typeof target === 'string' ? target : { quote: quote as string, event: target.event };
}

function parseRelation(item: Json): Relation | string {
  const type = own(item, 'type');
  if (!RELATION_TYPES.includes(type as RelationType)) return `type must be one of ${RELATION_TYPES.join(', ')}`;
  const target = linkTarget(item);
  return typeof target === 'string' ? target : { type: type as RelationType, event: target.event };
}

/** The id of an event, or undefined after reporting why it cannot be used. */
function parseId(raw: unknown, report: (message: string) => void): string | undefined {
  if (typeof raw === 'string' && raw.length <= MAX_ID && ID_PATTERN.test(raw)) return raw;
  if (raw === undefined) report('is missing');
  else if (typeof raw === 'string' && raw.length > MAX_ID) report(`is longer than ${count(MAX_ID)} characters`);
  else report(`${describe(raw)} must use only lowercase letters, digits and hyphens (e.g. "wh-307")`);
  return undefined;
}

/** A checked event and its start (ms), for sorting. */
export interface CheckedEvent {
  event: TimelineEvent;
  start: number;
}

/** Parses one event; returns undefined when a required field is wrong (the event is left out). */
export function parseEvent(raw: unknown, index: number, problems: Problem[]): CheckedEvent | undefined {
  if (!isObject(raw)) {
    problems.push({ field: `events[${index}]`, message: `event #${index + 1} is ${describe(raw)}, not an event object` });
    return undefined;
  }
  const rawId = own(raw, 'id');
  const valid = typeof rawId === 'string' && rawId.length <= MAX_ID && ID_PATTERN.test(rawId);
  const label = valid ? `event "${rawId}"` : `event #${index + 1}`;
  const report = new EventProblems(problems, valid ? rawId : undefined, label);
  const before = problems.length;

  const id = parseId(rawId, (message) => report.add('id', message));
  const title = own(raw, 'title');
  const titleProblem = textProblem(title);
  if (titleProblem !== undefined) {
    report.add('title', titleProblem.startsWith('is longer') ? `${titleProblem}; the event was left out` : titleProblem);
  }
  const start = parseDate(own(raw, 'date'), 'date', report);
  const kind = own(raw, 'kind');
  if (!EVENT_KINDS.includes(kind as EventKind)) {
    report.add('kind', `${kind === undefined ? 'is missing' : `${describe(kind)} is not a kind`}: use one of ${EVENT_KINDS.join(', ')}`);
  }
  const leftOut = problems.length > before || id === undefined || start === undefined;
  reportUnknown(raw, EVENT_FIELDS, 'an event', (key, message) => report.add(key, message));
  if (leftOut) return undefined;

  const end = own(raw, 'end');
  let finish = end === undefined ? undefined : parseDate(end, 'end', report);
  if (finish && compareCalendarDates(finish, start) < 0) {
    report.add('end', `"${finish.text}" is before the date "${start.text}"; the end was left out`);
    finish = undefined;
  }
  // One literal with every field a range has: fields added later would cost each event a separate property array.
  const event: EventInput = finish
    ? { id, title: title as string, date: start.text, end: finish.text, kind: kind as EventKind }
    : { id, title: title as string, date: start.text, kind: kind as EventKind };
  const summary = parseText(raw, 'summary', report);
  if (summary !== undefined) event.summary = summary;
  const approximate = own(raw, 'approximate');
  if (approximate !== undefined) {
    if (typeof approximate === 'boolean') event.approximate = approximate;
    else report.add('approximate', `must be true or false, not ${describe(approximate)}`);
  }
  const partOfDay = own(raw, 'partOfDay');
  if (partOfDay !== undefined) {
    if (PARTS_OF_DAY.includes(partOfDay as PartOfDay)) event.partOfDay = partOfDay as PartOfDay;
    else report.add('partOfDay', `must be one of ${PARTS_OF_DAY.join(', ')}`);
  }
  const place = parseText(raw, 'place', report);
  if (place !== undefined) event.place = place;
  const participants = parseStringList(own(raw, 'participants'), 'participants', report);
  if (participants) event.participants = participants;
  const parties = parseStringList(own(raw, 'parties'), 'parties', report);
  if (parties) event.parties = parties;
  const source = parseSource(own(raw, 'source'), report);
  if (source) event.source = source;
  const mentions = parseLinks(own(raw, 'mentions'), 'mentions', report, parseMention);
  if (mentions) event.mentions = checkInlineQuotes(mentions, source?.transcript, report);
  const relations = parseLinks(own(raw, 'relations'), 'relations', report, parseRelation);
  if (relations) event.relations = relations;
  return { event: problems.length === before && sameAs(raw, event) ? raw : event, start: start.start.getTime() };
}

/**
 * Whether the dataset's object holds exactly what its checked copy does, so that it can be kept
 * instead of the copy. A plain object only: one with another prototype could inherit fields that
 * were never checked. Lists and sources are always copies, so events with them are never kept.
 */
function sameAs(raw: Json, event: EventInput): raw is Json & EventInput {
  const prototype = Object.getPrototypeOf(raw);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const keys = Object.keys(raw);
  const fields = event as unknown as Json;
  return keys.length === Object.keys(event).length && keys.every((key) => Object.hasOwn(fields, key) && raw[key] === fields[key]);
}

/** An inline transcript is here already: mentions whose quote it lacks are dropped now, not when a reader opens it. */
function checkInlineQuotes(mentions: Mention[], transcript: TranscriptRef | undefined, report: EventProblems): Mention[] {
  if (transcript === undefined || typeof transcript === 'string') return mentions;
  const { unmatched } = segmentTranscript(transcript.text, mentions);
  for (const mention of unmatched) {
    report.add('mentions', `quote ${describe(mention.quote)} does not occur in the transcript (or overlaps another quote); the link was left out`);
  }
  return mentions.filter((mention) => !unmatched.includes(mention));
}
