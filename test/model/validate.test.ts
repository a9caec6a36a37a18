import { expect } from '@open-wc/testing';
import { finishOf } from '../../src/model/event-dates.js';
import { isSafeTranscriptPath } from '../../src/model/addresses.js';
import { validateDataset } from '../../src/model/validate.js';
import { inEnglish } from './problem-fields.js';

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

  it("keeps the dataset's language as a canonical tag, and reports one that is not a tag", () => {
    expect(validateDataset({ title: 'T', lang: 'ZH-hant', events: [valid] }).dataset.lang).to.equal('zh-Hant');
    expect('lang' in validateDataset({ title: 'T', events: [valid] }).dataset).to.equal(false);
    for (const lang of ['en_GB', 'English', 'Russian language', '', 7]) {
      const { dataset, problems } = validateDataset({ title: 'T', lang, events: [valid] });
      expect(inEnglish(problems)).to.deep.equal([
        { field: 'lang', message: `The dataset's "lang" ${JSON.stringify(lang)} is not a language tag such as "en" or "zh-Hant"; it was left out.` },
      ]);
      expect([dataset.lang, dataset.events.length]).to.deep.equal([undefined, 1]);
    }
  });

  it("keeps a source's language as a canonical tag, and leaves out one that is not a tag", () => {
    const withSource = (lang: unknown) => validateDataset([{ ...valid, source: { title: 'Запись беседы', lang } }]);
    expect(withSource('RU').dataset.events[0].source).to.deep.equal({ title: 'Запись беседы', lang: 'ru' });
    const { dataset, problems } = withSource('Russian language');
    expect(inEnglish(problems)).to.deep.equal([{
      id: 'wh-307', field: 'source.lang',
      message: 'event "wh-307": source.lang "Russian language" is not a language tag such as "en" or "zh-Hant"; it was left out',
    }]);
    expect(dataset.events[0].source).to.deep.equal({ title: 'Запись беседы' });
  });

  it('accepts a bare array of events', () => {
    const { dataset, problems } = validateDataset([valid]);
    expect(problems).to.deep.equal([]);
    expect(dataset.events).to.have.length(1);
  });

  it('names the event and field of an impossible date, and leaves only that event out', () => {
    const result = validateDataset({ title: 'T', events: [valid, { ...valid, id: 'bad', date: '1945-06-31' }] });
    expect(inEnglish(result.problems)).to.deep.equal([
      { id: 'bad', field: 'date', message: 'event "bad": date "1945-06-31" is not a calendar date' },
    ]);
    // The same, as a phrase the alert can say in another language.
    expect(result.problems[0].phrase).to.deep.equal({
      code: 'field',
      values: { subject: { code: 'event', values: { id: 'bad' } }, field: 'date', detail: { code: 'notCalendarDate', values: { value: '"1945-06-31"' } } },
    });
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

  it('reports links to missing events in the order the data lists the events, not in time order', () => {
    const late = { ...valid, id: 'late', date: '1945-08-01', relations: [{ type: 'follows', event: 'nowhere' }] };
    const early = { ...valid, id: 'early', date: '1945-06-01', relations: [{ type: 'follows', event: 'missing' }] };
    const { dataset, problems } = validateDataset([late, early]);
    expect(problems.map((problem) => problem.id)).to.deep.equal(['late', 'early']);
    expect(dataset.events.map((event) => event.id)).to.deep.equal(['early', 'late']);
    expect(dataset.events.every((event) => event.relations?.length === 0)).to.equal(true);
  });

  describe('keeps the dataset\'s own event objects when they are valid as they are', () => {
    it('keeps a valid event object itself, not a copy, and changes nothing in it', () => {
      const range = { id: 'talks', title: 'Talks', date: '1945-06-30', end: '1945-07-12', kind: 'meeting', approximate: true };
      const before = JSON.stringify(range);
      const { dataset, problems } = validateDataset([range, valid]);
      expect(problems).to.deep.equal([]);
      expect(dataset.events[1]).to.equal(range);
      expect(dataset.events[0]).to.equal(valid);
      expect(JSON.stringify(range)).to.equal(before);
    });

    it('copies an event whose check dropped or ignored something, and leaves the original as it was', () => {
      const withUnknown = { ...valid, id: 'unknown', colour: 'red' };
      const withBadEnd = { ...valid, id: 'bad-end', end: '1945-06-01' };
      const withBadPlace = { ...valid, id: 'bad-place', place: 42 };
      const { dataset } = validateDataset([withUnknown, withBadEnd, withBadPlace]);
      const byId = new Map(dataset.events.map((event) => [event.id, event]));
      expect(byId.get('unknown')).to.not.equal(withUnknown);
      expect(byId.get('unknown')).to.deep.equal({ ...valid, id: 'unknown' });
      expect(byId.get('bad-end')).to.deep.equal({ ...valid, id: 'bad-end' });
      expect(byId.get('bad-place')).to.deep.equal({ ...valid, id: 'bad-place' });
      expect(withBadEnd.end).to.equal('1945-06-01');
      expect(withUnknown.colour).to.equal('red');
    });

    it('copies events with a source or lists, whose checked parts are copies too', () => {
      const sourced = { ...valid, source: { title: 'FRUS', url: 'https://history.state.gov/' }, participants: ['Harriman'] };
      const [event] = validateDataset([sourced]).dataset.events;
      expect(event).to.not.equal(sourced);
      expect(event).to.deep.equal(sourced);
      expect(event.source).to.not.equal(sourced.source);
    });

    it('never keeps an object with another prototype, which could carry fields that were not checked', () => {
      const inherited = Object.assign(Object.create({ source: { title: 'S', url: 'javascript:alert(1)' } }), valid);
      const [event] = validateDataset([inherited]).dataset.events;
      expect(event).to.not.equal(inherited);
      expect(event.source).to.equal(undefined);
      expect(event).to.deep.equal(valid);
    });
  });

  it('drops an end before the date but keeps the event', () => {
    const result = validateDataset([{ ...valid, end: '1945-06-01' }]);
    expect(result.dataset.events).to.have.length(1);
    expect(result.dataset.events[0].end).to.equal(undefined);
    expect(finishOf(result.dataset.events[0])).to.equal(undefined);
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

  it('leaves out an event with a 10 MB title, says why in a short message, and stays fast', () => {
    const big = 'x'.repeat(10_000_000);
    const started = performance.now();
    const result = validateDataset([valid, { ...valid, id: 'huge', title: big }, { ...valid, id: 'long', summary: big, place: big }]);
    expect(performance.now() - started).to.be.below(500);
    expect(result.dataset.events.map((e) => e.id)).to.deep.equal(['long', 'wh-307']);
    expect(result.dataset.events[0].summary).to.equal(undefined);
    expect(result.problems.map((p) => p.message)).to.deep.equal([
      'event "huge": title is longer than 100,000 characters; the event was left out',
      'event "long": summary is longer than 100,000 characters; it was left out',
      'event "long": place is longer than 100,000 characters; it was left out',
    ]);
  });

  it('never quotes more than a few words of a huge value in a message', () => {
    const big = '1945-07-01'.repeat(1_000_000);
    const messages = messagesOf([
      { ...valid, id: 'a'.repeat(1_000_000) }, { ...valid, id: 'b', date: big },
      { ...valid, id: 'c', source: { title: 'S', url: `https://example.org/${big}`, transcript: big } },
      { ...valid, id: 'd', relations: [{ type: 'follows', event: big }], mentions: [{ quote: 'x', event: 'e'.repeat(99) }] },
    ]);
    expect(messages).to.have.length(6);
    for (const message of messages) expect(message.length, message).to.be.below(300);
    expect(messages[0]).to.equal('event #1: id is longer than 100 characters');
  });

  it('does not recurse into 100,000-deep nesting', () => {
    const deep: unknown = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(messagesOf({ title: deep, events: [valid, deep] })).to.deep.equal([
      'The dataset needs a "title" (a text).',
      'event #2 is a list, not an event object',
    ]);
    expect(validateDataset(deep).problems[0].message).to.equal('event #1 is a list, not an event object');
  });

  it('reports __proto__ and constructor keys as unknown fields and never lets them reach a prototype', () => {
    const input = JSON.parse(`{
      "title": "T", "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } },
      "events": [{ "id": "a", "title": "A", "date": "1945", "kind": "other", "__proto__": { "summary": "inherited" },
        "source": { "title": "S", "__proto__": { "url": "javascript:x" }, "constructor": { "prototype": { "polluted": true } } } }]
    }`);
    const { dataset, problems } = validateDataset(input);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'The dataset: __proto__ is not a field of a dataset; it was ignored (check its spelling).',
      'The dataset: constructor is not a field of a dataset; it was ignored (check its spelling).',
      'event "a": __proto__ is not a field of an event; it was ignored (check its spelling)',
      'event "a": source.__proto__ is not a field of a source; it was ignored (check its spelling)',
      'event "a": source.constructor is not a field of a source; it was ignored (check its spelling)',
    ]);
    const [event] = dataset.events;
    expect(event.summary).to.equal(undefined);
    expect(event.source).to.deep.equal({ title: 'S' });
    for (const made of [dataset, event, event.source]) expect(Object.getPrototypeOf(made)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reads only the fields an object holds itself, not inherited ones', () => {
    const inherited = Object.assign(Object.create({ kind: 'cable', summary: 'inherited' }) as object, { id: 'a', title: 'A', date: '1945' });
    expect(messagesOf([inherited])).to.deep.equal(['event "a": kind is missing: use one of meeting, cable, message, treaty, conference, other']);
  });

  it('names a misspelt field, and still says why the event was left out', () => {
    expect(messagesOf([{ id: 'a', titel: 'A', date: '1945', kind: 'other' }])).to.deep.equal([
      'event "a": title is missing',
      'event "a": titel is not a field of an event; it was ignored (check its spelling)',
    ]);
  });

  it('drops a mention whose quote is not in its inline transcript', () => {
    const result = validateDataset([valid, {
      ...valid, id: 'cable', source: { title: 'S', transcript: { text: 'received last\nnight by Stalin' } },
      mentions: [{ quote: 'received last night', event: 'wh-307' }, { quote: 'Message No. 307', event: 'wh-307' }],
    }]);
    expect(result.dataset.events.find((e) => e.id === 'cable')!.mentions).to.deep.equal([{ quote: 'received last night', event: 'wh-307' }]);
    expect(result.problems.map((p) => p.message)).to.deep.equal([
      'event "cable": mentions quote "Message No. 307" does not occur in the transcript (or overlaps another quote); the link was left out',
    ]);
  });
});
