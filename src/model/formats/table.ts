import { dsvFormat } from 'd3-dsv';
import { describe } from '../json-fields.js';
import { validateDataset } from '../validate.js';
import { phrase, type Phrase, type PhraseValue } from '../problem-texts.js';
import type { DatasetInput, EventInput, Problem } from '../types.js';
import { uniqueIds } from './plain-text.js';
import { saying } from './problem-texts.js';
import { fromTimelineJS } from './timelinejs.js';

/** A column's name as the header row is read: case, spaces and punctuation ignored ("End Year" is "endyear"). */
export const columnKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The columns of TimelineJS's spreadsheet template. */
export const TIMELINEJS_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline',
  'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
];

/** Our own columns: one per field of an event, the source's fields prefixed with "source". */
export const OUR_COLUMNS = [
  'id', 'date', 'end', 'kind', 'title', 'summary', 'place', 'participants', 'parties', 'approximate',
  'part of day', 'source title', 'source citation', 'source url', 'source rights',
];

interface Table {
  /** The data rows, each with its row number as a spreadsheet shows it (the header is row 1). */
  rows: { number: number; cells: string[] }[];
  /** A cell's text (trimmed) by column key; '' when the table has no such column. */
  cell: (cells: string[], key: string) => string;
  /** A column's name as the header writes it. */
  column: (key: string) => string;
}

/** A problem of one cell (or of a row, without `column`) in words: "row 7, column Year: …". */
function cellProblem(row: number, column: string | undefined, detail: PhraseValue, outcome?: PhraseValue, id?: string): Problem {
  const said: Phrase = column === undefined
    ? phrase('rowSays', { row, detail })
    : phrase(outcome === undefined ? 'cell' : 'cellOutcome', { row, column, detail, ...(outcome === undefined ? {} : { outcome }) });
  return { ...(id === undefined ? {} : { id }), field: column ?? `row ${row}`, row, ...(column === undefined ? {} : { column }), ...saying(said) };
}

/** A converter's problem ({ subject, field, detail, outcome }) said of a cell instead. */
function inCell(problem: Problem, row: number, column: string, keepId: boolean, detail?: Phrase): Problem {
  const values = problem.phrase?.values ?? {};
  const said = detail ?? (values.detail as PhraseValue | undefined) ?? problem.message;
  return cellProblem(row, column, said, values.outcome, keepId ? problem.id : undefined);
}

/** Cells of TimelineJS's date columns that its JSON writes as one object: "Year" is start_date.year. */
const TEMPLATE_DATE_FIELDS: Record<string, string> = { year: 'year', month: 'month', day: 'day', hour: 'time', minute: 'time' };

/** What a whole number in the wrong place is, by column: "19o5" is not a year. */
const NOT_A: Record<string, 'notAYear' | 'notMonth' | 'notADay'> = { year: 'notAYear', month: 'notMonth', day: 'notADay' };

/** "18:30", "6:30 PM", "18:30:15" as an hour and a minute; undefined when it is not a time. */
function readTime(text: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?$/i.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3]?.[0].toLowerCase();
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

/**
 * Rows of TimelineJS's template, read as the TimelineJS 3 JSON that TimelineJS itself makes of them
 * and converted by the same reader; problems name the row and column.
 */
function fromTemplate({ rows, cell, column }: Table): { dataset: DatasetInput; problems: Problem[] } {
  const early: Problem[] = [];
  const slides: { events: unknown[]; eras: unknown[] } = { events: [], eras: [] };
  const rowOf: { events: number[]; eras: number[] } = { events: [], eras: [] };
  let title: unknown;
  const date = (cells: string[], number: number, prefix: '' | 'end') => {
    const time = cell(cells, `${prefix}time`);
    const clock = time ? readTime(time) : undefined;
    // The event stays (without its time): a problem with no field counts no event left out.
    if (time && !clock) early.push({ ...cellProblem(number, column(`${prefix}time`), phrase('notTimeOfDay', { value: describe(time) }), phrase('timeLeftOut')), field: undefined });
    return { year: cell(cells, `${prefix}year`), month: cell(cells, `${prefix}month`), day: cell(cells, `${prefix}day`), ...clock };
  };
  for (const { number, cells } of rows) {
    const type = cell(cells, 'type').toLowerCase();
    const slide = {
      start_date: date(cells, number, ''),
      end_date: date(cells, number, 'end'),
      display_date: cell(cells, 'displaydate'),
      text: { headline: cell(cells, 'headline'), text: cell(cells, 'text') },
      media: { url: cell(cells, 'media'), credit: cell(cells, 'mediacredit'), caption: cell(cells, 'mediacaption') },
      group: cell(cells, 'group'),
    };
    if (type === 'title') title ??= slide;
    else {
      const list = type === 'era' ? 'eras' : 'events';
      slides[list].push(slide);
      rowOf[list].push(number);
    }
  }
  const { dataset, problems } = fromTimelineJS({ ...(title ? { title } : {}), ...slides });
  const said = problems.map((problem) => {
    const place = /^(events|eras)\[(\d+)\]\.(start_date|end_date|media)\.?(\w*)/.exec(problem.field ?? '');
    if (!place) return problem;
    const [, list, index, object, part] = place;
    const row = rowOf[list as 'events' | 'eras'][Number(index)];
    if (object === 'media') return inCell(problem, row, column('media'), true);
    const key = `${object === 'end_date' ? 'end' : ''}${TEMPLATE_DATE_FIELDS[part || 'year'] ?? 'year'}`;
    const detail = problem.phrase?.values?.detail as Phrase | undefined;
    const notA = detail?.code === 'notWholeNumber' ? NOT_A[part] : undefined;
    return inCell(problem, row, column(key), Boolean(problem.id), notA && phrase(notA, detail?.values));
  });
  return { dataset, problems: [...early, ...said] };
}

