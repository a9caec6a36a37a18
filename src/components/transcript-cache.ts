import { LOAD_TIMEOUT, loadText } from './load-json.js';

/** Fetched transcripts by URL, shared by the panels of one element so reopening does not refetch. */
export class TranscriptCache {
  private readonly texts = new Map<string, Promise<string>>();

  constructor(readonly timeout = LOAD_TIMEOUT) {}

  get(url: string, signal?: AbortSignal): Promise<string> {
    let text = this.texts.get(url);
    if (!text) {
      text = loadText(url, signal, this.timeout);
      this.texts.set(url, text);
      // A failed or aborted load is not cached: Retry and reopening try again.
      text.catch(() => this.texts.delete(url));
    }
    return text;
  }
}
