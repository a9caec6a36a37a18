import { archiveDataset } from './test/bench/data.js';
import { validateDataset } from './src/model/validate.js';
import { indexByTime, indexTime, lowerBound } from './src/layout/visible.js';
import { laneCodes, lanesFor } from './src/layout/lanes.js';
import { fitDomain, timeScale } from './src/layout/time-scale.js';
import { IDENTITY, zoomAround } from './src/layout/zoom.js';
import { panWindow } from './src/layout/pan-window.js';
import { layoutTimeline } from './src/layout/marks.js';
import { estimateTextWidth, truncateLabel } from './src/layout/labels.js';

const N = Number(process.argv[2] ?? 10000);
const W = 1180;
const events = validateDataset(archiveDataset(N)).dataset.events;
const index = indexByTime(events);
const lanes = lanesFor(events, 'kind');
const codes = laneCodes(events, 'kind', lanes);
const LAYOUT = { rowsPerLane: 3, rowHeight: 26, laneGap: 4, laneHeader: 18, fontSize: 13, maxLabelChars: 34, markSize: 14, clusterWidth: 48, circa: 'c. {date}', lanes };
const base = timeScale(fitDomain(events), W);
const rank = new Float64Array(events.length);
// A fixed priority: a seeded shuffle (ranges first, as they span more).
let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
events.forEach((e, i) => (rank[i] = rnd()));

/** Labels by priority: events of the window in rank order, each in the first row with room for [left, end]. */
function priorityLabels(scale: any, offset: number): Set<string> {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const t0 = indexTime(index, +d0), t1 = indexTime(index, +d1);
  const ppm = (r1 - r0) / (t1 - t0);
  const items: { i: number; l: number; r: number }[] = [];
  const last = lowerBound(index.starts, t1);
  for (let i = lowerBound(index.starts, t0 - index.longest); i < last; i++) {
    if (index.ends[i] <= t0) continue;
    const xs = r0 + (index.starts[i] - t0) * ppm, xe = r0 + (index.ends[i] - t0) * ppm;
    const x = index.ranges[i] ? xs : (xs + xe) / 2;
    const width = index.ranges[i] ? Math.max(14, xe - xs) : 0;
    const left = width ? x : x - 7;
    const right = width ? x + width : x + 7;
    const label = truncateLabel(index.events[i].title, 34);
    items.push({ i, l: left, r: Math.max(right, left + 18 + estimateTextWidth(label, 13)) });
  }
  items.sort((a, b) => rank[a.i] - rank[b.i]);
  const rows: { l: number; r: number }[][][] = lanes.map(() => [[], [], []]);
  const placed = new Set<string>();
  for (const it of items) {
    const lane = codes[it.i];
    for (const row of rows[lane]) {
      if (row.every((o) => it.r + 6 <= o.l || o.r + 6 <= it.l)) {
        row.push(it);
        const x = it.l + 7;
        if (x + offset >= 0 && x + offset <= W) placed.add(index.events[it.i].id);
        break;
      }
    }
  }
  return placed;
}

let t = IDENTITY;
let prevT: Set<string> | undefined, prevP: Set<string> | undefined;
for (let step = 0; step <= 8; step++) {
  if (step) t = zoomAround(t, 1.6, W / 2, [0.25, 1e6]);
  const view = base.copy().domain(base.range().map((px) => base.invert((px - t.x) / t.k)) as any);
  const stretch = panWindow(base, t, W, W * 0.5);
  const lay = layoutTimeline(index, codes, stretch.scale, LAYOUT as any);
  const [v0, v1] = view.domain().map(Number);
  const inView = (id: string) => { const e = lay.marks.find((m) => m.event.id === id); return true; };
  const T = new Set(lay.marks.filter((m) => m.label && m.from < v1 && m.to > v0 && m.x + stretch.offset >= 0 && m.x + stretch.offset <= W).map((m) => m.event.id));
  const Pall = priorityLabels(stretch.scale, stretch.offset);
  // In view: those placed whose event overlaps the view.
  const byId = new Map(events.map((e) => [e.id, e]));
  const P = new Set([...Pall].filter((id) => { const m = lay.marks.find((mm) => mm.event.id === id); return true; }));
  const vis = (ids: Set<string>) => new Set([...ids].filter((id) => { const e: any = byId.get(id); const i = events.indexOf(e); const s = index.origin; return true; }));
  const newT = prevT ? [...T].filter((id) => !prevT!.has(id)).length : NaN;
  const newP = prevP ? [...P].filter((id) => !prevP!.has(id)).length : NaN;
  console.log(`step ${step}: time-order ${T.size} labels (${newT} new); priority ${P.size} in view (${newP} new)`);
  prevT = T; prevP = P;
}
