import { expect } from '@open-wc/testing';
import { clusterRange, revealRange } from '../../src/layout/reveal.js';
import { validateDataset } from '../../src/model/validate.js';

const DAY = 86_400_000;
const utc = (date: string) => new Date(`${date}Z`);
const iso = (range: [Date, Date] | null) => range?.map((date) => date.toISOString());

const events = validateDataset([
  { id: 'treaty', title: 'Treaty', date: '1945-08-14', kind: 'treaty' },
  { id: 'july', title: 'Cable', date: '1945-07-01', kind: 'cable' },
  { id: 'long', title: 'Talks', date: '1945-06-10', end: '1945-06-25', kind: 'meeting' },
]).dataset.events;
const byId = (id: string) => events.find((event) => event.id === id)!;
const [treaty, pointInJuly, longMeeting] = ['treaty', 'july', 'long'].map(byId);

describe('revealRange', () => {
  it('centres a view as wide on an event that is off screen', () => {
    const view: [Date, Date] = [utc('1945-06-01T00:00'), utc('1945-07-01T00:00')];
    expect(iso(revealRange(treaty, view, 2 * DAY))).to.deep.equal(['1945-07-30T12:00:00.000Z', '1945-08-29T12:00:00.000Z']);
  });

  it('zooms to a quarter of the view around an event on screen (counted in a cluster)', () => {
    const view: [Date, Date] = [utc('1945-06-01T00:00'), utc('1945-09-01T00:00')];
    expect(iso(revealRange(pointInJuly, view, 2 * DAY))).to.deep.equal(['1945-06-20T00:00:00.000Z', '1945-07-13T00:00:00.000Z']);
  });

  it('never zooms closer than the shortest span, nor narrower than the event', () => {
    const fiveDays: [Date, Date] = [utc('1945-06-28T00:00'), utc('1945-07-03T00:00')];
    expect(iso(revealRange(pointInJuly, fiveDays, 2 * DAY))).to.deep.equal(['1945-06-30T12:00:00.000Z', '1945-07-02T12:00:00.000Z']);
    const june: [Date, Date] = [utc('1945-06-01T00:00'), utc('1945-07-01T00:00')];
    expect(iso(revealRange(longMeeting, june, 2 * DAY))).to.deep.equal(['1945-06-10T00:00:00.000Z', '1945-06-26T00:00:00.000Z']);
  });

  it('gives nothing when the event is on screen and the view is already as close as it goes', () => {
    const twoDays: [Date, Date] = [utc('1945-07-01T00:00'), utc('1945-07-03T00:00')];
    expect(revealRange(pointInJuly, twoDays, 2 * DAY)).to.equal(null);
  });
});

describe('clusterRange', () => {
  it('opens a cluster of one day to that day with a day on each side', () => {
    expect(iso(clusterRange({ from: Date.UTC(1945, 6, 1), to: Date.UTC(1945, 6, 2) }))).to.deep.equal([
      '1945-06-30T00:00:00.000Z',
      '1945-07-03T00:00:00.000Z',
    ]);
  });

  it('adds a tenth of a longer cluster on each side', () => {
    expect(iso(clusterRange({ from: Date.UTC(1945, 6, 1), to: Date.UTC(1945, 7, 20) }))).to.deep.equal([
      '1945-06-26T00:00:00.000Z',
      '1945-08-25T00:00:00.000Z',
    ]);
  });
});
