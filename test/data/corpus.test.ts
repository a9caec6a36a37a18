import { expect } from '@open-wc/testing';
import { segmentTranscript } from '../../src/model/mentions.js';
import type { DatasetInput } from '../../src/model/types.js';
import { validateDataset } from '../../src/model/validate.js';

const CABLE = 'harriman-cable-1945-07-01';
const text = async (url: string) => (await fetch(url)).text();
const normalise = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('the 1945 corpus (data/soong-stalin-1945.json)', () => {
  let input: DatasetInput;
  before(async () => {
    input = await (await fetch('/data/soong-stalin-1945.json')).json();
  });

  it('validates without a single problem and holds at least 45 events', () => {
    const { dataset, problems } = validateDataset(input);
    expect(problems).to.deep.equal([]);
    expect(dataset.events.length).to.be.at.least(45);
  });

  it('gives every event a summary, place, parties and a cited, linked source', () => {
    for (const event of input.events) {
      expect(event.summary, event.id).to.be.a('string').and.not.equal('');
      expect(event.place, event.id).to.be.a('string');
      expect(event.parties?.length, event.id).to.be.above(0);
      expect(event.source?.citation, event.id).to.be.a('string');
      expect(event.source?.url, event.id).to.match(/^https:\/\//);
    }
  });

  it('ships the July 1 cable with the transcript of the archive\'s seed document, whitespace aside', async () => {
    const seed = await text('/test/fixtures/seed-1945-07-01-harriman-cable.txt');
    const seedTranscript = seed.slice(seed.indexOf('Transcript - English') + 'Transcript - English'.length);
    const cable = input.events.find((event) => event.id === CABLE)!;
    expect(cable.date).to.equal('1945-07-01');
    const shipped = await text(`/data/${cable.source!.transcript as string}`);
    expect(normalise(shipped)).to.equal(normalise(seedTranscript));
  });

  it('links every reference in the cable to the event it names', async () => {
    const { dataset } = validateDataset(input);
    const byId = new Map(dataset.events.map((event) => [event.id, event]));
    const cable = byId.get(CABLE)!;
    const transcript = await text(`/data/${cable.source!.transcript as string}`);
    const { segments, unmatched } = segmentTranscript(transcript, cable.mentions);
    expect(unmatched).to.deep.equal([]);
    const links = Object.fromEntries(
      segments.flatMap((segment) => ('event' in segment ? [[segment.text, byId.get(segment.event)!.date]] : [])),
    );
    expect(links).to.deep.equal({
      'White House Message No. 307 June 29': '1945-06-29',
      'received last night by Stalin': '1945-06-30T18:30',
      'the next meeting, which Soong expects to be on Monday': '1945-07-02T20:00',
      'his conversations in Washington': '1945-06-09',
      "the Generalissimo's reaction to his conversations with Hurley": '1945-06',
    });
    expect(byId.get('wh-307')!.title).to.contain('307');
    expect(byId.get('soong-stalin-1945-06-30')!.kind).to.equal('meeting');
  });

  it('marks every uncertain date of the chronology as approximate', () => {
    const approximate = input.events.filter((event) => event.approximate).map((event) => event.id);
    for (const id of ['truman-310-to-hurley', 'soong-leaves-moscow-1945-07', 'chiang-191752', 'treaty-published-1945-08']) {
      expect(approximate, id).to.include(id);
    }
  });

  it('keeps sessions that ran past midnight on the evening they began, marked as night', () => {
    const nights = input.events.filter((event) => event.partOfDay === 'night').map((event) => event.date.slice(0, 10));
    expect(nights).to.include.members(['1945-07-12', '1945-08-13']);
  });

  it('keeps the two messages numbered 310 apart', () => {
    const ids = input.events.map((event) => event.id);
    expect(ids).to.include.members(['wh-310-to-harriman', 'truman-310-to-hurley']);
  });
});
