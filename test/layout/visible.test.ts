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
