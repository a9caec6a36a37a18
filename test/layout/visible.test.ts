import { expect } from '@open-wc/testing';
import { indexByTime, visibleEvents } from '../../src/layout/visible.js';
import { validateDataset } from '../../src/model/validate.js';

const { events } = validateDataset([
  { id: 'yalta', title: 'Yalta', kind: 'treaty', date: '1945-02-11' },
  { id: 'potsdam', title: 'Potsdam', kind: 'conference', date: '1945-07-17', end: '1945-08-02' },
  { id: 'july-1', title: 'Cable', kind: 'cable', date: '1945-07-01' },
  { id: 'treaty', title: 'Treaty', kind: 'treaty', date: '1945-08-14' },
]).dataset;
const index = indexByTime(events);
const ids = (from: string, to: string) =>
  visibleEvents(index, new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)).map((e) => e.id);

describe('visibleEvents', () => {
  it('returns only the events inside the window, in time order', () => {
    expect(ids('1945-06-01', '1945-07-10')).to.deep.equal(['july-1']);
    expect(ids('1945-01-01', '1946-01-01')).to.deep.equal(['yalta', 'july-1', 'potsdam', 'treaty']);
  });

  it('includes a range that began before the window and is still running', () => {
    expect(ids('1945-07-25', '1945-07-26')).to.deep.equal(['potsdam']);
  });

  it('counts a day event as covering its whole day', () => {
    expect(ids('1945-07-01', '1945-07-01')).to.deep.equal([]);
    expect(visibleEvents(index, new Date('1945-07-01T23:00:00Z'), new Date('1945-07-02T00:00:00Z')).map((e) => e.id)).to.deep.equal(['july-1']);
  });

  it('returns nothing for an empty index or an empty window', () => {
    expect(visibleEvents(indexByTime([]), new Date(0), new Date())).to.deep.equal([]);
    expect(ids('1950-01-01', '1951-01-01')).to.deep.equal([]);
  });
});

describe('indexByTime', () => {
  it('keeps times as whole minutes after the earliest start, exact for clock times', () => {
    const { dataset } = validateDataset([
      { id: 'first', title: 'First', kind: 'meeting', date: '1945-06-30T18:30' },
      { id: 'day', title: 'Day', kind: 'cable', date: '1945-07-01' },
    ]);
    const timed = indexByTime(dataset.events);
    expect(timed.starts).to.be.instanceOf(Int32Array);
    expect(timed.origin).to.equal(Date.UTC(1945, 5, 30, 18, 30));
    expect([...timed.starts]).to.deep.equal([0, 330]);
    expect([...timed.ends]).to.deep.equal([1, 330 + 1440]);
    expect(visibleEvents(timed, new Date(Date.UTC(1945, 5, 30, 18, 30)), new Date(Date.UTC(1945, 5, 30, 18, 31))).map((e) => e.id)).to.deep.equal(['first']);
  });

  it('falls back to 64-bit numbers for data spanning more than 4,000 years', () => {
    const { dataset } = validateDataset([
      { id: 'old', title: 'Old', kind: 'other', date: '0010' },
      { id: 'new', title: 'New', kind: 'other', date: '5000' },
    ]);
    const wide = indexByTime(dataset.events);
    expect(wide.starts).to.be.instanceOf(Float64Array);
    expect(visibleEvents(wide, new Date(Date.UTC(5000, 5, 1)), new Date(Date.UTC(5000, 6, 1))).map((e) => e.id)).to.deep.equal(['new']);
  });
});
