import { expect } from '@open-wc/testing';
import { DATA_FORMATS, readDataText } from '../../../src/model/formats/read-text.js';
import { validateDataset } from '../../../src/model/validate.js';

const OURS = { title: 'T', events: [{ id: 'a', title: 'A', date: '1945-07-01', kind: 'cable' }] };
const SHEET = 'id,date,title\na,1945-07-01,A\n';

describe('readDataText', () => {
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
    expect(problems[0].phrase?.code).to.equal('notJson');
  });

  it('says a cut-off file stops at its end', () => {
    expect(readDataText('{\n  "title": "T",\n  "events": [').problems[0].message).to.contain('(line 3, column 14)');
  });

  it('lists every format by the name the format attribute takes', () => {
    expect(DATA_FORMATS.map((entry) => entry.format)).to.deep.equal(['archive-timeline', 'timelinejs', 'timelinejs2', 'vis', 'csv', 'tsv']);
    expect(DATA_FORMATS.every((entry) => entry.name && entry.extensions.length)).to.equal(true);
  });

  it('is the public readData of the package, loaded on first call', async () => {
    const { readData } = await import('../../../src/index.js');
    const read = await readData(SHEET, { address: 'events.csv' });
    expect(read.format).to.equal('csv');
    expect(read.problems).to.deep.equal([]);
    expect(validateDataset(read.input).dataset.events.map((event) => event.id)).to.deep.equal(['a']);
  });
});
