/**
 * What the command line checks in one file or address: the data read and converted as the element
 * reads it (any format it reads), plus what only a file system can check (transcript files exist,
 * every mention's quote occurs in its transcript).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isSafeTranscriptPath } from '../model/addresses.js';
import { checkData } from '../model/check-data.js';
import { finishOf, startOf } from '../model/event-dates.js';
import { readsAs } from '../model/format.js';
import { sheetCsvAddress } from '../model/formats/google-sheets.js';
import { saying } from '../model/formats/problem-texts.js';
import { readDataText } from '../model/formats/read-text.js';
import type { DataFormat } from '../model/formats/detect.js';
import { segmentTranscript, unmatchedQuotes } from '../model/mentions.js';
import { phrase, saying as sayInEnglish } from '../model/problem-texts.js';
import type { Dataset, Problem } from '../model/types.js';

export interface Checked {
  /** The file or address as given. */
  source: string;
  /** The format it was read as; undefined when it could not be read. */
  format?: DataFormat;
  /** The valid events, in our format. */
  dataset: Dataset;
  problems: Problem[];
  /** True when nothing could be read: no such file, an address that did not answer. */
  unreadable: boolean;
  /** True when the text was read but is not JSON (the problem says where): nothing to convert. */
  notParsed?: boolean;
}

const isAddress = (source: string) => /^https?:\/\//i.test(source);

/** The text at a file or address, with the answer's content type; a problem when there is none. */
async function readSource(source: string, format: DataFormat | 'auto'): Promise<{ text: string; contentType?: string; format: DataFormat | 'auto' } | Problem> {
  if (!isAddress(source)) {
    try {
      return { text: readFileSync(source, 'utf8'), format };
    } catch (error) {
      return { message: `The file could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).` };
    }
  }
  const sheet = sheetCsvAddress(source);
  try {
    const response = await fetch(sheet ?? source, { signal: AbortSignal.timeout(30_000) });
    const contentType = response.headers.get('content-type') ?? '';
    if (!response.ok || (sheet && /html/i.test(contentType))) throw new Error(`the server answered ${response.status}`);
    return { text: await response.text(), contentType, format: sheet ? 'csv' : format };
  } catch (error) {
    if (sheet) return saying(phrase('sheetNotPublished', { address: source }));
    return { message: `The address could not be read: ${(error as Error).message}.` };
  }
}

/** Media files of a dataset on disk that do not exist (addresses on the web are the reader's browser's to load). */
function checkMediaFiles(file: string, dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  for (const event of dataset.events) {
    (event.media ?? []).forEach((item, index) => {
      for (const key of ['url', 'thumbnail'] as const) {
        const path = item[key];
        if (path === undefined || !isSafeTranscriptPath(path) || existsSync(resolve(dirname(file), path))) continue;
        problems.push({
          id: event.id,
          field: `media[${index}].${key}`,
          message: `event "${event.id}": media[${index}].${key} "${path}" does not exist (looked for ${relative(process.cwd(), resolve(dirname(file), path))})`,
        });
      }
    });
  }
  return problems;
}

/** Transcript files that do not exist and quotes that do not occur in their transcripts (files only). */
function checkTranscripts(file: string | undefined, dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  for (const event of dataset.events) {
    const transcript = event.source?.transcript;
    if (transcript === undefined) continue;
    let body: string;
    if (typeof transcript === 'string') {
      // A transcript of a dataset at an address is fetched by the reader's browser, not checked here.
      if (file === undefined) continue;
      const path = resolve(dirname(file), transcript);
      if (!existsSync(path)) {
        problems.push({
          id: event.id,
          field: 'source.transcript',
          message: `event "${event.id}": source.transcript "${transcript}" does not exist (looked for ${relative(process.cwd(), path)})`,
        });
        continue;
      }
      body = readFileSync(path, 'utf8');
    } else {
      body = transcript.text;
    }
    problems.push(...unmatchedQuotes(event.id, segmentTranscript(body, event.mentions).unmatched));
  }
  return problems;
}

/** How many of a dataset's dates before year 1 are shown with how they read. */
const READINGS = 5;

/**
 * How the dates before year 1 read ('event "ides": date "-0043-03-15" reads as 15 March 44 BC'): the
 * year-0 shift (-0043 is 44 BC) is the classic slip, and an editor sees it here before a reader does.
 */
export function readings(dataset: Dataset): string[] {
  const lines: string[] = [];
  for (const event of dataset.events) {
    for (const [field, date] of [['date', startOf(event)], ['end', finishOf(event)]] as const) {
      if (date && date.year < 1) lines.push(`event "${event.id}": ${field} ${sayInEnglish(readsAs(date)).message}`);
    }
  }
  return lines.length > READINGS ? [...lines.slice(0, READINGS), `… and ${lines.length - READINGS} more dates before year 1`] : lines;
}

/** Reads, converts and checks one file or address. */
export async function checkSource(source: string, format: DataFormat | 'auto' = 'auto'): Promise<Checked> {
  const empty: Dataset = { title: '', events: [] };
  const read = await readSource(source, format);
  if ('message' in read) return { source, dataset: empty, problems: [read], unreadable: true };
  const converted = readDataText(read.text, { format: read.format, contentType: read.contentType, address: source });
  // Not JSON (the line and column said): read, but nothing in it is usable.
  if (converted.input === undefined) return { source, format: converted.format, dataset: empty, problems: converted.problems, unreadable: false, notParsed: true };
  const { dataset, problems } = checkData(converted);
  problems.push(...checkTranscripts(isAddress(source) ? undefined : source, dataset));
  if (!isAddress(source)) problems.push(...checkMediaFiles(source, dataset));
  return { source, format: converted.format, dataset, problems, unreadable: false };
}
