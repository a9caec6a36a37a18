/** Why a dataset could not be loaded, as a key of the message table (or an HTTP status). */
export class LoadError extends Error {
  constructor(
    readonly reason: 'reasonStatus' | 'reasonUnreachable' | 'reasonNotJson' | 'reasonTimeout',
    readonly status?: number,
  ) {
    super(status ? `the server answered ${status}` : reason);
    this.name = 'LoadError';
  }
}

/** How long a dataset may take before the load gives up (ms). */
export const LOAD_TIMEOUT = 20_000;

/**
 * Fetches and parses a JSON document. Aborts with `signal` (a newer src), and fails with a
 * LoadError a person can act on: unreachable, HTTP status, not JSON, or too slow.
 */
export async function loadJson(url: URL, signal: AbortSignal, timeout = LOAD_TIMEOUT): Promise<unknown> {
  const timer = AbortSignal.timeout(timeout);
  const both = AbortSignal.any([signal, timer]);
  try {
    const response = await fetch(url, { signal: both });
    if (!response.ok) throw new LoadError('reasonStatus', response.status);
    const body = await response.text();
    try {
      return JSON.parse(body);
    } catch {
      throw new LoadError('reasonNotJson');
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (signal.aborted) throw error;
    if (timer.aborted) throw new LoadError('reasonTimeout');
    throw new LoadError('reasonUnreachable');
  }
}
