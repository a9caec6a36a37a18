import { parseCalendarDate } from '../calendar.js';
import type { DatasetInput, EventInput, Problem, Source } from '../types.js';
import { isHttpsUrl } from '../addresses.js';
import { describe, isObject, type Json } from '../json-fields.js';
import { fieldPhrase, phrase, type Phrase, type ProblemCode } from '../problem-texts.js';
import { saying } from './problem-texts.js';
import { plainTextOf, uniqueIds } from './plain-text.js';
import { convertSlideMedia, withHttpsScheme } from './timelinejs-media.js';

/** Words of a `display_date` that mark the date as uncertain ("c. July 1945", "circa 1945", "about June"). */
const APPROXIMATE = /(^|[^a-z])(c\.|ca\.|circa\b|about\b)/i;

const TITLE_FROM_TEXT = 60;

/** Media written as markup (a blockquote, an embed code) rather than an address. */
const MARKUP = /^\s*</;

const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute'] as const;

/** An integer from a number or a numeric string; undefined when absent (TimelineJS sheets write "" for empty cells). */
function readInteger(raw: unknown): number | undefined | 'not a number' {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
  if (typeof raw === 'string' && /^\s*[+-]?\d+\s*$/.test(raw)) return Number(raw);
  return 'not a number';
}

/** A date object with no part written: `{ "year": "", "month": "" }`. */
const isBlankDate = (raw: unknown) => isObject(raw) && DATE_PARTS.every((key) => readInteger(raw[key]) === undefined);

