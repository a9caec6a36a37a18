import { phrase } from '../problem-texts.js';
import type { Problem } from '../types.js';
import { toDataset } from './convert.js';
import { DATA_FORMATS, type DataFormat } from './detect.js';
import { saying } from './problem-texts.js';

export { DATA_FORMATS };

/** What is known of where a text came from, to choose its format: a name, the server's content type, the address. */
export interface DataTextHint {
  format?: DataFormat | 'auto';
  contentType?: string;
  address?: string;
}

/** Where a JSON syntax error is, counted from 1, as an editor shows it. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const SPACE = /[ \t\n\r]*/y;
const LITERAL = /true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
// A string: no raw control character (U+0000 to U+001F) inside.
// eslint-disable-next-line no-control-regex
const STRING = /"([^"\\\u0000-\u001f]|\\(["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * The offset of the first character of `text` that is not valid JSON there. Only run once
 * JSON.parse has failed: engines do not always say where (V8's "Unexpected token" names no position).
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (found) at += found[0].length;
    return found !== null;
  };
  const space = () => match(SPACE);
  // Each returns false where the text stops being JSON, with `at` there.
  const value = (): boolean => {
    space();
    if (text[at] === '{') return members('}', () => {
      space();
      if (!match(STRING)) return false;
      space();
      if (text[at] !== ':') return false;
      at += 1;
      return value();
    });
    if (text[at] === '[') return members(']', value);
    return match(STRING) || match(LITERAL);
  };
  const members = (close: string, member: () => boolean): boolean => {
    at += 1;
    space();
    if (text[at] === close) return (at += 1), true;
    for (;;) {
      if (!member()) return false;
      space();
      if (text[at] === close) return (at += 1), true;
      if (text[at] !== ',') return false;
      at += 1;
    }
  };
  if (value()) space();
  return at;
}

/**
 * Reads the text of a data file: parses it (a syntax error becomes a problem with its line and
 * column), tells its format (or takes the one named) and converts it to our dataset format,
 * ready for `validateDataset`.
 */
export function readDataText(text: string, hint: DataTextHint = {}): { input: unknown; problems: Problem[]; format: DataFormat } {
  const body = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    const at = lineAndColumn(body, jsonErrorOffset(body));
    const problem: Problem = { field: 'json', ...saying(phrase('jsonSyntax', at)) };
    const format = hint.format && hint.format !== 'auto' ? hint.format : 'archive-timeline';
    return { input: undefined, problems: [problem], format };
  }
  return toDataset(parsed, hint.format);
}
