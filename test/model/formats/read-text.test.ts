import { expect } from '@open-wc/testing';
import { DATA_FORMATS, jsonErrorOffset, readDataText } from '../../../src/model/formats/read-text.js';
import { readData } from '../../../src/index.js';
import { problemWords } from '../../../src/i18n/problem-words.js';
import { validateDataset } from '../../../src/model/validate.js';

const text = async (url: string): Promise<string> => (await fetch(url)).text();
const ours = { title: 'T', events: [{ id: 'wh-307', title: 'White House Message No. 307', date: '1945-06-29', kind: 'message' }] };

describe('readDataText', () => {
  it('reads our own format as it is, with no problems', () => {
    expect(readDataText(JSON.stringify(ours))).to.deep.equal({ input: ours, problems: [], format: 'archive-timeline' });
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(readDataText(`\uFEFF${JSON.stringify(ours)}`).input).to.deep.equal(ours);
  });

  it('converts a TimelineJS 3 file to our format', async () => {
    const read = readDataText(await text('/test/fixtures/formats/timelinejs-1945.json'));
    expect(read.format).to.equal('timelinejs');
    expect((read.input as { events: unknown[] }).events.length).to.be.greaterThan(3);
  });

  it('converts vis items to our format', async () => {
    const read = readDataText(await text('/test/fixtures/formats/vis-items-1945.json'));
    expect(read.format).to.equal('vis');
    expect((read.input as { events: { id: string }[] }).events[0].id).to.equal('wh-307');
  });

  it('reads the text as the format named, not the one detected', () => {
    expect(readDataText('[{"start": "1945-07-01", "content": "Cable"}]', { format: 'archive-timeline' }).format).to.equal('archive-timeline');
  });

  it('says at which line and column a broken JSON file stops being JSON', () => {
    const read = readDataText('{\n  "title": "T",\n  "events": [,]\n}');
    expect(read.input).to.equal(undefined);
    expect(read.problems).to.have.length(1);
    expect(read.problems[0].field).to.equal('json');
    expect(read.problems[0].message).to.contain('line 3, column 14');
    expect(read.problems[0].phrase).to.deep.equal({ code: 'jsonSyntax', values: { line: 3, column: 14 } });
  });

  it('counts lines written with CRLF once', () => {
    expect(readDataText('{\r\n"a": 1,\r\n}').problems[0].message).to.contain('line 3, column 1');
  });

  it('reports an empty text at line 1, column 1', () => {
    expect(readDataText('').problems[0].message).to.contain('line 1, column 1');
  });

  it('lists the formats it reads', () => {
    expect([...DATA_FORMATS]).to.include.members(['archive-timeline', 'timelinejs', 'vis']);
  });
});

describe('jsonErrorOffset', () => {
  const cases: [string, number][] = [
    ['{"a": x}', 6],
    ['{"a": 1', 7],
    ['[1 2]', 3],
    ['{"a":1}}', 7],
    ['{"a": [1, {"b": "\\u00e9"}], "c": -1.5e3} x', 41],
    ['{"a": "b\n"}', 6],
    ['{"a" 1}', 5],
    ['{"a": 01}', 7],
  ];
  for (const [json, offset] of cases) {
    it(`finds the error of ${JSON.stringify(json)} at ${offset}`, () => {
      expect(() => JSON.parse(json)).to.throw();
      expect(jsonErrorOffset(json)).to.equal(offset);
    });
  }
});

describe('readData, the public export', () => {
  it('loads the readers and reads as readDataText does', async () => {
    expect(await readData(JSON.stringify(ours))).to.deep.equal(readDataText(JSON.stringify(ours)));
  });
});

