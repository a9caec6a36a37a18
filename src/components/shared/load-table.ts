import { sheetCsvAddress } from '../../model/formats/google-sheets.js';
import { saying } from '../../model/formats/problem-texts.js';
import { readDataText, spreadsheetFormat } from '../../model/formats/read-text.js';
import type { DataFormat } from '../../model/formats/detect.js';
import { phrase } from '../../model/problem-texts.js';
import type { Problem } from '../../model/types.js';
import { LoadError, loadAnswer } from './load-json.js';

// For the public readData and sheetCsvAddress (index.ts): one chunk address in the main bundle for all.
export { readDataText, sheetCsvAddress };

/**
 * Loads a spreadsheet (the chunk with the CSV parser and the converters): a Google Sheet's address is
 * asked for as CSV at Google, directly; a sheet Google does not give (not published: its sign-in page,
 * a redirect, an error) is a problem that says how to publish it. `answer` is a CSV/TSV answer
 * already fetched; `sheetsHost` is Google's, or a test server's.
 */
export async function loadTable(
  url: URL,
  format: string,
  signal?: AbortSignal,
  timeout?: number,
  answer?: { body: string; contentType: string },
  sheetsHost?: string,
): Promise<{ input: unknown; problems: Problem[] }> {
  const sheet = sheetCsvAddress(url.href, sheetsHost);
  let answered = answer;
  if (!answered) {
    try {
      answered = await loadAnswer(sheet ?? url, signal, timeout);
    } catch (error) {
      if (!sheet || signal?.aborted || (error instanceof LoadError && error.reason === 'reasonTimeout')) throw error;
      return { input: undefined, problems: [saying(phrase('sheetNotPublished', { address: url.href }))] };
    }
  }
  const hint = { format: sheet ? 'csv' : (format as DataFormat | 'auto'), contentType: answered.contentType, address: url.href };
  // JSON the main bundle's rough test sent here is given back as parsed, for the element to convert as it does all JSON.
  if (!spreadsheetFormat(hint)) {
    try {
      return { input: JSON.parse(answered.body), problems: [] };
    } catch {
      throw new LoadError('reasonNotJson');
    }
  }
  const read = readDataText(answered.body, hint);
  return { input: read.input, problems: read.problems };
}
