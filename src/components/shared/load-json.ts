import { format, type Messages } from '../../i18n/messages.js';
import type { Problem } from '../../model/types.js';

/** Why a document could not be loaded: a key of the message table (texts with `{status}` get the HTTP status). */
export type LoadErrorReason =
  | 'reasonStatus'
  | 'reasonNotFound'
  | 'reasonServerError'
  | 'reasonUnreachable'
  | 'reasonNotJson'
  | 'reasonHtml'
  | 'reasonEmpty'
  | 'reasonCutOff'
  | 'reasonTimeout';

/** Why a document could not be loaded, as a key of the message table (with the HTTP status). */
export class LoadError extends Error {
  constructor(
    readonly reason: LoadErrorReason,
    readonly status?: number,
  ) {
    super(status ? `the server answered ${status}` : reason);
    this.name = 'LoadError';
  }
}

/** The reason of a failed load, in the reader's language. */
export function loadErrorReason(error: unknown, t: Messages): string {
  if (!(error instanceof LoadError)) return String((error as Error)?.message ?? error);
  return format(t[error.reason], { status: error.status ?? '' });
}

/** How long a dataset or transcript may take before the load gives up (ms). */
export const LOAD_TIMEOUT = 20_000;

/** A status a person can act on: nothing there (check the address), or the server's fault (try later). */
function statusReason(status: number): LoadErrorReason {
  if (status === 404 || status === 410) return 'reasonNotFound';
  return status >= 500 ? 'reasonServerError' : 'reasonStatus';
}

/** A web page where a file was expected: a CMS's "page not found" or a link to an article, not to the file. */
function isWebPage(body: string, contentType: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(body) || (/html/i.test(contentType) && /^\s*</.test(body));
}

/**
 * Fetches a document's text. Aborts with `signal` (a newer request), and fails with a LoadError
 * a person can act on: unreachable or refused, HTTP status, cut off, too slow (including a body
 * that never ends), empty, or a web page instead of the file. With the answer's content type.
 */
export async function loadAnswer(url: URL | string, signal?: AbortSignal, timeout = LOAD_TIMEOUT): Promise<{ body: string; contentType: string }> {
  const timer = AbortSignal.timeout(timeout);
  const both = signal ? AbortSignal.any([signal, timer]) : timer;
  let body: string;
  let contentType = '';
  let answered = false;
  try {
    const response = await fetch(url, { signal: both });
    if (!response.ok) throw new LoadError(statusReason(response.status), response.status);
    answered = true;
    contentType = response.headers.get('content-type') ?? '';
    body = await response.text();
  } catch (error) {
    if (error instanceof LoadError || signal?.aborted) throw error;
    if (timer.aborted) throw new LoadError('reasonTimeout');
    // Headers arrived but the body did not: the connection broke mid-file.
    throw new LoadError(answered ? 'reasonCutOff' : 'reasonUnreachable');
  }
  if (body.trim() === '') throw new LoadError('reasonEmpty');
  if (isWebPage(body, contentType)) throw new LoadError('reasonHtml');
  return { body, contentType };
}

/**
 * Spreadsheets, roughly, before fetching (csv/tsv named by the `format` or the address, a Google
 * Sheet's /spreadsheets/): the chunk that reads them tells exactly, and gives back JSON it was sent
 * by mistake. A CSV or TSV answer elsewhere is not JSON, and goes to the chunk too.
 */
const TABLE = /sv\b|sheets\//i;

/** The chunk that reads spreadsheets (with the CSV parser and the converters), loaded on first use. */
export const spreadsheetReader = () => import('./load-table.js');

/**
 * Fetches data and parses it as JSON, as `loadAnswer` does; spreadsheets are read (and converted, their
 * problems said) by a chunk of their own with the CSV parser.
 */
export async function loadData(
  url: URL,
  format: string,
  signal?: AbortSignal,
  timeout?: number,
): Promise<{ input: unknown; problems?: Problem[] }> {
  let answer: { body: string; contentType: string } | undefined;
  if (!TABLE.test(format + url.pathname)) {
    answer = await loadAnswer(url, signal, timeout);
    try {
      return { input: JSON.parse(answer.body) };
    } catch {
      // Not JSON: a text/csv or text/tab-separated-values answer, or an error the chunk says (reasonNotJson).
    }
  }
  return (await spreadsheetReader()).loadTable(url, format, signal, timeout, answer);
}
