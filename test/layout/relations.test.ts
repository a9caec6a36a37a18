import { expect } from '@open-wc/testing';
import { arcPath, clusterHolding, relationEnds } from '../../src/layout/relations.js';
import type { ClusterMark, EventMark } from '../../src/layout/marks.js';
import type { Lane } from '../../src/layout/lanes.js';
import { validateDataset } from '../../src/model/validate.js';
import type { TimelineEvent } from '../../src/model/types.js';

const events = validateDataset([
  { id: 'selected', title: 'Harriman to Truman', date: '1945-07-01', kind: 'cable' },
  { id: 'drawn', title: 'Soong meets Stalin', date: '1945-06-30', kind: 'meeting' },
  { id: 'clustered', title: 'Second meeting', date: '1945-07-02', kind: 'meeting' },
  { id: 'away', title: 'Treaty', date: '1945-08-14', kind: 'treaty' },
  { id: 'other-lane', title: 'A cable the same day', date: '1945-07-02', kind: 'cable' },
]).dataset.events;
const byId = (id: string) => events.find((event) => event.id === id) as TimelineEvent;
const lanes: Lane[] = [{ key: 'meeting' }, { key: 'cable' }, { key: 'treaty' }];

const mark = (id: string, x: number, y: number): EventMark => ({ event: byId(id), x, width: 0, y, label: undefined, from: 0, to: 0 });
/** What is in view: these marks (and so their events' ids) and clusters. */
const inView = (marks: EventMark[], clusters: ClusterMark[]) => ({ marks, drawn: new Set(marks.map((m) => m.event.id)), clusters });
const meetings: ClusterMark = {
  lane: 0, count: 2, first: byId('clustered'), last: byId('clustered'),
  from: Date.UTC(1945, 6, 2), to: Date.UTC(1945, 6, 3), x0: 300, x1: 348, y: 40,
};

describe('clusterHolding', () => {
  it('finds the cluster of the event’s lane whose events’ starts span the event’s start', () => {
    expect(clusterHolding(byId('clustered'), [meetings], lanes, 'kind')).to.equal(meetings);
  });

  it('finds none for an event of another lane or another time', () => {
    expect(clusterHolding(byId('other-lane'), [meetings], lanes, 'kind')).to.equal(undefined);
    expect(clusterHolding(byId('drawn'), [meetings], lanes, 'kind')).to.equal(undefined);
  });
});

describe('relationEnds', () => {
  it('ends at the marks of linked events in view, then at the middle of the clusters holding the others', () => {
    const marks = [mark('selected', 100, 10), mark('drawn', 60, 40)];
    const linked = ['clustered', 'drawn', 'away'].map(byId);
    expect(relationEnds(inView(marks, [meetings]), linked, lanes, 'kind')).to.deep.equal([
      { id: 'drawn', x: 60, y: 40 },
      { id: 'clustered', x: 324, y: 40 },
    ]);
  });

  it('has no ends when nothing linked is in view', () => {
    expect(relationEnds(inView([mark('selected', 100, 10)], []), [byId('away')], lanes, 'kind')).to.deep.equal([]);
  });
});

describe('arcPath', () => {
  it('rises 12 px plus a quarter of the ends’ distance above the higher end', () => {
    expect(arcPath(0, 100, 100, 100)).to.equal('M0 100Q50 63 100 100');
  });

  it('rises at most 60 px', () => {
    expect(arcPath(0, 50, 400, 80)).to.equal('M0 50Q200 -10 400 80');
  });
});
