/** Where a media address leads: paths against the dataset (`baseUrl`), "/…" against the page, as model/media/check.ts allows. */
export function mediaUrl(url: string, baseUrl: string): string {
  return new URL(url, url.startsWith('/') ? document.baseURI : baseUrl || document.baseURI).href;
}
