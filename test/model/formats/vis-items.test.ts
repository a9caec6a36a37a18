import { expect } from '@open-wc/testing';
import { fromVisItems } from '../../../src/model/formats/vis-items.js';
import { startOf } from '../../../src/model/event-dates.js';
import { validateDataset } from '../../../src/model/validate.js';
import { inEnglish } from '../problem-fields.js';

const load = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/formats/${name}`)).json();

const eventOf = (item: Record<string, unknown>) => fromVisItems([{ id: 'x', content: 'Cable', ...item }]).dataset.events[0];
const dateOf = (start: unknown) => eventOf({ start }).date;

describe('fromVisItems', () => {
  describe('the 1945 file', () => {
    let input: unknown;
    before(async () => {
      input = await load('vis-items-1945.json');
    });

    it('converts without problems, and the result passes validation without problems', () => {
      const { dataset, problems } = fromVisItems(input);
      expect(problems).to.deep.equal([]);
      expect(validateDataset(dataset).problems).to.deep.equal([]);
    });

    it('makes ids from the item ids, slugified', () => {
      expect(fromVisItems(input).dataset.events.map((event) => event.id)).to.deep.equal([
        'wh-307',
        '3',
        'harriman-cable-1945-07-01',
        'soong-stalin-2',
        'truman-departs',
        'moscow-round-1',
        'potsdam',
        'truman-stalin',
        'soviet-war',
        'treaty-signed',
      ]);
    });

    it('writes every date and end exactly, in UTC and in Pacific/Kiritimati alike', () => {
      expect(fromVisItems(input).dataset.events.map((event) => [event.date, event.end])).to.deep.equal([
        ['1945-06-29', undefined],
        ['1945-06-30T18:30', undefined],
        ['1945-07-01', undefined],
        ['1945-07-02T20:00', undefined],
        ['1945-07-06T21:40', '1945-07-07T06:01'],
        ['1945-06-30', '1945-07-12'],
        ['1945-07-17', '1945-08-02'],
        ['1945-07-17T12:00', undefined],
        ['1945-08-08', undefined],
        ['1945-08-14', undefined],
      ]);
    });

    it('keeps August 14, 1945 on August 14 once validated, whatever the reader\'s zone', () => {
      const { dataset } = validateDataset(fromVisItems(input).dataset);
      const treaty = dataset.events.find((event) => event.id === 'treaty-signed');
      expect(treaty && startOf(treaty).start.toISOString()).to.equal('1945-08-14T00:00:00.000Z');
    });

    it('turns HTML content into plain titles', () => {
      const titles = fromVisItems(input).dataset.events.map((event) => event.title);
      expect([titles[1], titles[2], titles[7], titles[9]]).to.deep.equal([
        'First Soong–Stalin meeting',
        "Harriman's navy cable on Soong's reception by Stalin",
        'First Truman–Stalin meeting',
        'Sino-Soviet Treaty of Friendship and Alliance signed',
      ]);
    });

    it('makes the tooltip a plain summary', () => {
      const events = fromVisItems(input).dataset.events;
      expect([events[0].summary, events[2].summary]).to.deep.equal([
        'Grew, for the President, answered Harriman’s 281015 by quoting Hurley’s report.',
        'Stalin had received Soong the evening before.',
      ]);
    });

    it('names parties after the groups, by numeric or text id', () => {
      expect(fromVisItems(input).dataset.events.map((event) => event.parties?.[0])).to.deep.equal([
        'United States', 'China', 'United States', 'China', 'United States', undefined, undefined, 'United States',
        'Soviet Union', 'China',
      ]);
    });

    it('takes the kind from a word of the class name, else "other"', () => {
      expect(fromVisItems(input).dataset.events.map((event) => event.kind)).to.deep.equal([
        'message', 'meeting', 'cable', 'meeting', 'other', 'other', 'conference', 'meeting', 'other', 'treaty',
      ]);
    });

    it('names the dataset "Timeline", as vis items have no title', () => {
      expect(fromVisItems(input).dataset.title).to.equal('Timeline');
    });
  });

  describe('the file with bad items', () => {
    let input: unknown;
    before(async () => {
      input = await load('vis-items-bad.json');
    });

    it('reports each bad item by number, id and field, for people', () => {
      expect(inEnglish(fromVisItems(input).problems)).to.deep.equal([
        {
          field: 'items[1].start',
          message:
            'vis item #2 (id "2"): start "not a date" is not a date (write it like "1945-07-01" or "1945-07-01T18:30"); the item was left out',
        },
        { field: 'items[2].content', message: 'vis item #3 (id "3"): content is missing; the item was left out' },
      ]);
    });

    it('keeps the valid items', () => {
      const { dataset } = fromVisItems(input);
      expect(dataset.events.map((event) => event.id)).to.deep.equal(['1', '4']);
      expect(validateDataset(dataset).problems).to.deep.equal([]);
    });

    it('keeps only the words of content full of scripts, data: links and image handlers', () => {
      expect(fromVisItems(input).dataset.events[1].title).to.equal('Soong meets Stalin');
    });
  });

  describe('dates', () => {
    const written: [string, string][] = [
      ['1945-07-01', '1945-07-01'],
      ['1945-07-01T18:30', '1945-07-01T18:30'],
      ['1945-07-01T18:30:00', '1945-07-01T18:30'],
      ['1945-07-01T18:30:00Z', '1945-07-01T18:30'],
      ['1945-07-01T18:30:00+03:00', '1945-07-01T18:30'],
      ['1945-07-01T18:30:59.999-10:40', '1945-07-01T18:30'],
      ['1945-07-01 18:30', '1945-07-01T18:30'],
      ['1945-07', '1945-07'],
      ['1945', '1945'],
    ];
    for (const [text, date] of written) {
      it(`reads "${text}" as ${date}, the date and time as written`, () => {
        expect(dateOf(text)).to.equal(date);
      });
    }

    it('reads midnight as the day alone, as date-only values are exported', () => {
      expect([dateOf('1945-07-01T00:00:00.000Z'), dateOf('1945-07-01T00:00')]).to.deep.equal(['1945-07-01', '1945-07-01']);
    });

    it('reads milliseconds at UTC midnight as the UTC day', () => {
      expect(dateOf(Date.UTC(1945, 6, 1))).to.equal('1945-07-01');
    });

    it('reads milliseconds at another time as the UTC day and time to the minute', () => {
      expect(dateOf(Date.UTC(1945, 5, 30, 18, 30, 45))).to.equal('1945-06-30T18:30');
    });

    it('reads a Date object, given as a property, as its UTC instant', () => {
      expect(dateOf(new Date(Date.UTC(1945, 7, 14)))).to.equal('1945-08-14');
    });

    it('leaves out a day the month does not have', () => {
      expect(fromVisItems([{ id: 'x', content: 'Cable', start: '1945-06-31' }]).problems[0].message).to.equal(
        'vis item #1 (id "x"): start "1945-06-31" is not a calendar date; the item was left out',
      );
    });

    it('leaves out a start that is neither text nor a number', () => {
      expect(fromVisItems([{ id: 'x', content: 'Cable', start: { year: 1945 } }]).problems[0].message).to.equal(
        'vis item #1 (id "x"): start an object is not a date (use an ISO text or milliseconds since 1970); the item was left out',
      );
    });

    it('leaves out an item without a start', () => {
      expect(fromVisItems([{ id: 'x', content: 'Cable' }]).problems[0].message).to.equal(
        'vis item #1 (id "x"): start is missing; the item was left out',
      );
    });

    it('leaves out a number of milliseconds past the year 9999', () => {
      expect(fromVisItems([{ id: 'x', content: 'Cable', start: 1e15 }]).problems[0].message).to.equal(
        'vis item #1 (id "x"): start 1000000000000000 is not a time between the years 1 and 9999; the item was left out',
      );
    });
  });

  describe('ranges and points', () => {
    it('makes an item with an end and no type a range', () => {
      expect(eventOf({ start: '1945-07-17', end: '1945-08-02' }).end).to.equal('1945-08-02');
    });

    it('keeps the end of range and background items', () => {
      expect(eventOf({ start: '1945-07-17', end: '1945-08-02', type: 'range' }).end).to.equal('1945-08-02');
      expect(eventOf({ start: '1945-07-17', end: '1945-08-02', type: 'background' }).end).to.equal('1945-08-02');
    });

    it('drops the end of point and box items, which vis draws at their start', () => {
      expect(eventOf({ start: '1945-07-17', end: '1945-08-02', type: 'point' })).to.not.have.property('end');
      expect(eventOf({ start: '1945-07-17', end: '1945-08-02', type: 'box' })).to.not.have.property('end');
    });

    it('drops a bad end but keeps the item', () => {
      const { dataset, problems } = fromVisItems([{ id: 'x', content: 'Cable', start: '1945-07-17', end: 'later' }]);
      expect(dataset.events[0]).to.deep.equal({ id: 'x', title: 'Cable', date: '1945-07-17', kind: 'other' });
      expect(inEnglish(problems)).to.deep.equal([
        {
          id: 'x',
          field: 'items[0].end',
          message:
            'vis item #1 (id "x"): end "later" is not a date (write it like "1945-07-01" or "1945-07-01T18:30"); the end was left out',
        },
      ]);
    });
  });

  describe('ids, text and groups', () => {
    it('slugifies ids and keeps them unique', () => {
      const { dataset } = fromVisItems([
        { id: 'Cable 1', content: 'A', start: '1945' },
        { id: 'cable_1', content: 'B', start: '1945' },
        { id: 7, content: 'C', start: '1945' },
      ]);
      expect(dataset.events.map((event) => event.id)).to.deep.equal(['cable-1', 'cable-1-2', '7']);
    });

    it('names items without a usable id by their position', () => {
      const { dataset } = fromVisItems([
        { content: 'A', start: '1945' },
        { id: { key: 1 }, content: 'B', start: '1945' },
      ]);
      expect(dataset.events.map((event) => event.id)).to.deep.equal(['item-1', 'item-2']);
    });

    it('titles an item without content with its tooltip', () => {
      const event = fromVisItems([{ id: 'x', start: '1945', title: '<b>Yalta</b>' }]).dataset.events[0];
      expect(event).to.deep.equal({ id: 'x', title: 'Yalta', date: '1945', kind: 'other' });
    });

    it('never lets a script or an image handler into the title or summary', () => {
      const event = eventOf({
        start: '1945-07-01',
        content: '<script>alert(1)</script>Cable',
        title: '<img src=x onerror="alert(1)">Sent by navy channel',
      });
      expect([event.title, event.summary]).to.deep.equal(['Cable', 'Sent by navy channel']);
    });

    it('names the party after the group id when no group gives it a name', () => {
      expect(eventOf({ start: '1945', group: 4 }).parties).to.deep.equal(['4']);
    });

    it('takes the kind from a word of the class name, not from part of a word', () => {
      expect([eventOf({ start: '1945', className: 'telecable' }).kind, eventOf({ start: '1945', className: 'x TREATY' }).kind]).to.deep.equal([
        'other',
        'treaty',
      ]);
    });
  });

  it('reports data that is neither a list nor an object with items', () => {
    const { dataset, problems } = fromVisItems({ events: [] });
    expect({ dataset, problems: inEnglish(problems) }).to.deep.equal({
      dataset: { title: 'Timeline', events: [] },
      problems: [{ field: 'items', message: 'The vis-timeline data must be a list of items, or an object with "items".' }],
    });
  });
});
