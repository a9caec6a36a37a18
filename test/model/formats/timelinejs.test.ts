import { expect } from '@open-wc/testing';
import { fromTimelineJS } from '../../../src/model/formats/timelinejs.js';
import { startOf } from '../../../src/model/event-dates.js';
import { validateDataset } from '../../../src/model/validate.js';
import { inEnglish } from '../problem-fields.js';

const load = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/formats/${name}`)).json();

/** One slide in a TimelineJS file, converted alone. */
const convertOne = (slide: Record<string, unknown>) => fromTimelineJS({ events: [slide] });
const eventOf = (slide: Record<string, unknown>) => convertOne(slide).dataset.events[0];
const july1 = { year: 1945, month: 7, day: 1 };

describe('fromTimelineJS', () => {
  describe('the 1945 file', () => {
    let input: unknown;
    before(async () => {
      input = await load('timelinejs-1945.json');
    });

    it('converts without problems, and the result passes validation without problems', () => {
      const { dataset, problems } = fromTimelineJS(input);
      expect(problems).to.deep.equal([]);
      expect(validateDataset(dataset).problems).to.deep.equal([]);
    });

    it('takes the title and description from the title slide, as plain text', () => {
      const { dataset } = fromTimelineJS(input);
      expect(dataset.title).to.equal('Soong in Moscow, 1945');
      expect(dataset.description).to.equal(
        "T. V. Soong's talks with Stalin, from the Yalta agreement to the Sino-Soviet treaty of August 14.",
      );
    });

    it('makes ids from unique_id or the headline, unique, with the eras after the slides', () => {
      expect(fromTimelineJS(input).dataset.events.map((event) => event.id)).to.deep.equal([
        'yalta-agreement-1945-02-11',
        'white-house-message-no-307',
        'soong-stalin-meeting',
        'harriman-cable-1945-07-01',
        'soong-stalin-meeting-2',
        'byrnes-tells-churchill-he-advised-soong',
        'truman-and-byrnes-leave-for-potsdam',
        'potsdam-conference',
        'sino-soviet-treaty-of-friendship-and-alliance-signed',
        'moscow-talks-first-round',
        'moscow-talks-second-round',
      ]);
    });

    it('writes every date and end exactly, in UTC and in Pacific/Kiritimati alike', () => {
      const events = fromTimelineJS(input).dataset.events.map((event) => [event.date, event.end]);
      expect(events).to.deep.equal([
        ['1945-02-11', undefined],
        ['1945-06-29', undefined],
        ['1945-06-30T18:30', undefined],
        ['1945-07-01', undefined],
        ['1945-07-02T20:00', undefined],
        ['1945-07', undefined],
        ['1945-07-06T21:40', '1945-07-07T06:01'],
        ['1945-07-17', '1945-08-02'],
        ['1945-08-14', undefined],
        ['1945-06-30', '1945-07-12'],
        ['1945-08-07', '1945-08-14'],
      ]);
    });

    it('keeps July 1, 1945 on July 1 once validated, whatever the reader\'s zone', () => {
      const { dataset } = validateDataset(fromTimelineJS(input).dataset);
      const cable = dataset.events.find((event) => event.id === 'harriman-cable-1945-07-01');
      expect(cable && startOf(cable).start.toISOString()).to.equal('1945-07-01T00:00:00.000Z');
    });

    it('turns headlines with markup and entities into plain titles', () => {
      const titles = fromTimelineJS(input).dataset.events.map((event) => event.title);
      expect(titles.slice(2, 5)).to.deep.equal([
        'Soong–Stalin meeting',
        'Harriman’s navy cable on Soong’s reception by Stalin',
        'Soong–Stalin meeting',
      ]);
    });

    it('turns HTML text into a plain summary, with paragraphs and links reduced to their words', () => {
      const events = fromTimelineJS(input).dataset.events;
      expect(events[2].summary).to.equal(
        "A courtesy meeting: Soong handed Stalin a letter from Chiang and spoke of restoring the close Sino-Soviet cooperation of Sun Yat-sen's time. Business was left for the next meeting.",
      );
      expect(events[6].summary).to.equal(
        'Truman left the White House at 9:40 p.m. and boarded USS Augusta at Newport News at 6:01 the next morning.',
      );
    });

    it('makes the media a source: caption as title, credit as citation, url as link', () => {
      expect(fromTimelineJS(input).dataset.events[3].source).to.deep.equal({
        title: 'Cable, Summary of Averell Harriman Meeting with T. V. Soong',
        citation: 'Wilson Center Digital Archive, W. A. Harriman Papers, Library of Congress',
        url: 'https://digitalarchive.wilsoncenter.org/document/123402',
      });
    });

    it('titles a source without a caption with the headline', () => {
      expect(fromTimelineJS(input).dataset.events[1].source).to.deep.equal({
        title: 'White House Message No. 307',
        citation: 'FRUS 1945, vol. VII, The Far East; China, doc. 641',
        url: 'https://history.state.gov/historicaldocuments/frus1945v07/d641',
      });
    });

    it('makes each group a party, so lanes="party" groups them', () => {
      const parties = fromTimelineJS(input).dataset.events.map((event) => event.parties?.[0]);
      expect(parties).to.deep.equal([
        'Soviet Union', 'United States', 'China', 'United States', 'Soviet Union', 'United States', 'United States',
        undefined, 'China', undefined, undefined,
      ]);
    });

    it('marks only the "c. July 1945" slide approximate', () => {
      const approximate = fromTimelineJS(input).dataset.events.filter((event) => event.approximate).map((event) => event.id);
      expect(approximate).to.deep.equal(['byrnes-tells-churchill-he-advised-soong']);
    });

    it('gives every event the kind "other", as TimelineJS has no kinds', () => {
      const kinds = new Set(fromTimelineJS(input).dataset.events.map((event) => event.kind));
      expect([...kinds]).to.deep.equal(['other']);
    });
  });

  describe('the file with bad slides', () => {
    let input: unknown;
    before(async () => {
      input = await load('timelinejs-bad.json');
    });

    it('reports each bad slide by number, headline and field, for people', () => {
      expect(inEnglish(fromTimelineJS(input).problems)).to.deep.equal([
        {
          field: 'events[2].start_date.month',
          message: 'TimelineJS event #3 ("Potsdam"): start_date.month 13 is not a month; the event was left out',
        },
        {
          id: 'treaty-signed',
          field: 'events[3].media.url',
          message:
            'TimelineJS event #4 ("Treaty signed"): media.url "javascript:alert(1)" is not an https address; the link was left out',
        },
        {
          field: 'events[4].start_date',
          message: 'TimelineJS event #5 ("A slide without a date"): start_date is missing; the event was left out',
        },
      ]);
    });

    it('keeps the valid slides, and the slide whose link was refused', () => {
      const { dataset } = fromTimelineJS(input);
      // The BCE slide (-221, 221 BC in TimelineJS) is kept since dates before year 1 are read (issue 25).
      expect(dataset.events.map((event) => event.id)).to.deep.equal(['harrimans-navy-cable', 'qin-unifies-china', 'treaty-signed']);
      expect(validateDataset(dataset).problems).to.deep.equal([]);
    });

    it('keeps the caption and credit of media whose link was refused, without the link', () => {
      expect(fromTimelineJS(input).dataset.events[2].source).to.deep.equal({ title: 'Open the treaty', citation: 'GRIPS' });
    });
  });

  describe('dates', () => {
    it('reads numeric strings as numbers', () => {
      expect(eventOf({ start_date: { year: '1945', month: '7', day: '01' } }).date).to.equal('1945-07-01');
    });

    it('zero-pads years before 1000', () => {
      expect(eventOf({ start_date: { year: 45, month: 3, day: 15 } }).date).to.equal('0045-03-15');
    });

    it('writes a time to the minute, as 00 minutes when only the hour is given', () => {
      expect(eventOf({ start_date: { ...july1, hour: 9 } }).date).to.equal('1945-07-01T09:00');
    });

    it('drops seconds and milliseconds, finer than a minute', () => {
      expect(eventOf({ start_date: { ...july1, hour: 18, minute: 30, second: 45, millisecond: 500 } }).date).to.equal(
        '1945-07-01T18:30',
      );
    });

    it('reads empty cells from a spreadsheet as absent', () => {
      expect(eventOf({ start_date: { year: 1945, month: 7, day: '', hour: '' } }).date).to.equal('1945-07');
    });

    it('keeps a year after 9999 (issue 25: it was left out before)', () => {
      expect(convertOne({ start_date: { year: 12000 }, text: { headline: 'Far future' } })).to.deep.equal({
        dataset: { title: 'Timeline', events: [{ id: 'far-future', title: 'Far future', date: '12000', kind: 'other' }] },
        problems: [],
      });
    });

    it('leaves out a day the month does not have', () => {
      const { dataset, problems } = convertOne({ start_date: { year: 1945, month: 6, day: 31 } });
      expect(dataset.events).to.deep.equal([]);
      expect(problems[0].message).to.equal('TimelineJS event #1: start_date.day 31 is not a day of 1945-06; the event was left out');
    });

    it('leaves out a date whose parts are not whole numbers', () => {
      expect(convertOne({ start_date: { year: 'nineteen' } }).problems[0].message).to.equal(
        'TimelineJS event #1: start_date.year "nineteen" is not a whole number; the event was left out',
      );
    });

    it('leaves out a time without a day', () => {
      expect(convertOne({ start_date: { year: 1945, hour: 9 } }).problems[0].message).to.equal(
        'TimelineJS event #1: start_date.hour needs a day; the event was left out',
      );
    });

    it('drops a bad end_date but keeps the event', () => {
      const { dataset, problems } = convertOne({ start_date: july1, end_date: { year: 1945, month: 14 } });
      expect(dataset.events[0]).to.deep.equal({ id: 'event-1', title: 'Untitled', date: '1945-07-01', kind: 'other' });
      expect(inEnglish(problems)).to.deep.equal([
        {
          id: 'event-1',
          field: 'events[0].end_date.month',
          message: 'TimelineJS event #1: end_date.month 14 is not a month; the end was left out',
        },
      ]);
    });
  });

  describe('display dates', () => {
    for (const display of ['c. July 1945', 'Circa 1945', 'about July 1', 'ca. 1945', 'July (c.)']) {
      it(`marks "${display}" as approximate`, () => {
        expect(eventOf({ start_date: july1, display_date: display }).approximate).to.equal(true);
      });
    }

    it('reads a display_date written inside start_date as well', () => {
      expect(eventOf({ start_date: { ...july1, display_date: 'c. 1945' } }).approximate).to.equal(true);
    });

    for (const display of ['July 1, 1945', 'Sat., etc.', 'Moscow, evening']) {
      it(`ignores "${display}", which says nothing of uncertainty`, () => {
        expect(eventOf({ start_date: july1, display_date: display })).to.not.have.property('approximate');
      });
    }
  });

  describe('text', () => {
    it('never lets a script or an image handler into the title or summary', () => {
      const event = eventOf({
        start_date: july1,
        text: { headline: '<script>alert(1)</script>Stalin agrees', text: '<img src=x onerror="alert(1)">Open Door' },
      });
      expect([event.title, event.summary]).to.deep.equal(['Stalin agrees', 'Open Door']);
    });

    it('titles a slide without a headline with the first 60 characters of its text', () => {
      const text = '<p>Harriman told Truman that Stalin had received Soong the evening before.</p>';
      expect(eventOf({ start_date: july1, text: { text } }).title).to.equal('Harriman told Truman that Stalin had received Soong the even');
    });

    it('titles a slide without any text "Untitled", with an id from its position', () => {
      const { dataset } = fromTimelineJS({ events: [{ start_date: july1 }, { start_date: july1 }] });
      expect(dataset.events.map((event) => [event.id, event.title])).to.deep.equal([
        ['event-1', 'Untitled'],
        ['event-2', 'Untitled'],
      ]);
    });

    it('names a dataset without a title slide "Timeline"', () => {
      expect(fromTimelineJS({ events: [] }).dataset.title).to.equal('Timeline');
    });
  });

  describe('ids, groups and media', () => {
    it('prefers unique_id to the headline, slugified', () => {
      expect(eventOf({ start_date: july1, unique_id: 'Cable_of_July_1', text: { headline: 'Cable' } }).id).to.equal('cable-of-july-1');
    });

    it('leaves out a group with no text', () => {
      expect(eventOf({ start_date: july1, group: '  ' })).to.not.have.property('parties');
    });

    it('refuses an http media url and says so, keeping the event', () => {
      const { dataset, problems } = convertOne({
        start_date: july1,
        text: { headline: 'Cable' },
        media: { url: 'http://example.org/cable.jpg' },
      });
      expect(dataset.events[0]).to.not.have.property('source');
      expect(problems.map((problem) => problem.message)).to.deep.equal([
        'TimelineJS event #1 ("Cable"): media.url "http://example.org/cable.jpg" is not an https address; the link was left out',
      ]);
    });
  });

  describe('eras', () => {
    it('become range events of kind "other", named era-N without a headline', () => {
      const { dataset } = fromTimelineJS({
        events: [],
        eras: [{ start_date: { year: 1945, month: 7, day: 17 }, end_date: { year: 1945, month: 8, day: 2 } }],
      });
      expect(dataset.events).to.deep.equal([
        { id: 'era-1', title: 'Untitled', date: '1945-07-17', end: '1945-08-02', kind: 'other' },
      ]);
    });

    it('are reported as eras, not events', () => {
      const { problems } = fromTimelineJS({ events: [], eras: [{ text: { headline: 'Potsdam' } }] });
      expect(problems[0].message).to.equal('TimelineJS era #1 ("Potsdam"): start_date is missing; the era was left out');
    });
  });

  it('reports data without "events" and gives an empty dataset', () => {
    const { dataset, problems } = fromTimelineJS({ title: 'x' });
    expect({ dataset, problems: inEnglish(problems) }).to.deep.equal({
      dataset: { title: 'Timeline', events: [] },
      problems: [{ field: 'events', message: 'The TimelineJS data needs "events", a list of slides.' }],
    });
  });
});

describe('fromTimelineJS before year 1 and in deep time (issue 25)', () => {
  it('reads a negative year as TimelineJS shows it: -500 is 500 BC, so -0499', () => {
    expect(eventOf({ start_date: { year: -500 } }).date).to.equal('-0499');
    expect(eventOf({ start_date: { year: -44, month: 3, day: 15 } }).date).to.equal('-0043-03-15');
    expect(eventOf({ start_date: { year: -1 } }).date).to.equal('0000');
  });

  it('refuses year 0, which TimelineJS does not show as a year, saying how 1 BC is written', () => {
    expect(convertOne({ start_date: { year: 0 }, text: { headline: 'Zero' } }).problems[0].message).to.equal(
      'TimelineJS event #1 ("Zero"): start_date.year 0 is not a year in TimelineJS: 1 BC is -1 there; the event was left out',
    );
  });

  it('keeps only the year, as written, past where Dates reach, on the cosmological scale too', () => {
    expect(eventOf({ start_date: { year: -541000000, month: 6 } }).date).to.equal('-541000000');
    expect(fromTimelineJS({ scale: 'cosmological', events: [{ start_date: { year: -13800000000, month: 1 } }] }).dataset.events[0].date).to.equal('-13800000000');
  });

  it('converts a BCE timeline whole: every slide and era, valid, in order', async () => {
    const { dataset, problems } = fromTimelineJS(await load('timelinejs-bce.json'));
    expect(problems).to.deep.equal([]);
    const checked = validateDataset(dataset);
    expect(checked.problems).to.deep.equal([]);
    expect(checked.dataset.events.map((event) => [event.date, event.end])).to.deep.equal([
      ['-3499', undefined], ['-0508', '-0026'], ['-0489-09', undefined], ['-0043-03-15', undefined], ['-0026-01-16', '0014-08-19'],
      ['0000', undefined], ['0001', undefined], ['0079-08-24', undefined],
    ]);
    expect(checked.dataset.events[0].approximate).to.equal(true);
  });

  it('converts a cosmological timeline whole, the Big Bang to 1969', async () => {
    const { dataset, problems } = fromTimelineJS(await load('timelinejs-cosmological.json'));
    expect(problems).to.deep.equal([]);
    const checked = validateDataset(dataset);
    expect(checked.problems).to.deep.equal([]);
    expect(checked.dataset.events.map((event) => startOf(event).year)).to.deep.equal([-13800000000, -4540000000, -541000000, -66000000, -300000, 1969]);
    // Nothing valid lost: the Moon landing keeps its day on the cosmological scale.
    expect(checked.dataset.events.at(-1)!.date).to.equal('1969-07-20');
  });
});
