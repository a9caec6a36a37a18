import { isHttpsUrl, isSafeTranscriptPath, MAX_ADDRESS } from './addresses.js';
import { compareCalendarDates, parseCalendarDate } from './calendar.js';
import { readsAs } from './format.js';
import { describe, isObject, languageField, own, reportUnknown, textProblem, type Json } from './json-fields.js';
import { segmentTranscript } from './mentions.js';
import { fieldPhrase, phrase, saying, type Phrase, type ProblemCode } from './problem-texts.js';
import {
  EVENT_KINDS,
  PARTS_OF_DAY,
  RELATION_TYPES,
  type CalendarDate,
  type EventInput,
  type EventKind,
  type MediaItem,
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

export const EVENT_FIELDS = [
  'id', 'title', 'summary', 'date', 'end', 'approximate', 'partOfDay', 'kind', 'place',
  'participants', 'parties', 'source', 'mentions', 'relations', 'media',
];

export const SOURCE_FIELDS = ['title', 'citation', 'url', 'rights', 'transcript', 'lang'];

/** Collects problems for one event; `subject` names the event in messages. */
class EventProblems {
  constructor(
    private readonly problems: Problem[],
    private readonly id: string | undefined,
    private readonly subject: Phrase,
  ) {}

  /** What is wrong with a field, and what was left out because of it (nothing said: the event). */
  add(field: string, detail: Phrase, outcome?: ProblemCode): void {
    this.problems.push({ id: this.id, field, ...saying(fieldPhrase(this.subject, field, detail, outcome && phrase(outcome))) });
  }
}

function parseDate(raw: unknown, field: string, report: EventProblems): CalendarDate | undefined {
  if (typeof raw !== 'string') {
    report.add(field, raw === undefined ? phrase('missing') : phrase('notDateText', { value: describe(raw) }));
    return undefined;
  }
  // Too long to be any date form: say so without quoting (or parsing) all of it.
  const parsed = raw.length > MAX_DATE ? { phrase: phrase('dateForm', { value: describe(raw) }) } : parseCalendarDate(raw);
  if ('phrase' in parsed) {
    report.add(field, parsed.phrase);
    return undefined;
  }
  return parsed;
}

/** An optional text field of `raw`, reported under `field` (and left out) when it is not a usable text. */
function parseText(raw: Json, key: string, report: EventProblems, field = key): string | undefined {
  const value = own(raw, key);
  if (value === undefined) return undefined;
  const problem = textProblem(value);
  if (problem === undefined) return value as string;
  report.add(field, problem, 'leftOut');
  return undefined;
}

function parseStringList(raw: unknown, field: string, report: EventProblems): string[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    report.add(field, phrase('notNameList', { value: describe(raw) }), 'leftOut');
    return undefined;
  }
  const index = raw.findIndex((item) => textProblem(item) !== undefined);
  if (index >= 0) {
    report.add(`${field}[${index}]`, textProblem(raw[index]) as Phrase, 'listLeftOut');
    return undefined;
  }
  return raw.slice();
}

function parseTranscript(raw: unknown, report: EventProblems): TranscriptRef | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') {
    if (isSafeTranscriptPath(raw)) return raw;
    report.add('source.transcript', phrase('pathOutside', { value: describe(raw) }), 'leftOut');
    return undefined;
  }
  if (isObject(raw)) {
    reportUnknown(raw, ['text'], 'aTranscript', (key, detail) => report.add(`source.transcript.${key}`, detail));
    const text = own(raw, 'text');
    const problem = textProblem(text, MAX_TRANSCRIPT);
    if (problem === undefined) return { text: text as string };
    report.add('source.transcript.text', problem, 'transcriptLeftOut');
    return undefined;
  }
  report.add('source.transcript', phrase('notTranscript', { value: describe(raw) }), 'leftOut');
  return undefined;
}

function parseSource(raw: unknown, report: EventProblems): Source | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) {
    report.add('source', phrase('notSource', { value: describe(raw) }), 'leftOut');
    return undefined;
  }
  const title = own(raw, 'title');
  const titleProblem = textProblem(title);
  if (titleProblem !== undefined) {
    report.add('source.title', titleProblem, 'sourceLeftOut');
    return undefined;
  }
  reportUnknown(raw, SOURCE_FIELDS, 'aSource', (key, detail) => report.add(`source.${key}`, detail));
  const source: Source = { title: title as string };
  for (const key of ['citation', 'rights'] as const) {
    const value = parseText(raw, key, report, `source.${key}`);
    if (value !== undefined) source[key] = value;
  }
  const url = own(raw, 'url');
  if (url !== undefined) {
    if (typeof url === 'string' && isHttpsUrl(url)) source.url = url;
    else {
      const tooLong = typeof url === 'string' && url.length > MAX_ADDRESS;
      report.add('source.url', phrase(tooLong ? 'notHttpsOfLength' : 'notHttps', { value: describe(url), limit: MAX_ADDRESS }), 'leftOut');
    }
  }
  const transcript = parseTranscript(own(raw, 'transcript'), report);
  if (transcript !== undefined) source.transcript = transcript;
  const { lang, problem } = languageField(raw, 'lang');
  if (lang) source.lang = lang;
  if (problem) report.add('source.lang', problem, 'leftOut');
  return source;
}