describe('problemWords', () => {
  it('says a JSON syntax error in Russian and Chinese, with its line and column', async () => {
    const [problem] = readDataText('{\n"a": }').problems;
    expect((await problemWords('ru-RU'))(problem)).to.contain('строке 2, столбце 6');
    expect((await problemWords('zh-CN'))(problem)).to.contain('第 2 行第 6 列');
  });

  it('keeps the English message where a language has no table', async () => {
    const [problem] = readDataText('{').problems;
    expect((await problemWords('de-DE'))(problem)).to.equal(problem.message);
  });
});

const OURS = { title: 'T', events: [{ id: 'a', title: 'A', date: '1945-07-01', kind: 'cable' }] };
const SHEET = 'id,date,title\na,1945-07-01,A\n';

describe('readDataText, spreadsheets and TimelineJS 2', () => {
  it('reads our JSON as it is, with no problems', () => {
    expect(readDataText(JSON.stringify(OURS))).to.deep.equal({ input: OURS, problems: [], format: 'archive-timeline' });
  });

  it('detects and converts TimelineJS 3, TimelineJS 2 and vis items', () => {
    const tl3 = { events: [{ start_date: { year: 1945 }, text: { headline: 'A' } }] };
    const tl2 = { timeline: { headline: 'T', date: [{ startDate: '1945', headline: 'A' }] } };
    const vis = [{ id: 1, start: '1945-07-01', content: 'A' }];
    expect([tl3, tl2, vis].map((json) => readDataText(JSON.stringify(json)).format)).to.deep.equal(['timelinejs', 'timelinejs2', 'vis']);
    for (const json of [tl3, tl2, vis]) {
      expect(validateDataset(readDataText(JSON.stringify(json)).input).dataset.events).to.have.length(1);
    }
  });

  it('reads a spreadsheet named by the format, the content type or the address', () => {
    for (const hint of [
      { format: 'csv' as const },
      { contentType: 'text/csv; charset=utf-8' },
      { address: 'https://example.org/data/events.csv?v=2' },
      { address: '/data/events.CSV' },
    ]) {
      const read = readDataText(SHEET, hint);
      expect(read.format, JSON.stringify(hint)).to.equal('csv');
      expect(validateDataset(read.input).dataset.events.map((event) => event.id)).to.deep.equal(['a']);
    }
    const tsv = readDataText(SHEET.replace(/,/g, '\t'), { contentType: 'text/tab-separated-values' });
    expect(tsv.format).to.equal('tsv');
    expect(readDataText(SHEET.replace(/,/g, '\t'), { address: 'events.tsv' }).format).to.equal('tsv');
  });

  it('reads JSON at an address that only looks like a spreadsheet\'s when the format names JSON', () => {
    expect(readDataText(JSON.stringify(OURS), { format: 'archive-timeline', address: 'x.csv' }).format).to.equal('archive-timeline');
  });

  it('says where JSON stops being JSON, by line and column', () => {
    const { input, problems } = readDataText('{\n  "title": "T",\n  "events": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}');
    expect(input).to.equal(undefined);
    expect(problems.map((problem) => problem.message)).to.deep.equal([
      'The data is not valid JSON (line 5, column 5): check for a missing comma, quote or bracket there or just before.',
    ]);
    expect(problems[0].phrase?.code).to.equal('jsonSyntax');
  });

  it('says a cut-off file stops at its end', () => {
    expect(readDataText('{\n  "title": "T",\n  "events": [').problems[0].message).to.contain('(line 3, column 14)');
  });

  it('lists every format by the name the format attribute takes', () => {
    expect([...DATA_FORMATS]).to.deep.equal(['archive-timeline', 'timelinejs', 'timelinejs2', 'vis', 'csv', 'tsv']);
  });

  it('is the public readData of the package, loaded on first call', async () => {
    const { readData } = await import('../../../src/index.js');
    const read = await readData(SHEET, { address: 'events.csv' });
    expect(read.format).to.equal('csv');
    expect(read.problems).to.deep.equal([]);
    expect(validateDataset(read.input).dataset.events.map((event) => event.id)).to.deep.equal(['a']);
  });
});
