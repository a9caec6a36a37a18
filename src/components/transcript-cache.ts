/** Fetched transcripts by URL, shared by the panels of one element so reopening does not refetch. */
export class TranscriptCache {
  private readonly texts = new Map<string, Promise<string>>();

  get(url: string, signal?: AbortSignal): Promise<string> {
    let text = this.texts.get(url);
    if (!text) {
      text = fetchText(url, signal);
      this.texts.set(url, text);
      // A failed or aborted load is not cached: Retry and reopening try again.
      text.catch(() => this.texts.delete(url));
    }
    return text;
  }
}

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return response.text();
}