function parseLinks<T extends object>(
  raw: unknown,
  field: 'mentions' | 'relations',
  report: EventProblems,
  parseOne: (item: Json) => T | Phrase,
): T[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    report.add(field, phrase('notList', { value: describe(raw) }), 'leftOut');
    return undefined;
  }
  const links: T[] = [];
  raw.forEach((item: unknown, index) => {
    const parsed = isObject(item) ? parseOne(item) : phrase('notObject', { value: describe(item) });
    if (isPhrase(parsed)) report.add(`${field}[${index}]`, parsed, 'leftOut');
    else links.push(parsed);
    if (isObject(item)) {
      const known = field === 'mentions' ? ['quote', 'event'] : ['type', 'event'];
      reportUnknown(item, known, field === 'mentions' ? 'aMention' : 'aRelation', (key, detail) =>
        report.add(`${field}[${index}].${key}`, detail));
    }
  });
  return links;
}

const isPhrase = (value: object): value is Phrase => 'code' in value;

/** The target id of a link, or what is wrong with it. */
function linkTarget(item: Json): { event: string } | Phrase {
  const event = own(item, 'event');
  if (typeof event !== 'string') return phrase('needsEventId');
  return event.length > MAX_ID ? phrase('eventTooLong', { limit: MAX_ID }) : { event };
}

function parseMention(item: Json): Mention | Phrase {
  const quote = own(item, 'quote');
  const problem = textProblem(quote);
  if (problem?.code === 'missing') return phrase('needsQuote');
  if (problem !== undefined) return phrase('quote', { detail: problem });
  const target = linkTarget(item);
  return isPhrase(target) ? target : { quote: quote as string, event: target.event };
}

function parseRelation(item: Json): Relation | Phrase {
  const type = own(item, 'type');
  if (!RELATION_TYPES.includes(type as RelationType)) return phrase('typeOneOf', { list: RELATION_TYPES.join(', ') });
  const target = linkTarget(item);
  return isPhrase(target) ? target : { type: type as RelationType, event: target.event };
}

/** The id of an event, or undefined after reporting why it cannot be used. */
function parseId(raw: unknown, report: (detail: Phrase) => void): string | undefined {
  if (typeof raw === 'string' && raw.length <= MAX_ID && ID_PATTERN.test(raw)) return raw;
  if (raw === undefined) report(phrase('missing'));
  else if (typeof raw === 'string' && raw.length > MAX_ID) report(phrase('tooLong', { limit: MAX_ID }));
  else report(phrase('idForm', { value: describe(raw) }));
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
    problems.push({ field: `events[${index}]`, ...saying(phrase('notAnEvent', { n: String(index + 1), value: describe(raw) })) });
    return undefined;
  }
  const rawId = own(raw, 'id');
  const valid = typeof rawId === 'string' && rawId.length <= MAX_ID && ID_PATTERN.test(rawId);
  const subject = valid ? phrase('event', { id: rawId }) : phrase('eventAt', { n: String(index + 1) });
  const report = new EventProblems(problems, valid ? rawId : undefined, subject);
  const before = problems.length;

  const id = parseId(rawId, (detail) => report.add('id', detail));
  const title = own(raw, 'title');
  const titleProblem = textProblem(title);
  if (titleProblem !== undefined) {
    report.add('title', titleProblem, titleProblem.code === 'tooLong' ? 'eventLeftOut' : undefined);
  }
  const start = parseDate(own(raw, 'date'), 'date', report);
  const kind = own(raw, 'kind');
  if (!EVENT_KINDS.includes(kind as EventKind)) {
    const list = EVENT_KINDS.join(', ');
    report.add('kind', kind === undefined ? phrase('missingOneOf', { list }) : phrase('notKind', { value: describe(kind), list }));
  }
  const leftOut = problems.length > before || id === undefined || start === undefined;
  reportUnknown(raw, EVENT_FIELDS, 'anEvent', (key, detail) => report.add(key, detail));
  if (leftOut) return undefined;

  const end = own(raw, 'end');
  let finish = end === undefined ? undefined : parseDate(end, 'end', report);
  if (finish && compareCalendarDates(finish, start) < 0) {
    const values = { end: `"${finish.text}"`, date: `"${start.text}"` };
    const detail = start.year < 1 || finish.year < 1
      ? phrase('endBeforeDateReads', { ...values, endReads: readsAs(finish), dateReads: readsAs(start) })
      : phrase('endBeforeDate', values);
    report.add('end', detail, 'endLeftOut');
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
    else report.add('approximate', phrase('notBoolean', { value: describe(approximate) }));
  }
  const partOfDay = own(raw, 'partOfDay');
  if (partOfDay !== undefined) {
    if (PARTS_OF_DAY.includes(partOfDay as PartOfDay)) event.partOfDay = partOfDay as PartOfDay;
    else report.add('partOfDay', phrase('oneOf', { list: PARTS_OF_DAY.join(', ') }));
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
  // As written: checked by model/media/check.ts, a chunk loaded with data that has media.
  const media = own(raw, 'media');
  if (media !== undefined) event.media = media as MediaItem[];
  return { event: problems.length === before && sameAs(raw, event) ? raw : event, start: start.startTime };
}

/**
 * Whether the dataset's object holds exactly what its checked copy does, so that it can be kept
 * instead of the copy. A plain object only: one with another prototype could inherit fields that
 * were never checked. Lists and sources are always copies, so events with them are never kept.
 */
function sameAs(raw: Json, event: EventInput): raw is Json & EventInput {
  // A checked source is a copy: no need to compare the fields of an event that has one (most have).
  if (event.source) return false;
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
    report.add('mentions', phrase('quoteNotFound', { value: describe(mention.quote) }), 'linkLeftOut');
  }
  return mentions.filter((mention) => !unmatched.includes(mention));
}
