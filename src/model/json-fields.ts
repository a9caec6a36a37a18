/**
 * Reading the fields of data from outside: only its own fields, quoted short in messages, every
 * text bounded. Shared by the checks of a dataset (validate.ts) and of its events (parse-event.ts).
 */

import { languageTag } from './language-tag.js';
import { phrase, type Phrase, type PhraseValue, type ProblemCode } from './problem-texts.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a field only when the object itself holds it: an inherited value (a `__proto__` in data
 * passed as an object, or a polluted Object.prototype on the page) is never taken for data.
 */
export const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/** Longest text kept from any field: protects layout and memory from runaway input. */
export const MAX_TEXT = 100_000;
/** Unknown fields reported one by one in each object before they are counted. */
const MAX_UNKNOWN_LISTED = 3;

/** What is wrong with a text field, or undefined when it is a usable text. */
export function textProblem(value: unknown, limit = MAX_TEXT): Phrase | undefined {
  if (value === undefined) return phrase('missing');
  if (typeof value !== 'string') return phrase('notText', { value: describe(value) });
  if (value.length > limit) return phrase('tooLong', { limit });
  return value.trim() === '' ? phrase('emptyText') : undefined;
}

/** At most 40 characters of a text, for a message. */
const shorten = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A text as messages quote it: short, whatever its size. */
export const quote = (text: string): string => `"${shorten(text)}"`;

/** A value as messages quote it: short, whatever its size; a list or an object by what it is. */
export function describe(value: unknown): PhraseValue {
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return phrase('aList');
  if (value === null) return 'null';
  return typeof value === 'object' ? phrase('anObject') : String(value);
}

/** Reports the fields of `raw` that are not in `known` (misspellings, `__proto__`); they are ignored. */
export function reportUnknown(raw: Json, known: readonly string[], what: ProblemCode, report: (key: string, detail: Phrase) => void): void {
  const unknown = Object.keys(raw).filter((key) => !known.includes(key));
  const object = phrase(what);
  for (const key of unknown.slice(0, MAX_UNKNOWN_LISTED)) {
    report(shorten(key), phrase('unknownField', { what: object }));
  }
  if (unknown.length > MAX_UNKNOWN_LISTED) {
    report('…', phrase('moreUnknownFields', { count: unknown.length - MAX_UNKNOWN_LISTED, what: object }));
  }
}

/**
 * A field that names a language: its tag in canonical form ("EN-gb" → "en-GB"), or, when the field
 * is there but not a language tag, what is wrong with it.
 */
export function languageField(raw: Json, key: string): { lang?: string; problem?: Phrase } {
  const value = own(raw, key);
  if (value === undefined) return {};
  const lang = languageTag(value);
  return lang ? { lang } : { problem: phrase('notLanguageTag', { value: describe(value) }) };
}
