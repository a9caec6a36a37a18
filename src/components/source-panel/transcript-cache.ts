import { LOAD_TIMEOUT, loadAnswer } from '../shared/load-json.js';

/** Fetched transcripts by URL, shared by the panels of one element so reopening does not refetch. */
export class TranscriptCache {
  private readonly texts = new Map<string, Promise<string>>();

  constructor(readonly timeout = LOAD_TIMEOUT) {}

  /**
   * The transcript at `url`. The fetch belongs to the cache (only its timeout ends it), so a
   * panel that closes does not cancel it for another panel showing the same file; `signal`
   * only stops this caller's wait.
   */
  get(url: string, signal?: AbortSignal): Promise<string> {
    let text = this.texts.get(url);
    if (!text) {
      text = loadAnswer(url, undefined, this.timeout).then((answer) => answer.body);
      this.texts.set(url, text);
      // A failed load is not cached: Retry and reopening try again.
      text.catch(() => this.texts.delete(url));
    }
    return signal ? abortable(text, signal) : text;
  }
}

/** Rejects with the signal's reason when it aborts first. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
