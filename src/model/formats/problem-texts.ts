import { MEDIA_PROBLEM_TEXTS } from '../media/problem-texts.js';
import { PROBLEM_TEXTS, saying as say, type Phrase } from '../problem-texts.js';

/**
 * The English texts of problems met while reading data written inside the element or converting other
 * formats (vis-timeline, TimelineJS, HTML lists), by code: in the chunks that read them, not in the main bundle.
 */
export const FORMAT_PROBLEM_TEXTS = {
  visItem: 'vis item #{n}',
  visItemWithId: 'vis item #{n} (id {id})',
  slide: 'TimelineJS event #{n}',
  slideTitled: 'TimelineJS event #{n} ({title})',
  era: 'TimelineJS era #{n}',
  eraTitled: 'TimelineJS era #{n} ({title})',
  listItem: 'list item #{n}',
  listItemTitled: 'list item #{n} ({title})',
  says: '{subject}: {detail}',
  notAnItem: '{subject} is {value}, not an item; it was left out',
  notASlide: '{subject} is {value}, not a slide; it was left out',
  itemLeftOut: 'the item was left out',
  eraLeftOut: 'the era was left out',
  jsonSyntax: 'The data is not valid JSON (line {line}, column {column}): check for a missing comma, quote or bracket there or just before.',
  scriptNotJson: 'The JSON inside <script type="application/json"> is not valid: check for a missing comma, quote or bracket.',
  // Data in another format, converted.
  visNeedsItems: 'The vis-timeline data must be a list of items, or an object with "items".',
  timelineJSNeedsEvents: 'The TimelineJS data needs "events", a list of slides.',
  valueIs: '{value} {detail}',
  hasNoText: 'has no text',
  isoNotDate: 'is not a date (write it like "1945-07-01" or "1945-07-01T18:30")',
  notDateValue: 'is not a date (use an ISO text or milliseconds since 1970)',
  isNotCalendarDate: 'is not a calendar date',
  beforeYearOne: 'is before the year 1, which this timeline cannot show',
  noYearZero: '{value} is not a year in TimelineJS: 1 BC is -1 there',
  yearBeforeOne: '{value} is before the year 1, which this timeline cannot show',
  yearAfter9999: '{value} is after the year 9999, which this timeline cannot show',
  notYearsOneTo9999: 'is not a time between the years 1 and 9999',
  notDateObject: 'must be an object like { "year": 1945, "month": 7 }, not {value}',
  notWholeNumber: '{value} is not a whole number',
  notMonth: '{value} is not a month',
  notHour: '{value} is not an hour of the day',
  notMinute: '{value} is not a minute',
  notDayOf: '{value} is not a day of {month}',
  needsMonth: 'needs a month',
  needsDay: 'needs a day',
  needsHour: 'needs an hour',
  mediaNotShown: 'holds media this timeline does not show yet ({value})',
  // Spreadsheets (CSV, TSV, Google Sheets), named as a spreadsheet shows them: row 1 is the header.
  cell: 'row {row}, column {column}: {detail}',
  cellOutcome: 'row {row}, column {column}: {detail}; {outcome}',
  rowSays: 'row {row}: {detail}',
  notAYear: '{value} is not a year',
  notADay: '{value} is not a day',
  timeLeftOut: 'the time was left out',
  notYesNo: '{value} is not yes or no',
  unknownColumn: 'column {column} is not a column this timeline reads; it was ignored (check its spelling)',
  noColumns: 'The first row must name the columns: those of the TimelineJS template (Year, Month, Day, Headline, Text, …) or this timeline\'s (id, date, kind, title, …), not {value}.',
  sheetNotPublished: 'Google did not give the sheet {address} as CSV: it is probably not published to the web. In Google Sheets choose File > Share > Publish to web, pick the sheet and "Comma-separated values (.csv)", press Publish, then reload this page.',
  noTime: 'it has no <time datetime="…">, so it cannot be placed in time; it was left out',
};

export type FormatProblemCode = keyof typeof FORMAT_PROBLEM_TEXTS;

// The converters write media of their own (timelinejs-media.ts), with its problems.
const ENGLISH = { ...PROBLEM_TEXTS, ...FORMAT_PROBLEM_TEXTS, ...MEDIA_PROBLEM_TEXTS };

/** A converter's problem in words: its English message and its phrase. */
export const saying = (said: Phrase) => say(said, ENGLISH);