/** The field (`start_date.month`) and what is wrong with it. */
interface DateError {
  field: string;
  detail: Phrase;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Beyond this many years from 1 (where Dates end), a TimelineJS year is deep time: a year alone. */
const DATE_YEARS = 271_820;

/**
 * Reads a TimelineJS date object as our "YYYY[-MM[-DD[THH:MM]]]". Seconds and milliseconds are
 * finer than our minute precision and are dropped. A negative year means what TimelineJS shows:
 * -500 reads "500 BC" there, so it becomes -0499 (year 0 is 1 BC). Past where Dates reach (the
 * years of a `cosmological` timeline) only the year is kept, as written, as deep time; nearer years of such a
 * timeline keep their months and days.
 */
function readDate(raw: unknown, field: string, cosmological = false): string | DateError {
  if (raw === undefined || raw === null) return { field, detail: phrase('missing') };
  if (!isObject(raw)) return { field, detail: phrase('notDateObject', { value: describe(raw) }) };
  const parts: Record<'year' | 'month' | 'day' | 'hour' | 'minute', number | undefined> = {
    year: undefined, month: undefined, day: undefined, hour: undefined, minute: undefined,
  };
  for (const key of DATE_PARTS) {
    const value = readInteger(raw[key]);
    if (value === 'not a number') return { field: `${field}.${key}`, detail: phrase('notWholeNumber', { value: describe(raw[key]) }) };
    parts[key] = value;
  }
  const { year, month, day, hour, minute } = parts;
  const error = (key: string, detail: Phrase): DateError => ({ field: `${field}.${key}`, detail });
  const number = (code: ProblemCode, value: number) => phrase(code, { value: String(value) });
  if (year === undefined) return error('year', phrase('missing'));
  // On a cosmological scale TimelineJS numbers years without eras, and its own example puts "Now" at
  // year 0: the nearest year of ours, 1 BC, is a year away, which that scale cannot show apart.
  if (year === 0 && cosmological) return '0000';
  if (year === 0) return error('year', number('noYearZero', year));
  const astronomical = year < 0 ? year + 1 : year;
  // Deep time keeps the year as written: a year's shift means nothing there, and -541000000 stays so.
  if (Math.abs(astronomical) > DATE_YEARS) return String(year);
  if (month !== undefined && (month < 1 || month > 12)) return error('month', number('notMonth', month));
  if (day !== undefined && month === undefined) return error('day', phrase('needsMonth'));
  if (hour !== undefined && day === undefined) return error('hour', phrase('needsDay'));
  if (minute !== undefined && hour === undefined) return error('minute', phrase('needsHour'));
  if (hour !== undefined && (hour < 0 || hour > 23)) return error('hour', number('notHour', hour));
  if (minute !== undefined && (minute < 0 || minute > 59)) return error('minute', number('notMinute', minute));

  let text = `${astronomical < 0 ? '-' : ''}${pad(Math.abs(astronomical), 4)}`;
  if (month !== undefined) text += `-${pad(month)}`;
  if (day !== undefined) text += `-${pad(day)}`;
  if (hour !== undefined) text += `T${pad(hour)}:${pad(minute ?? 0)}`;
  if (day !== undefined && 'error' in parseCalendarDate(text)) return error('day', phrase('notDayOf', { value: String(day), month: text.slice(0, -3) }));
  return text;
}

function titleOf(headline: string, text: string): string {
  if (headline) return headline;
  if (text) return Array.from(text).slice(0, TITLE_FROM_TEXT).join('').trimEnd();
  return 'Untitled';
}

/** Converts one slide or era; returns undefined when it has no usable start date (the problem says why). */
function convertSlide(
  raw: unknown,
  index: number,
  list: 'events' | 'eras',
  nextId: (text: string, fallback: string) => string,
  problems: Problem[],
  cosmological = false,
): EventInput | undefined {
  const noun = list === 'events' ? 'event' : 'era';
  const n = String(index + 1);
  const slide = isObject(raw) ? raw : {};
  const text = isObject(slide.text) ? slide.text : {};
  const headline = plainTextOf(text.headline);
  const summary = plainTextOf(text.text);
  const subject = headline
    ? phrase(list === 'events' ? 'slideTitled' : 'eraTitled', { n, title: describe(headline) })
    : phrase(list === 'events' ? 'slide' : 'era', { n });
  const report = (id: string | undefined, field: string, detail: Phrase, outcome?: ProblemCode) =>
    problems.push({
      ...(id === undefined ? {} : { id }),
      field: `${list}[${index}].${field}`,
      ...saying(fieldPhrase(subject, field, detail, outcome && phrase(outcome))),
    });

  if (!isObject(raw)) {
    problems.push({ field: `${list}[${index}]`, ...saying(phrase('notASlide', { subject, value: describe(raw) })) });
    return undefined;
  }
  const date = readDate(slide.start_date, 'start_date', cosmological);
  if (typeof date !== 'string') {
    report(undefined, date.field, date.detail, list === 'events' ? 'eventLeftOut' : 'eraLeftOut');
    return undefined;
  }
  const title = titleOf(headline, summary);
  const id = nextId(typeof slide.unique_id === 'string' && slide.unique_id ? slide.unique_id : headline, `${noun}-${index + 1}`);
  const event: EventInput = { id, title, date, kind: 'other' };
  if (summary) event.summary = summary;

  // Sheets and editors write an end date with every part empty for "no end".
  if (slide.end_date !== undefined && slide.end_date !== null && !isBlankDate(slide.end_date)) {
    const end = readDate(slide.end_date, 'end_date', cosmological);
    if (typeof end === 'string') event.end = end;
    else report(id, end.field, end.detail, 'endLeftOut');
  }
  const displayDates = [slide.display_date, isObject(slide.start_date) ? slide.start_date.display_date : undefined];
  // Our dates have no free-text form; only the uncertainty a display date expresses can be kept.
  if (displayDates.some((value) => typeof value === 'string' && APPROXIMATE.test(value))) event.approximate = true;

  const group = plainTextOf(slide.group);
  if (group) event.parties = [group];

  // Pictures, videos, encyclopaedia and map pages, blockquotes: timelinejs-media.ts; other pages are the source.
  const media: Json | undefined = isObject(slide.media) ? { ...slide.media, url: withHttpsScheme(slide.media.url) } : undefined;
  const mediaKept = media !== undefined && convertSlideMedia(media, event, (field, detail) => report(id, field, detail));
  if (media !== undefined && !mediaKept) {
    const { url } = media;
    const source: Source = { title: plainTextOf(media.caption) || title };
    const credit = plainTextOf(media.credit);
    if (credit) source.citation = credit;
    if (typeof url === 'string' && isHttpsUrl(url)) {
      source.url = url;
      event.source = source;
    } else {
      if (typeof url === 'string' && MARKUP.test(url)) {
        // A blockquote or an embed code: media (the media issue's), not a link to a source.
        report(id, 'media.url', phrase('mediaNotShown', { value: describe(url) }), 'mediaLeftOut');
      } else if (url !== undefined && url !== null && url !== '') {
        report(id, 'media.url', phrase('notHttps', { value: describe(url) }), 'linkLeftOut');
      }
      // The credit is still worth citing without its link.
      if (credit) event.source = source;
    }
  }
  return event;
}

/**
 * Converts TimelineJS3 JSON (`{ title?, events, eras? }`) to our dataset format. Slides become events
 * of kind "other" (TimelineJS has no kinds), a slide's `group` becomes its party, its https media its
 * source; eras become range events after the slides. BCE years and the cosmological scale are read as
 * TimelineJS shows them (readDate). Slides that cannot be shown (impossible dates, no start) are left
 * out with a problem each.
 */
export function fromTimelineJS(input: unknown): { dataset: DatasetInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const root = isObject(input) ? input : {};
  const titleText = isObject(root.title) && isObject(root.title.text) ? root.title.text : {};
  const dataset: DatasetInput = { title: plainTextOf(titleText.headline) || 'Timeline', events: [] };
  const description = plainTextOf(titleText.text);
  if (description) dataset.description = description;

  if (!Array.isArray(root.events)) {
    problems.push({ field: 'events', ...saying(phrase('timelineJSNeedsEvents')) });
  }
  const nextId = uniqueIds();
  for (const list of ['events', 'eras'] as const) {
    const slides: unknown[] = Array.isArray(root[list]) ? root[list] : [];
    slides.forEach((raw, index) => {
      const event = convertSlide(raw, index, list, nextId, problems, root.scale === 'cosmological');
      if (event) dataset.events.push(event);
    });
  }
  return { dataset, problems };
}
