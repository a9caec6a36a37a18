import { expect } from '@open-wc/testing';
import { inView, panWindow } from '../../src/layout/pan-window.js';
import { layoutTimeline, type ClusterMark, type EventMark } from '../../src/layout/marks.js';
import { laneCodes, lanesFor } from '../../src/layout/lanes.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { indexByTime } from '../../src/layout/visible.js';
import { rescale } from '../../src/layout/zoom.js';
import { validateDataset } from '../../src/model/validate.js';

const DAY = 86_400_000;
const base = timeScale([new Date('1945-06-01T00:00:00Z'), new Date('1945-09-01T00:00:00Z')], 800);

describe('panWindow', () => {
  it('maps each date to the same place in the view as the zoomed scale, by its scale plus the offset', () => {
    for (const transform of [{ k: 1, x: 0 }, { k: 3, x: -917 }, { k: 0.5, x: 130 }]) {
      const view = rescale(base, transform);
      const stretch = panWindow(base, transform, 800, 400);
      for (const date of [new Date('1945-07-01T00:00:00Z'), new Date('1945-08-14T00:00:00Z')]) {
        expect(stretch.scale(date) + stretch.offset).to.be.closeTo(view(date), 1e-6);
      }
      expect(stretch.offset).to.be.within(-400, 0);
    }
  });

  it('covers the view and a quantum past its right edge', () => {
    const transform = { k: 2, x: -1000 };
    const stretch = panWindow(base, transform, 800, 400);
    const [v0, v1] = rescale(base, transform).domain();
    const [s0, s1] = stretch.scale.domain();
    expect(+s0).to.be.at.most(+v0);
    expect(+s1).to.be.at.least(+v1);
    expect(stretch.scale.range()).to.deep.equal([0, 1200]);
  });

  it('keeps the same stretch (key and scale) while a pan stays within one quantum, and changes it past one or with the domain', () => {
    const a = panWindow(base, { k: 2, x: -810 }, 800, 400);
    const b = panWindow(base, { k: 2, x: -1190 }, 800, 400);
    const c = panWindow(base, { k: 2, x: -1210 }, 800, 400);
    expect(b.key).to.equal(a.key);
    expect(b.scale.domain().map(Number)).to.deep.equal(a.scale.domain().map(Number));
    expect(b.offset - a.offset).to.be.closeTo(-380, 1e-9);
    expect(c.key).not.to.equal(a.key);
    expect(panWindow(base, { k: 3, x: -810 }, 800, 400).key).not.to.equal(a.key);
    const otherDomain = timeScale([new Date('1945-05-01T00:00:00Z'), new Date('1945-09-01T00:00:00Z')], 800);
    expect(panWindow(otherDomain, { k: 2, x: -810 }, 800, 400).key).not.to.equal(a.key);
  });
});

describe('inView', () => {
  const events = validateDataset([
    { id: 'before', title: 'Before', date: '1945-06-10', kind: 'cable' },
    { id: 'edge', title: 'Across the left edge', date: '1945-06-28', end: '1945-07-03', kind: 'conference' },
    { id: 'inside', title: 'Inside', date: '1945-07-10', kind: 'cable' },
    { id: 'after', title: 'After', date: '1945-08-20', kind: 'message' },
  ]).dataset.events;

  it('keeps the marks and clusters whose days overlap the view, and only those', () => {
    const lanes = lanesFor(events, 'kind');
    const layout = layoutTimeline(indexByTime(events), laneCodes(events, 'kind', lanes), base, {
      lanes, rowsPerLane: 3, rowHeight: 26, laneGap: 4, laneHeader: 18, fontSize: 13, maxLabelChars: 34, markSize: 14, clusterWidth: 48, circa: 'c. {date}',
    });
    const view: [number, number] = [Date.UTC(1945, 6, 1), Date.UTC(1945, 7, 1)];
    expect(inView(layout.marks, view).map((mark: EventMark) => mark.event.id)).to.deep.equal(['edge', 'inside']);
    const cluster = (from: number, to: number): ClusterMark => ({ lane: 0, count: 2, first: events[0], last: events[1], from, to, x0: 0, x1: 10, y: 0 });
    expect(inView([cluster(view[0] - 3 * DAY, view[0] + DAY), cluster(view[0] - 3 * DAY, view[0])], view)).to.have.length(1);
  });
});
