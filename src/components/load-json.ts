import { format, type Messages } from '../i18n/messages.js';

/** Why a document could not be loaded, as a key of the message table (with the HTTP status). */
export class LoadError extends Error {
  constructor(
    readonly reason: 'reasonStatus' | 'reasonUnreachable' | 'reasonNotJson' | 'reasonTimeout',
    readonly status?: number,
  ) {
    super(status ? `the server answered ${status}` : reason);
    this.name = 'LoadError';
  }
}

/** The reason of a failed load, in the reader's language. */
export function loadErrorReason(error: unknown, t: Messages): string {
  if (!(error instanceof LoadError)) return String((error as Error)?.message ?? error);
  return error.status ? format(t.reasonStatus, { status: error.status }) : t[error.reason];
}

/** How long a dataset or transcript may take before the load gives up (ms). */
export const LOAD_TIMEOUT = 20_000;

/**
 * Fetches a document's text. Aborts with `signal` (a newer request), and fails with a LoadError
 * a person can act on: unreachable, HTTP status, or too slow (including a body that never ends).
 */
export async function loadText(url: URL | string, signal?: AbortSignal, timeout = LOAD_TIMEOUT): Promise<string> {
  const timer = AbortSignal.timeout(timeout);
  const both = signal ? AbortSignal.any([signal, timer]) : timer;
  try {
    const response = await fetch(url, { signal: both });
    if (!response.ok) throw new LoadError('reasonStatus', response.status);
    return await response.text();
  } catch (error) {
    if (error instanceof LoadError || signal?.aborted) throw error;
    if (timer.aborted) throw new LoadError('reasonTimeout');
    throw new LoadError('reasonUnreachable');
  }
}

/** Fetches and parses a JSON document, as `loadText` does. */
export async function loadJson(url: URL | string, signal?: AbortSignal, timeout = LOAD_TIMEOUT): Promise<unknown> {
  const body = await loadText(url, signal, timeout);
  try {
    return JSON.parse(body);
  } catch {
    throw new LoadError('reasonNotJson');
  }
}
