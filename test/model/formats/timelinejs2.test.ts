import { expect } from '@open-wc/testing';
import { toDataset } from '../../../src/model/formats/convert.js';
import { fromTimelineJS2 } from '../../../src/model/formats/timelinejs2.js';
import { validateDataset } from '../../../src/model/validate.js';

const load = async (name: string): Promise<unknown> => (await fetch(`/test/fixtures/formats/${name}`)).json();

describe('fromTimelineJS2', () => {
  let input: unknown;
  before(async () => {
    input = await load('timelinejs2-1945.json');
  });

  it('is detected by its "timeline" object, and read as TimelineJS 2 when format="timelinejs" too', () => {
    expect(toDataset(input).format).to.equal('timelinejs2');
    expect(toDataset(input, 'timelinejs').format).to.equal('timelinejs2');
    expect(toDataset(input, 'timelinejs2').input).to.deep.equal(fromTimelineJS2(input).dataset);
  });

  it('reads the headline and text as the title and description', () => {
    const { dataset } = fromTimelineJS2(input);
    expect(dataset.title).to.equal('Soong in Moscow, 1945');
    expect(dataset.description).to.equal('From an embed made in 2013.');
  });

  it('reads "1945,7,1" dates, with hours, years alone and ISO dates, and eras after the dates', () => {
    const { dataset } = fromTimelineJS2(input);
    expect(dataset.events.map(({ title, date, end }) => [title, date, end])).to.deep.equal([
      ['Soong meets Stalin', '1945-06-30', '1945-06-30'],
      ['Harriman cable', '1945-07-01T18:30', undefined],
      ['The year of the talks', '1945', undefined],
      ['Treaty signed', '1945-08-14', undefined],
      // -200 reads "200 BC" in TimelineJS: astronomically, -0199.
      ['Before the year 1', '-0199', undefined],
      ['Moscow talks', '1945-07-14', '1945-08-14'],
    ]);
  });

  it('takes the asset as the source and the tag as the party', () => {
    const [meeting] = fromTimelineJS2(input).dataset.events;
    expect(meeting.source).to.deep.equal({ title: 'Memorandum', citation: 'Foreign Relations of the United States', url: 'https://example.org/record/1' });
    expect(meeting.parties).to.deep.equal(['Soviet Union']);
  });

  it('names the TimelineJS 2 fields in its problems', () => {
    const { problems } = fromTimelineJS2(input);
    expect(problems.map(({ field, message }) => [field, message])).to.deep.equal([
      ['date[4].startDate', 'TimelineJS event #5 ("A thirteenth month"): startDate 13 is not a month; the event was left out'],
    ]);
  });

  it('gives data that passes validation', () => {
    expect(validateDataset(fromTimelineJS2(input).dataset).problems).to.deep.equal([]);
  });
});
