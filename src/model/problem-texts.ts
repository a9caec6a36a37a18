import type { FormatProblemCode } from './formats/problem-texts.js';
import type { Problem } from './types.js';
import type { MediaProblemCode } from './media/problem-texts.js';

/**
 * Problems in the data as phrases: a template's code and the values for its placeholders, so that
 * the alert can say them in the reader's language (tables in `src/i18n/`) while `message`, for the
 * console and `timeline-error`, stays English. Values are text from the data (shown as text, never
 * as markup), numbers (written in the reader's locale) or phrases of their own.
 */

/** The English texts, by code. `{name}` placeholders; a missing value leaves nothing. */
export const PROBLEM_TEXTS = {
  // Who or what the problem is in, and how it is said.
  event: 'event "{id}"',
  eventAt: 'event #{n}',
  field: '{subject}: {field} {detail}',
  fieldOutcome: '{subject}: {field} {detail}; {outcome}',
  datasetField: 'The dataset: {field} {detail}.',
  notAnEvent: 'event #{n} is {value}, not an event object',
  // What is wrong.
  missing: 'is missing',
  missingOneOf: 'is missing: use one of {list}',
  notText: 'must be a non-empty text, not {value}',
  emptyText: 'must be a non-empty text',
  tooLong: 'is longer than {limit} characters',
  notDateText: 'must be a text like "1945-07-01", not {value}',
  dateForm: '{value} is not a date in the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM',
  noSuchMonth: '{value} is not a calendar date: there is no month {month}',
  notCalendarDate: '{value} is not a calendar date',
  notTimeOfDay: '{value} is not a time of day',
  yearTooLong: '{value} has a year of over {limit} digits',
  deepTimeYearOnly: '{value} is too far back for months and days: write "{year}"',
  readsAs: '{value} reads as {reading}',
  endBeforeDateReads: '{end} is before the date {date} ({endReads}; {dateReads})',
  endBeforeDate: '{end} is before the date {date}',
  idForm: '{value} must use only lowercase letters, digits and hyphens (e.g. "wh-307")',
  usedTwice: 'is used twice',
  notKind: '{value} is not a kind: use one of {list}',
  oneOf: 'must be one of {list}',
  typeOneOf: 'type must be one of {list}',
  notBoolean: 'must be true or false, not {value}',
  notNameList: 'must be a list of names (texts), not {value}',
  notList: 'must be a list, not {value}',
  notObject: 'must be an object, not {value}',
  notSource: 'must be an object with a "title", not {value}',
  notTranscript: 'must be a file path or { "text": "…" }, not {value}',
  pathOutside: '{value} must be a path inside the dataset\'s folder',
  notHttps: '{value} is not an https address',
  notHttpsOfLength: '{value} is not an https address of at most {limit} characters',
  notLanguageTag: '{value} is not a language tag such as "en" or "zh-Hant"',
  needsEventId: 'needs an "event" id',
  eventTooLong: 'event is longer than {limit} characters',
  needsQuote: 'needs a "quote" (the exact words in the transcript)',
  quote: 'quote {detail}',
  quoteNotFound: 'quote {value} does not occur in the transcript (or overlaps another quote)',
  pointsNowhere: 'points to {value}, which is not an event of this dataset',
  unknownField: 'is not a field of {what}; it was ignored (check its spelling)',
  moreUnknownFields: 'and {count} more fields are not fields of {what}; they were ignored',
  transcriptFailed: 'could not be loaded: {reason}',
  // What kind of object a field was expected in, and what a value was.
  anEvent: 'an event',
  aSource: 'a source',
  aTranscript: 'a transcript',
  aMention: 'a mention',
  aRelation: 'a relation',
  aDataset: 'a dataset',
  aList: 'a list',
  anObject: 'an object',
  // What was done about it.
  leftOut: 'it was left out',
  listLeftOut: 'the list was left out',
  eventLeftOut: 'the event was left out',
  sourceLeftOut: 'the source was left out',
  transcriptLeftOut: 'the transcript was left out',
  endLeftOut: 'the end was left out',
  linkLeftOut: 'the link was left out',
  secondLeftOut: 'the second event (#{n}) was left out',
  // Problems of the whole dataset or of how it was given.
  notDataset: 'The data must be an object with "title" and "events", not {value}.',
  needsTitle: 'The dataset needs a "title" (a text).',
  titleTooLong: 'The dataset\'s "title" is longer than {limit} characters; it was left out.',
  descriptionProblem: 'The dataset\'s "description" {detail}; it was left out.',
  langProblem: 'The dataset\'s "lang" {detail}; it was left out.',
  needsEvents: 'The dataset needs "events", a list of events.',
};

/** Codes of problems met while checking data in our format; those of converting other formats are in formats/, of media in media/. */
export type CoreProblemCode = keyof typeof PROBLEM_TEXTS;
export type ProblemCode = CoreProblemCode | FormatProblemCode | MediaProblemCode;
export type ProblemTexts = Record<ProblemCode, string>;

export type PhraseValue = string | number | Phrase;

export interface Phrase {
  readonly code: ProblemCode;
  readonly values?: Readonly<Record<string, PhraseValue>>;
}

export const phrase = (code: ProblemCode, values?: Record<string, PhraseValue>): Phrase => (values ? { code, values } : { code });

/** What is wrong with a field of `subject` (an event, an item), and what was left out because of it, if said. */
export const fieldPhrase = (subject: Phrase, field: string, detail: Phrase, outcome?: Phrase): Phrase =>
  outcome ? phrase('fieldOutcome', { subject, field, detail, outcome }) : phrase('field', { subject, field, detail });

/**
 * A phrase in words from `texts`, numbers written by `number`; undefined when `texts` lacks one of
 * its templates, so that a table with some texts never mixes languages in one sentence.
 */
export function phraseText(said: Phrase, texts: Partial<ProblemTexts>, number: (value: number) => string): string | undefined {
  const template = texts[said.code];
  let complete = template !== undefined;
  const text = template?.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = said.values?.[name];
    const words = typeof value === 'object' ? phraseText(value, texts, number) : typeof value === 'number' ? number(value) : value;
    complete &&= words !== undefined || value === undefined;
    return words ?? '';
  });
  return complete ? text : undefined;
}

/** A problem's words, from English `texts`: the English message, for the console and `timeline-error`, and the phrase. */
export function saying(said: Phrase, texts: Partial<ProblemTexts> = PROBLEM_TEXTS): { message: string; phrase: Phrase } {
  return { message: phraseText(said, texts, (value) => value.toLocaleString('en-US')) ?? said.code, phrase: said };
}

/** A problem in words from `texts` (numbers written for `locale`) where they have every text its phrase needs; else its English message. */
export function problemInWords({ phrase: said, message }: Problem, texts: Partial<ProblemTexts>, locale: string): string {
  return (said && phraseText(said, texts, (value) => value.toLocaleString(locale))) ?? message;
}
