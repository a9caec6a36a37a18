// Spreadsheets (CSV, TSV, Google Sheets) given to the element by `src`, read as a museum has them.
import { expect } from '@open-wc/testing';
import type { ArchiveTimeline } from '../../../src/index.js';
import { loadTable } from '../../../src/components/shared/load-table.js';
import type { DatasetInput, Problem } from '../../../src/model/types.js';
import { listedIds } from '../../demo/editor-helpers.js';
import { cleanup, label, loadTimeline, marks } from '../helpers.js';

const alertItems = (element: ArchiveTimeline) =>
  [...element.shadowRoot!.querySelectorAll('[role="alert"] li')].map((item) => item.textContent);

/** An element loading `src`, with what it warned in the console and reported in timeline-error. */
async function load(attributes: Record<string, string>) {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  let errors: Problem[] = [];
  try {
    const element = await loadTimeline(attributes, (element) =>
      element.addEventListener('timeline-error', (event) => (errors = event.detail.errors)),
    );
    return { element, warnings, errors };
  } finally {
    console.warn = original;
  }
}

afterEach(cleanup);

describe('spreadsheets', () => {
  it('reads a CSV made from TimelineJS\'s template and names the row and column of its problems', async () => {
    const { element, warnings, errors } = await load({ src: '/test/fixtures/formats/template.csv' });
    expect(marks(element)).to.have.length(4);
    expect(label(element, 'harriman-cable').textContent).to.contain('Harriman cable');
    expect(alertItems(element)).to.deep.equal([
      'row 8, column Time: "25:00" is not a time of day; the time was left out',
      'row 7, column Year: "19o5" is not a year; the event was left out',
    ]);
    expect(element.shadowRoot!.querySelector('[role="alert"] p')!.textContent).to.equal('1 event was left out because of a problem in the data:');
    expect(warnings.join('\n')).to.contain('row 7, column Year: "19o5" is not a year');
    expect(errors.find((problem) => problem.row === 7)).to.include({ column: 'Year' });
  });

  it('says the problems of a spreadsheet in the reader\'s language', async () => {
    const { element, warnings } = await load({ src: '/test/fixtures/formats/template.csv', locale: 'ru' });
    expect(alertItems(element)).to.deep.equal([
      'строка 8, столбец Time: "25:00" — не время суток; время пропущено',
      'строка 7, столбец Year: "19o5" — не год; событие пропущено',
    ]);
    expect(warnings.join('\n')).to.contain('row 7, column Year');
  });

  it('reads a TSV of our own columns by its .tsv address', async () => {
    const { element } = await load({ src: '/test/fixtures/formats/ours.tsv' });
    expect(marks(element)).to.have.length(1);
    expect(alertItems(element)).to.deep.equal([]);
  });

  it('reads a text/csv or text/tab-separated-values answer at an address that does not say so', async () => {
    for (const type of ['csv', 'tsv']) {
      const { element } = await load({ src: `/tables/answer?type=${type}` });
      expect(label(element, 'served').textContent, type).to.contain('A spreadsheet served');
      cleanup();
    }
  });

  it('reads as CSV what format="csv" says is, whatever its address and answer', async () => {
    const { element } = await load({ src: '/tables/answer?type=plain&rows=template', format: 'csv' });
    expect(marks(element)).to.have.length(1);
    expect(alertItems(element)).to.deep.equal([]);
  });

  it('still says that an answer in no format it reads is not JSON', async () => {
    const { element } = await load({ src: '/tables/answer?type=plain' });
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('is not valid JSON');
  });
});

describe('Google Sheets (a test server answering as Google does)', () => {
  it('the element says how to publish a sheet Google does not give, in the reader\'s language', async () => {
    // Google answers a sheet that does not exist (or is not published) with no CSV, and so does a machine without network.
    const src = 'https://docs.google.com/spreadsheets/d/not-a-published-sheet/edit#gid=0';
    const { element, warnings } = await load({ src, locale: 'zh-CN' });
    expect(alertItems(element)).to.deep.equal([
      `Google 没有以 CSV 格式提供表格 ${src}：它可能尚未发布到网络。请在 Google 表格中选择“文件”>“共享”>“发布到网络”，选择该工作表和“逗号分隔值 (.csv)”，点击“发布”，然后重新加载此页面。`,
    ]);
    expect(warnings.join('\n')).to.contain('File > Share > Publish to web');
    expect(marks(element)).to.have.length(0);
  });

  const sheet = (address: string) => loadTable(new URL(address, location.href), 'auto', undefined, 5000, undefined, location.host);

  it('asks for the sheet of an edit address as CSV, the gid\'s sheet', async () => {
    const { input, problems } = await sheet('/spreadsheets/d/published/edit#gid=7');
    expect(problems).to.deep.equal([]);
    expect((input as DatasetInput).title).to.equal('A published sheet');
    expect((input as DatasetInput).events.map((event) => event.title)).to.deep.equal(['Sheet 7']);
  });

  it('reads pubhtml and 2PACX addresses', async () => {
    for (const address of ['/spreadsheets/d/published/pubhtml', '/spreadsheets/d/e/2PACX-published/pubhtml']) {
      const { input } = await sheet(address);
      expect((input as DatasetInput).events.map((event) => event.title), address).to.deep.equal(['Sheet first']);
    }
  });

  it('says how to publish a sheet Google answers with its sign-in page, a redirect or an error', async () => {
    for (const id of ['unpublished', 'redirected', 'missing']) {
      const address = `${location.origin}/spreadsheets/d/${id}/edit#gid=0`;
      const { input, problems } = await sheet(address);
      expect(input, id).to.equal(undefined);
      expect(problems.map((problem) => problem.message), id).to.deep.equal([
        `Google did not give the sheet ${address} as CSV: it is probably not published to the web. In Google Sheets choose File > Share > Publish to web, pick the sheet and "Comma-separated values (.csv)", press Publish, then reload this page.`,
      ]);
    }
  });
});

describe('older files', () => {
  it('reads TimelineJS 2 JSON behind an old embed, detected, with its problems named by its own fields', async () => {
    const { element } = await load({ src: '/test/fixtures/formats/timelinejs2-1945.json' });
    expect(alertItems(element)).to.deep.equal([
      'TimelineJS event #5 ("A thirteenth month"): startDate 13 is not a month; the event was left out',
    ]);
    // Every other event is there, 200 BC (TimelineJS's -200) too, in time order.
    expect(await listedIds(element)).to.have.length(6);
    expect((await listedIds(element))[0]).to.equal('before-the-year-1');
  });
});
