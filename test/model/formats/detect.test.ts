import { expect } from '@open-wc/testing';
import { toDataset } from '../../../src/model/formats/convert.js';
import { detectFormat } from '../../../src/model/formats/detect.js';
import { validateDataset } from '../../../src/model/validate.js';

const load = async (url: string): Promise<unknown> => (await fetch(url)).json();
const ours = { title: 'T', events: [{ id: 'wh-307', title: 'White House Message No. 307', date: '1945-06-29', kind: 'message' }] };

describe('detectFormat', () => {
  it('recognises the TimelineJS 1945 file', async () => {
    expect(detectFormat(await load('/test/fixtures/formats/timelinejs-1945.json'))).to.equal('timelinejs');
  });

  it('recognises the bad TimelineJS file by its other slides', async () => {
    expect(detectFormat(await load('/test/fixtures/formats/timelinejs-bad.json'))).to.equal('timelinejs');
  });

  it('recognises TimelineJS data holding only eras', () => {
    expect(detectFormat({ events: [], eras: [] })).to.equal('timelinejs');
  });

  it('recognises TimelineJS data by its title slide when no slide has a start_date', () => {
    expect(detectFormat({ title: { text: { headline: 'Soong in Moscow' } }, events: [{ text: { headline: 'Undated' } }] })).to.equal(
      'timelinejs',
    );
  });

  it('recognises the vis 1945 file, an object with items and groups', async () => {
    expect(detectFormat(await load('/test/fixtures/formats/vis-items-1945.json'))).to.equal('vis');
  });

  it('recognises the bad vis file, a bare list of items', async () => {
    expect(detectFormat(await load('/test/fixtures/formats/vis-items-bad.json'))).to.equal('vis');
  });

  it('recognises an object with an empty list of items as vis', () => {
    expect(detectFormat({ items: [] })).to.equal('vis');
  });

  it('takes the 1945 dataset for our own format', async () => {
    expect(detectFormat(await load('/data/soong-stalin-1945.json'))).to.equal('archive-timeline');
  });

  it('takes a bare list of our events for our own format', () => {
    expect(detectFormat(ours.events)).to.equal('archive-timeline');
  });

  it('takes anything unrecognised for our own format, for validation to report', () => {
    expect([null, 'text', 42, {}, []].map(detectFormat)).to.deep.equal([
      'archive-timeline', 'archive-timeline', 'archive-timeline', 'archive-timeline', 'archive-timeline',
    ]);
  });
});

describe('toDataset', () => {
  it('passes our own format through unchanged, with no problems', () => {
    const result = toDataset(ours);
    expect(result.input).to.equal(ours);
    expect(result.problems).to.deep.equal([]);
    expect(result.format).to.equal('archive-timeline');
  });

  it('converts a detected TimelineJS file', async () => {
    const result = toDataset(await load('/test/fixtures/formats/timelinejs-1945.json'));
    expect(result.format).to.equal('timelinejs');
    expect(validateDataset(result.input).dataset.events).to.have.length(11);
  });

  it('converts a detected vis file', async () => {
    const result = toDataset(await load('/test/fixtures/formats/vis-items-1945.json'), 'auto');
    expect(result.format).to.equal('vis');
    expect(validateDataset(result.input).dataset.events).to.have.length(10);
  });

  it('forces the vis converter when asked, even for items detection would not recognise', () => {
    const items = [{ id: 'yalta', title: 'Yalta agreement', start: '1945-02-11' }];
    expect(detectFormat(items)).to.equal('archive-timeline');
    expect(toDataset(items, 'vis')).to.deep.equal({
      input: { title: 'Timeline', events: [{ id: 'yalta', title: 'Yalta agreement', date: '1945-02-11', kind: 'other' }] },
      problems: [],
      format: 'vis',
    });
  });

  it('forces our own format when asked, leaving a TimelineJS file for validation to reject', async () => {
    const input = await load('/test/fixtures/formats/timelinejs-1945.json');
    const result = toDataset(input, 'archive-timeline');
    expect(result.input).to.equal(input);
    expect(validateDataset(result.input).dataset.events).to.deep.equal([]);
  });

  it('gives the converter\'s problems, and validation finds none in what it converted', async () => {
    const result = toDataset(await load('/test/fixtures/formats/vis-items-bad.json'));
    const problems = [...result.problems, ...validateDataset(result.input).problems];
    expect(problems.map((problem) => problem.field)).to.deep.equal(['items[1].start', 'items[2].content']);
  });
});
