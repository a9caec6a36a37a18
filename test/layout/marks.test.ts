import { expect } from '@open-wc/testing';
import { layoutTimeline, type LayoutOptions } from '../../src/layout/marks.js';
import { lanesFor } from '../../src/layout/lanes.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { validateDataset } from '../../src/model/validate.js';

const sameDay = validateDataset(
  Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, title: `A rather long title number ${i}`, date: '1945-07-01', kind: 'cable' })),
).dataset.events;

const options = (events: typeof sameDay): LayoutOptions => ({
  mode: 'kind', lanes: lanesFor(events, 'kind'), rowsPerLane: 3, rowHeight: 26, laneGap: 4, laneHeader: 18,
  fontSize: 13, maxLabelChars: 34, markSize: 14,
});

describe('layoutTimeline', () => {
  const scale = timeScale([new Date('1945-06-01T00:00:00Z'), new Date('1945-08-01T00:00:00Z')], 600);

  it('labels as many events as there are rows, and clusters the rest of a crowded day', () => {
    const layout = layoutTimeline(sameDay, scale, options(sameDay));
    expect(layout.marks.map((m) => m.event.id)).to.deep.equal(['e0', 'e1', 'e2']);
    expect(layout.marks.every((m) => m.label)).to.equal(true);
    expect(layout.clusters).to.have.length(1);
    expect(layout.clusters[0].events.map((e) => e.id)).to.deep.equal(['e3', 'e4', 'e5']);
  });

  it('makes a lane as tall as the rows it uses, plus the strip when it has one', () => {
    const one = layoutTimeline(sameDay.slice(0, 1), scale, options(sameDay));
    expect(one.bands[0].height).to.equal(18 + 26);
    const crowded = layoutTimeline(sameDay, scale, options(sameDay));
    expect(crowded.bands[0].height).to.equal(18 + 4 * 26);
  });

  it('draws an event alone in the strip as a mark, not a cluster of one', () => {
    const four = sameDay.slice(0, 4);
    const layout = layoutTimeline(four, scale, options(four));
    expect(layout.clusters).to.have.length(0);
    expect(layout.marks).to.have.length(4);
    expect(layout.marks[3].label).to.equal(undefined);
  });
});
