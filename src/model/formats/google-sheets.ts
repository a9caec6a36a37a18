/**
 * Google Sheets addresses as people copy them (…/d/ID/edit#gid=N, …/edit?gid=N, …/pubhtml,
 * …/pub?output=csv, …/d/e/2PACX-…/pubhtml) and the address where Google gives that sheet as CSV.
 */

/** Addresses that already ask for CSV, of a sheet shared by link rather than published: asked as they are. */
const ASKS_FOR_CSV = /\/(export|gviz\/tq)$/;

/**
 * The address of a Google Sheet's published CSV (`…/pub?output=csv`, with the sheet's `gid` when the
 * address names one), or undefined when `address` is not a Google Sheet's. `host` is Google's; tests
 * give their own server's.
 */
export function sheetCsvAddress(address: string, host = 'docs.google.com'): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const sheet = /^\/spreadsheets(?:\/u\/\d+)?\/d\/(e\/[\w-]+|[\w-]+)(\/[^?#]*)?/.exec(url.pathname);
  if (url.host !== host || !sheet) return undefined;
  if (ASKS_FOR_CSV.test(sheet[2] ?? '')) return url.href;
  const csv = new URL(`/spreadsheets/d/${sheet[1]}/pub`, url);
  csv.searchParams.set('output', 'csv');
  const gid = /(?:^|[?#&])gid=(\d+)/.exec(`${url.search}${url.hash}`)?.[1];
  if (gid) {
    csv.searchParams.set('gid', gid);
    csv.searchParams.set('single', 'true');
  }
  return csv.href;
}
