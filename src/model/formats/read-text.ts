import type { Problem } from '../types.js';
import { phrase } from '../problem-texts.js';
import { toDataset } from './convert.js';
import type { DataFormat } from './detect.js';
import { saying } from './problem-texts.js';
import { fromTable } from './table.js';

/** Every format the element reads, by the name its `format` attribute takes, with what an editor may show for it. */
export const DATA_FORMATS: readonly { format: DataFormat; name: string; extensions: readonly string[] }[] = [
  { format: 'archive-timeline', name: 'archive-timeline JSON', extensions: ['.json'] },
  { format: 'timelinejs', name: 'TimelineJS 3 JSON', extensions: ['.json'] },
  { format: 'timelinejs2', name: 'TimelineJS 2 JSON', extensions: ['.json'] },
  { format: 'vis', name: 'vis-timeline items (JSON)', extensions: ['.json'] },
  { format: 'csv', name: 'Spreadsheet, comma-separated (CSV)', extensions: ['.csv'] },
  { format: 'tsv', name: 'Spreadsheet, tab-separated (TSV)', extensions: ['.tsv', '.tab'] },
];

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

/** Line and column (from 1) of a character offset in a text. */
function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Where JSON.parse stopped, from its message (engines say "position N", some "line L column C"), else the end. */
function syntaxErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const message = String((error as Error)?.message ?? '');
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  return place(text, position ? Number(position[1]) : text.length);
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
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const { line, column } = syntaxErrorPlace(text, error);
    const format = hint.format && hint.format !== 'auto' ? hint.format : 'archive-timeline';
    return { input: undefined, problems: [saying(phrase('notJson', { line, column }))], format };
  }
  return toDataset(json, hint.format);
}