const YES = /^(yes|y|true|x|1)$/i;
const NO = /^(no|n|false|0)$/i;

const list = (text: string) => text.split(';').map((name) => name.trim()).filter(Boolean);

/** Rows of our own columns: each row one event, checked as the element checks it; problems name the row and column. */
function fromOurColumns({ rows, cell, column }: Table): { dataset: DatasetInput; problems: Problem[] } {
  const problems: Problem[] = [];
  const events: EventInput[] = [];
  const nextId = uniqueIds();
  const seen = new Set<string>();
  rows.forEach(({ number, cells }) => {
    const title = cell(cells, 'title');
    const raw: Record<string, unknown> = {
      id: cell(cells, 'id') || nextId(title, `row-${number}`),
      // An empty cell is a missing field, as the element's checks say it.
      title: title || undefined,
      date: cell(cells, 'date'),
      kind: cell(cells, 'kind').toLowerCase() || 'other',
    };
    for (const key of ['end', 'summary', 'place'] as const) if (cell(cells, key)) raw[key] = cell(cells, key);
    for (const key of ['participants', 'parties'] as const) if (cell(cells, key)) raw[key] = list(cell(cells, key));
    const approximate = cell(cells, 'approximate');
    if (YES.test(approximate)) raw.approximate = true;
    else if (approximate && !NO.test(approximate)) {
      problems.push(cellProblem(number, column('approximate'), phrase('notYesNo', { value: describe(approximate) }), undefined, String(raw.id)));
    }
    if (cell(cells, 'partofday')) raw.partOfDay = cell(cells, 'partofday').toLowerCase();
    const source: Record<string, string> = {};
    for (const key of ['title', 'citation', 'url', 'rights']) if (cell(cells, `source${key}`)) source[key] = cell(cells, `source${key}`);
    if (Object.keys(source).length) raw.source = { title: title || undefined, ...source };

    // Checked alone, as the element checks each event of a dataset.
    const { dataset: { events: [valid] }, problems: found } = validateDataset([raw]);
    const checked = valid && { event: valid };
    const duplicate = checked && seen.has(checked.event.id);
    found.forEach((problem, i) => {
      const key = (problem.field ?? '').replace('.', '').toLowerCase();
      const said = inCell(problem, number, column(key), checked !== undefined);
      // A row left out counts once: its further problems name no field (the row and column say where).
      problems.push(checked || i === 0 ? said : { ...said, field: undefined });
    });
    if (duplicate) {
      problems.push(cellProblem(number, column('id'), phrase('valueIs', { value: describe(checked.event.id), detail: phrase('usedTwice') }), phrase('eventLeftOut')));
    } else if (checked) {
      seen.add(checked.event.id);
      events.push(checked.event as EventInput);
    }
  });
  return { dataset: { title: 'Timeline', events }, problems };
}

/**
 * Reads a spreadsheet (CSV with `,`, TSV with a tab): quoted fields with commas, quotes and line
 * breaks, a byte-order mark, CRLF. The header row says which columns it has: TimelineJS's template
 * (Year, Month, Day, …, Headline, Text, Media, Type) or ours (id, date, kind, title, …).
 */
export function fromTable(text: string, delimiter: ',' | '\t'): { dataset: DatasetInput; problems: Problem[] } {
  const [header = [], ...body] = dsvFormat(delimiter).parseRows(text.replace(/^\uFEFF/, ''));
  const keys = header.map(columnKey);
  const index = new Map<string, number>();
  keys.forEach((key, i) => { if (key && !index.has(key)) index.set(key, i); });
  const rows = body
    .map((cells, i) => ({ number: i + 2, cells }))
    .filter(({ cells }) => cells.some((value) => value.trim() !== ''));
  const table: Table = {
    rows,
    cell: (cells, key) => {
      const i = index.get(key);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    },
    column: (key) => {
      const i = index.get(key);
      return i === undefined ? key : header[i].trim();
    },
  };
  const template = index.has('year');
  if (!template && !index.has('date')) {
    return { dataset: { title: 'Timeline', events: [] }, problems: [saying(phrase('noColumns', { value: describe(header.join(', ')) }))] };
  }
  const known = new Set((template ? TIMELINEJS_COLUMNS : OUR_COLUMNS).map(columnKey));
  const unknown = header
    .filter((_, i) => keys[i] && !known.has(keys[i]))
    .map((name) => ({ column: name.trim(), ...saying(phrase('unknownColumn', { column: describe(name.trim()) })) }));
  const read = template ? fromTemplate(table) : fromOurColumns(table);
  return { dataset: read.dataset, problems: [...unknown, ...read.problems] };
}
