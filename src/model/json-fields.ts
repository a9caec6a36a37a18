/**
 * Reading the fields of data from outside: only its own fields, quoted short in messages, every
 * text bounded. Shared by the checks of a dataset (validate.ts) and of its events (parse-event.ts).
 */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a field only when the object itself holds it: an inherited value (a `__proto__` in data
 * passed as an object, or a polluted Object.prototype on the page) is never taken for data.
 */
export const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

export const count = (n: number) => n.toLocaleString('en-US');

/** Longest text kept from any field: protects layout and memory from runaway input. */
export const MAX_TEXT = 100_000;
/** Unknown fields reported one by one in each object before they are counted. */
const MAX_UNKNOWN_LISTED = 3;

/** What is wrong with a text field, in words, or undefined when it is a usable text. */
export function textProblem(value: unknown, limit = MAX_TEXT): string | undefined {
  if (value === undefined) return 'is missing';
  if (typeof value !== 'string') return `must be a non-empty text, not ${describe(value)}`;
  if (value.length > limit) return `is longer than ${count(limit)} characters`;
  return value.trim() === '' ? 'must be a non-empty text' : undefined;
}

/** A value as messages quote it: short, whatever its size. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** Reports the fields of `raw` that are not in `known` (misspellings, `__proto__`); they are ignored. */
export function reportUnknown(raw: Json, known: readonly string[], what: string, report: (key: string, message: string) => void): void {
  const unknown = Object.keys(raw).filter((key) => !known.includes(key));
  for (const key of unknown.slice(0, MAX_UNKNOWN_LISTED)) {
    report(key.length > 40 ? `${key.slice(0, 40)}…` : key, `is not a field of ${what}; it was ignored (check its spelling)`);
  }
  if (unknown.length > MAX_UNKNOWN_LISTED) {
    report('…', `and ${count(unknown.length - MAX_UNKNOWN_LISTED)} more fields are not fields of ${what}; they were ignored`);
  }
}
