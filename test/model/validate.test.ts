import { expect } from '@open-wc/testing';
import { isSafeTranscriptPath, validateDataset } from '../../src/model/validate.js';

const valid = { id: 'wh-307', title: 'White House Message No. 307', date: '1945-06-29', kind: 'message' };
const messagesOf = (input: unknown) => validateDataset(input).problems.map((problem) => problem.message);

describe('validateDataset', () => {
  it('accepts a dataset object and keeps its title and description', () => {
    const { dataset, problems } = validateDataset({ title: 'T', description: 'D', events: [valid] });
    expect(problems).to.deep.equal([]);
    expect(dataset.title).to.equal('T');
    expect(dataset.description).to.equal('D');
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['wh-307']);
  });

  it('accepts a bare array of events', () => {
    const { dataset, problems } = validateDataset([valid]);
    expect(problems).to.deep.equal([]);
    expect(dataset.events).to.have.length(1);
  });

  it('names the event and field of an impossible date, and leaves only that event out', () => {
    const result = validateDataset({ title: 'T', events: [valid, { ...valid, id: 'bad', date: '1945-06-31' }] });
    expect(result.problems).to.deep.equal([
      { id: 'bad', field: 'date', message: 'event "bad": date "1945-06-31" is not a calendar date' },
    ]);
    expect(result.dataset.events.map((e) => e.id)).to.deep.equal(['wh-307']);
    expect(result.leftOut).to.equal(1);
  });

  it('reports every missing required field of an event', () => {
    expect(messagesOf([{ id: 'x' }])).to.deep.equal([
      'event "x": title is missing',
      'event "x": date is missing',
      'event "x": kind is missing: use one of meeting, cable, message, treaty, conference, other',
    ]);
  });

  it('names an event without a usable id by its position', () => {
    expect(messagesOf([valid, { ...valid, id: 'Has Spaces' }])).to.deep.equal([
      'event #2: id "Has Spaces" must use only lowercase letters, digits and hyphens (e.g. "wh-307")',
    ]);
  });

  it('keeps the first of two events with the same id', () => {
    const result = validateDataset([valid, { ...valid, title: 'Second' }]);
    expect(result.dataset.events.map((e) => e.title)).to.deep.equal(['White House Message No. 307']);
    expect(result.problems[0].message).to.equal('event "wh-307": id is used twice; the second event (#2) was left out');
  });

  it('drops an end before the date but keeps the event', () => {
    const result = validateDataset([{ ...valid, end: '1945-06-01' }]);
    expect(result.dataset.events).to.have.length(1);
    expect(result.dataset.events[0].finish).to.equal(undefined);
    expect(result.problems[0]).to.include({ id: 'wh-307', field: 'end' });
  });

  for (const url of ['javascript:alert(1)', 'http://example.org/doc', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'not a url']) {
    it(`refuses the link ${url} but keeps the event and its source`, () => {
      const result = validateDataset([{ ...valid, source: { title: 'FRUS', url } }]);
      expect(result.dataset.events[0].source).to.deep.equal({ title: 'FRUS' });
      expect(result.problems[0]).to.include({ id: 'wh-307', field: 'source.url' });
    });
  }

  it('refuses transcript paths that leave the dataset folder', () => {
    expect(isSafeTranscriptPath('sources/cable.txt')).to.equal(true);
    for (const path of ['../../etc/passwd', 'sources/../../x', '/etc/passwd', 'https://evil.example/x', 'javascript:x', 'a\\..\\b']) {
      expect(isSafeTranscriptPath(path), path).to.equal(false);
    }
    const result = validateDataset([{ ...valid, source: { title: 'S', transcript: '../../etc/passwd' } }]);
    expect(result.dataset.events[0].source).to.deep.equal({ title: 'S' });
    expect(result.problems[0].field).to.equal('source.transcript');
  });

  it('drops mentions and relations that point nowhere, and says so', () => {
    const result = validateDataset([
      valid,
      {
        ...valid,
        id: 'cable',
        mentions: [{ quote: 'No. 307', event: 'wh-307' }, { quote: 'Monday', event: 'missing' }],
        relations: [{ type: 'reply-to', event: 'gone' }],
      },
    ]);
    const cable = result.dataset.events.find((e) => e.id === 'cable')!;
    expect(cable.mentions).to.deep.equal([{ quote: 'No. 307', event: 'wh-307' }]);
    expect(cable.relations).to.deep.equal([]);
    expect(result.problems.map((p) => p.message)).to.deep.equal([
      'event "cable": mentions points to "missing", which is not an event of this dataset; the link was left out',
      'event "cable": relations points to "gone", which is not an event of this dataset; the link was left out',
    ]);
  });

  it('rejects a wrong top level with a message for people', () => {
    expect(messagesOf('hello')).to.deep.equal(['The data must be an object with "title" and "events", not "hello".']);
    expect(messagesOf({ title: 'T', events: {} })).to.deep.equal(['The dataset needs "events", a list of events.']);
  });

  it('copies only known fields, so __proto__ in data changes nothing', () => {
    const input = JSON.parse('[{"id":"a","title":"A","date":"1945","kind":"other","__proto__":{"polluted":true},"constructor":{"x":1}}]');
    const { dataset } = validateDataset(input);
    expect(Object.keys(dataset.events[0])).to.not.include('__proto__');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((dataset.events[0] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('sorts events by date, then id', () => {
    const { dataset } = validateDataset([
      { ...valid, id: 'b', date: '1945-07-01' },
      { ...valid, id: 'c', date: '1945-06' },
      { ...valid, id: 'a', date: '1945-07-01' },
    ]);
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['c', 'a', 'b']);
  });
});
