import { expect } from '@open-wc/testing';
import { layoutTimeline, type LayoutOptions } from '../../src/layout/marks.js';
import { laneCodes, lanesFor } from '../../src/layout/lanes.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { indexByTime } from '../../src/layout/visible.js';
import { validateDataset } from '../../src/model/validate.js';
import type { EventInput, TimelineEvent } from '../../src/model/types.js';

const sameDay = validateDataset(
  Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, title: `A rather long title number ${i}`, date: '1945-07-01', kind: 'cable' })),
).dataset.events;

const options = (events: readonly TimelineEvent[]): LayoutOptions => ({
  lanes: lanesFor(events, 'kind'), rowsPerLane: 3, rowHeight: 26, laneGap: 4, laneHeader: 18,
  fontSize: 13, maxLabelChars: 34, markSize: 14, clusterWidth: 48, circa: 'c. {date}',
});

const scale = timeScale([new Date('1945-06-01T00:00:00Z'), new Date('1945-08-01T00:00:00Z')], 600);

function layout(events: readonly TimelineEvent[], lanesFrom = events, at = scale) {
  const opts = options(lanesFrom);
  return layoutTimeline(indexByTime(events), laneCodes(events, 'kind', opts.lanes), at, opts);
}

describe('layoutTimeline', () => {
  it('labels as many events as there are rows, and clusters the rest of a crowded day', () => {
    const result = layout(sameDay);
    expect(result.marks.map((m) => m.event.id)).to.deep.equal(['e0', 'e1', 'e2']);
    expect(result.marks.every((m) => m.label)).to.equal(true);
    expect(result.clusters).to.have.length(1);
    const [cluster] = result.clusters;
    expect([cluster.count, cluster.first.id, cluster.last.id]).to.deep.equal([3, 'e3', 'e5']);
    expect([cluster.from, cluster.to]).to.deep.equal([Date.UTC(1945, 6, 1), Date.UTC(1945, 6, 2)]);
  });

  it("marks an uncertain event's label with the language's circa, and makes room for it", () => {
    // 11 days apart (108 px): room after "Ten chars!" (91 px and a 6 px gap), none after "c. Ten chars!".
    const pair = (approximate: boolean) => validateDataset([
      { id: 'a', title: 'Ten chars!', date: '1945-06-10', kind: 'cable', ...(approximate ? { approximate } : {}) },
      { id: 'b', title: 'Next', date: '1945-06-21', kind: 'cable' },
    ]).dataset.events;
    const sure = layout(pair(false)).marks;
    expect(sure.map((m) => m.label)).to.deep.equal(['Ten chars!', 'Next']);
    expect(sure[1].y).to.equal(sure[0].y);
    const uncertain = layout(pair(true)).marks;
    expect(uncertain.map((m) => m.label)).to.deep.equal(['c. Ten chars!', 'Next']);
    expect(uncertain[1].y).to.be.greaterThan(uncertain[0].y);

    const events = validateDataset([{ id: 'r', title: 'Costs $& and $1', date: '1945-06-10', kind: 'cable', approximate: true }]).dataset.events;
    const russian = { ...options(events), circa: 'ок. {date}' };
    const [mark] = layoutTimeline(indexByTime(events), laneCodes(events, 'kind', russian.lanes), scale, russian).marks;
    expect(mark.label).to.equal('ок. Costs $& and $1');
  });

  it('makes a lane as tall as the rows it uses, plus the strip when it has one', () => {
    expect(layout(sameDay.slice(0, 1), sameDay).bands[0].height).to.equal(18 + 26);
    expect(layout(sameDay).bands[0].height).to.equal(18 + 4 * 26);
  });

  it('draws an event alone in the strip as a mark, not a cluster of one', () => {
    const result = layout(sameDay.slice(0, 4));
    expect(result.clusters).to.have.length(0);
    expect(result.marks).to.have.length(4);
    expect(result.marks[3].label).to.equal(undefined);
  });

  it('lists its marks in time order, the one alone in the strip included', () => {
    const later = validateDataset([{ id: 'later', title: 'Later', date: '1945-07-10', kind: 'meeting' }]).dataset.events;
    const events = [...sameDay.slice(0, 4), ...later];
    expect(layout(events).marks.map((m) => m.event.id)).to.deep.equal(['e0', 'e1', 'e2', 'e3', 'later']);
  });

  it('splits a crowded strip into clusters at most clusterWidth wide that never overlap, counting every event once', () => {
    const inputs: EventInput[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `d${i}`, title: `Event ${i}`, kind: 'cable',
      date: new Date(Date.UTC(1945, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10),
    }));
    const events = validateDataset(inputs).dataset.events;
    const year = timeScale([new Date('1945-01-01T00:00:00Z'), new Date('1946-01-01T00:00:00Z')], 1200);
    const result = layout(events, events, year);
    expect(result.marks.length + result.clusters.reduce((sum, c) => sum + c.count, 0)).to.equal(3000);
    expect(result.clusters.length).to.be.within(1200 / 48, 1200 / 14);
    const sorted = [...result.clusters].sort((a, b) => a.x0 - b.x0);
    sorted.forEach((cluster, i) => {
      expect(cluster.x1 - cluster.x0).to.be.at.most(48 + 14);
      if (i) expect(cluster.x0).to.be.at.least(sorted[i - 1].x1);
    });
  });

  it('lays out only the window: events outside it are neither marks nor counted in clusters', () => {
    const july = timeScale([new Date('1945-07-01T00:00:00Z'), new Date('1945-07-02T00:00:00Z')], 600);
    const inputs: EventInput[] = [
      { id: 'before', title: 'Before', kind: 'cable', date: '1945-06-30' },
      ...sameDay.map(({ id, title, kind }) => ({ id, title, kind, date: '1945-07-01' })),
      { id: 'after', title: 'After', kind: 'cable', date: '1945-07-02' },
    ];
    const events = validateDataset(inputs).dataset.events;
    const result = layout(events, events, july);
    expect(result.marks.length + result.clusters.reduce((sum, c) => sum + c.count, 0)).to.equal(6);
    expect(result.marks.map((m) => m.event.id)).to.not.include.members(['before', 'after']);
  });
});
