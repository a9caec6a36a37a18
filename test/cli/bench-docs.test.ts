// The bench's table in docs/performance.md (test/bench/docs-table.mjs): written between two markers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TABLE_END, TABLE_START, withBenchTable } from '../bench/docs-table.mjs';

describe('the bench table in docs/performance.md', () => {
  it('replaces what stands between the markers and keeps the rest of the page', () => {
    const page = `# Performance\n\nBefore.\n\n${TABLE_START}\nold table\n${TABLE_END}\n\nAfter.\n`;
    assert.equal(
      withBenchTable(page, '### Benchmark, 2026-12-07\n\n| a | b |\n'),
      `# Performance\n\nBefore.\n\n${TABLE_START}\n### Benchmark, 2026-12-07\n\n| a | b |\n${TABLE_END}\n\nAfter.\n`,
    );
  });

  it('refuses a page without its markers, or with them out of order', () => {
    assert.throws(() => withBenchTable('# Performance\n', 'table'), /bench:start/);
    assert.throws(() => withBenchTable(`${TABLE_END}\n${TABLE_START}\n`, 'table'), /bench:start/);
  });

  it('finds the markers in docs/performance.md once each, around a table the bench wrote', () => {
    const page = readFileSync(new URL('../../docs/performance.md', import.meta.url), 'utf8');
    assert.equal(page.split(TABLE_START).length, 2, 'one start marker');
    assert.equal(page.split(TABLE_END).length, 2, 'one end marker');
    const table = page.slice(page.indexOf(TABLE_START) + TABLE_START.length, page.indexOf(TABLE_END)).trim();
    assert.match(table, /^### Benchmark, \d{4}-\d{2}-\d{2}\n\n.+ runs per target, medians; viewport 1200×600\./);
    assert.match(table, /\n\| events \| metric \| ours \(svg\) \|/);
  });
});
