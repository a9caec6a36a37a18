/**
 * The bench's table in docs/performance.md: a full run (and `--from` a saved full run) writes the
 * Markdown it writes to bench-results/latest.md between two marker comments of the page, so the page
 * shows the latest figures as the bench wrote them, never figures copied by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const TABLE_START = '<!-- bench:start -->';
export const TABLE_END = '<!-- bench:end -->';

/** The page with `markdown` in place of what stood between its markers; throws when they are missing. */
export function withBenchTable(page, markdown) {
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`the page has no ${TABLE_START} … ${TABLE_END} for the bench's table`);
  return `${page.slice(0, start + TABLE_START.length)}\n${markdown.trim()}\n${page.slice(end)}`;
}

/** Writes the bench's table into the page at `file`. */
export function writeBenchTable(file, markdown) {
  writeFileSync(file, withBenchTable(readFileSync(file, 'utf8'), markdown));
}
