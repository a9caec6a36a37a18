// `npx archive-timeline validate|convert` (the built command, dist/cli/archive-timeline.js, after npm run build)
// on every format the element reads, files and addresses.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

/** Runs the command (asynchronously, so that this process's test server can answer it). */
function run(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/cli/archive-timeline.js', ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const FIXTURES = 'test/fixtures/formats';

describe('archive-timeline validate', () => {
  it('reads every format: ours, TimelineJS 3 and 2, vis items, CSV and TSV', async () => {
    for (const [file, format] of [
      ['data/soong-stalin-1945.json', 'archive-timeline'],
      [`${FIXTURES}/timelinejs-1945.json`, 'timelinejs'],
      [`${FIXTURES}/vis-items-1945.json`, 'vis'],
      [`${FIXTURES}/ours.tsv`, 'tsv'],
    ]) {
      const { code, out } = await run('validate', file);
      assert.equal(code, 0, out);
      assert.match(out, new RegExp(`✓ ${file.replace(/[./]/g, '\\$&')}: [1-9]\\d* events, no problems \\(${format}\\)`));
    }
  });

  it('names the spreadsheet row and column of each problem, keeps the valid events, and exits 1', async () => {
    const { code, out } = await run('validate', `${FIXTURES}/template.csv`);
    assert.equal(code, 1);
    assert.match(out, /✗ test\/fixtures\/formats\/template\.csv: 2 problems \(4 valid events, csv\)/);
    assert.ok(out.includes('  - row 7, column Year: "19o5" is not a year; the event was left out'), out);
    assert.ok(out.includes('  - row 8, column Time: "25:00" is not a time of day; the time was left out'), out);
  });

  it('names the TimelineJS 2 field of a problem', async () => {
    const { code, out } = await run('validate', `${FIXTURES}/timelinejs2-1945.json`);
    assert.equal(code, 1);
    assert.ok(out.includes('TimelineJS event #5 ("A thirteenth month"): startDate 13 is not a month; the event was left out'), out);
  });

  it('says the line and column where a file stops being JSON, and exits 2: nothing in it can be read', async () => {
    const { code, out } = await run('validate', 'test/fixtures/cli/truncated.json');
    assert.equal(code, 2);
    assert.ok(out.includes('The data is not valid JSON (line 3, column 1)'), out);
  });

  it('exits 2 when a file cannot be read, whatever the others', async () => {
    const { code, out } = await run('validate', 'data/soong-stalin-1945.json', 'no-such-file.csv');
    assert.equal(code, 2);
    assert.match(out, /✗ no-such-file\.csv: could not be read\n {2}- The file could not be read \(ENOENT\)\./);
  });

  it('prints the problems as JSON for CI with --json', async () => {
    const { code, out } = await run('validate', '--json', `${FIXTURES}/template.csv`, 'data/soong-stalin-1945.json');
    assert.equal(code, 1);
    const [sheet, ours] = JSON.parse(out);
    assert.deepEqual({ ...sheet, problems: sheet.problems.length }, { source: `${FIXTURES}/template.csv`, format: 'csv', events: 4, unreadable: false, problems: 2 });
    // An event left out has no id: the row and column say where it was.
    assert.deepEqual(sheet.problems[1], { field: 'Year', row: 7, column: 'Year', message: 'row 7, column Year: "19o5" is not a year; the event was left out' });
    assert.equal(ours.problems.length, 0);
  });

  it('reads a format it is told with --format', async () => {
    const { code, out } = await run('validate', '--format', 'csv', `${FIXTURES}/ours.tsv`);
    assert.equal(code, 1);
    assert.match(out, /The first row must name the columns/);
  });

  describe('addresses', () => {
    let server: Server;
    let origin = '';
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/events') {
          response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
          response.end('id,date,kind,title\r\nserved,1945-07-01,cable,A cable from a server\r\n');
        } else {
          response.writeHead(404).end();
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => server.close());

    it('reads a CSV answer at an address that does not say so', async () => {
      const { code, out } = await run('validate', `${origin}/events`);
      assert.equal(code, 0, out);
      assert.ok(out.includes(`✓ ${origin}/events: 1 events, no problems (csv)`), out);
    });

    it('exits 2 for an address that does not answer with data', async () => {
      const { code, out } = await run('validate', `${origin}/missing.json`);
      assert.equal(code, 2);
      assert.match(out, /could not be read: the server answered 404/);
    });
  });
});

describe('archive-timeline convert', () => {
  const folder = mkdtempSync(join(tmpdir(), 'archive-timeline-convert-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('writes our format with -o, the problems on stderr, and the result validates', async () => {
    const out = join(folder, 'from-sheet.json');
    const converted = await run('convert', `${FIXTURES}/template.csv`, '-o', out);
    assert.equal(converted.code, 1);
    assert.equal(converted.out, '');
    assert.ok(converted.err.includes('row 7, column Year: "19o5" is not a year'), converted.err);
    assert.ok(converted.err.includes('4 events written to'), converted.err);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(dataset.title, 'Soong in Moscow');
    assert.equal(dataset.events.length, 4);
    const again = await run('validate', out);
    assert.equal(again.code, 0, again.out);
  });

  it('writes to stdout without -o', async () => {
    const { code, out } = await run('convert', `${FIXTURES}/timelinejs-1945.json`);
    assert.equal(code, 0);
    assert.equal(JSON.parse(out).title, 'Soong in Moscow, 1945');
  });

  it('writes nothing and exits 2 for a file that is not JSON', async () => {
    const { code, out, err } = await run('convert', 'test/fixtures/cli/truncated.json');
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /not valid JSON \(line 3, column 1\)/);
  });
});
