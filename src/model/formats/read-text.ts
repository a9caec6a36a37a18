import type { Problem } from '../types.js';
import { phrase } from '../problem-texts.js';
import { toDataset } from './convert.js';
import { DATA_FORMATS, type DataFormat } from './detect.js';
import { saying } from './problem-texts.js';
import { fromTable } from './table.js';

export { DATA_FORMATS };

/** Where the data came from, to tell its format: the `format` attribute, the answer's content type, its address. */
export interface DataHint {
  format?: DataFormat | 'auto';
  contentType?: string;
  address?: string;
}

/**
 * Spreadsheet data, told without reading it: `csv`/`tsv` named by the `format` attribute, a
 * `text/csv` or `text/tab-separated-values` answer, a `.csv`/`.tsv` address or a Google Sheet's.
 */
const SPREADSHEET = /^[ct]sv$|^text\/(csv|tab-separated-values)\b|\.[ct]sv$|^docs\.google\.com\/spreadsheets\//i;

/** Which spreadsheet format the hint names, if any: a format, a content type, an address ending .csv/.tsv or a Google Sheet's. */
export function spreadsheetFormat({ format, contentType = '', address = '' }: DataHint): 'csv' | 'tsv' | undefined {
  if (format === 'csv' || format === 'tsv') return format;
  if (format && format !== 'auto') return undefined;
  const path = address.replace(/^[a-z]+:\/\//i, '').replace(/[?#].*$/, '');
  const told = [contentType, path].find((text) => SPREADSHEET.test(text));
  if (told === undefined) return undefined;
  return /tab-separated|\.tsv$|^tsv$/i.test(told) ? 'tsv' : 'csv';
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
 * Reads data as text in any format the element reads: JSON (ours, TimelineJS 3 or 2, vis items;
 * detected unless the hint names one) or a spreadsheet (CSV, TSV; named by the hint). Returns input
 * for `validateDataset`, the problems met on the way (a JSON syntax error with its line and column),
 * and the format read.
 */
export function readDataText(text: string, hint: DataHint = {}): { input: unknown; problems: Problem[]; format: DataFormat } {
  const table = spreadsheetFormat(hint);
  if (table) {
    const { dataset, problems } = fromTable(text, table === 'tsv' ? '\t' : ',');
    return { input: dataset, problems, format: table };
  }
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const at = lineAndColumn(body, jsonErrorOffset(body));
    const format = hint.format && hint.format !== 'auto' ? hint.format : 'archive-timeline';
    return { input: undefined, problems: [{ field: 'json', ...saying(phrase('jsonSyntax', at)) }], format };
  }
  return toDataset(json, hint.format);
}
