// The bench's table of step times over the runs (test/bench/step-spread.mjs).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stepSpread, type BenchRun } from '../bench/step-spread.mjs';

const labels = { svg: 'ours (svg)', 'vis-timeline': 'vis-timeline' };
/** A run's interactions: 16 zoom steps, the first three `first` ms and the rest `rest` ms. */
const run = (size: number, target: string, zoomP95Ms: number, panP95Ms: number, first: number, rest: number): BenchRun => ({
  size,
  target,
  interaction: { zoomSteps: [...Array(3).fill(first), ...Array(13).fill(rest)], zoomP95Ms, panP95Ms },
});

describe('stepSpread', () => {
  it('gives the median over the runs and the lowest and highest run, the first three zoom steps apart', () => {
    const runs = [run(1000, 'svg', 45.5, 30, 44, 22), run(1000, 'svg', 33.2, 20, 32, 20), run(1000, 'svg', 37.7, 25, 33, 21)];
    const { header, rows } = stepSpread(runs, { sizes: [1000], targets: ['svg'], labels });
    assert.deepEqual(header, ['events', 'target', 'zoom step, p95', 'pan step, p95', 'zoom steps 1–3, mean', 'zoom steps 4–16, mean']);
    assert.deepEqual(rows, [['1,000', 'ours (svg)', '37.7 ms (33.2–45.5)', '25.0 ms (20.0–30.0)', '33.0 ms (32.0–44.0)', '21.0 ms (20.0–22.0)']]);
  });

  it('averages the first three steps and the other thirteen separately', () => {
    const steps = [40, 50, 60, ...Array(13).fill(0).map((_, i) => 10 + i)];
    const { rows } = stepSpread([{ size: 10, target: 'svg', interaction: { zoomSteps: steps, zoomP95Ms: 1, panP95Ms: 1 } }], { sizes: [10], targets: ['svg'], labels });
    // (40 + 50 + 60) / 3 and (10 + … + 22) / 13.
    assert.equal(rows[0][4], '50.0 ms');
    assert.equal(rows[0][5], '16.0 ms');
  });

  it('shows one run without a range, and whole milliseconds from 100 ms', () => {
    const { rows } = stepSpread([run(100, 'vis-timeline', 1798.4, 1247.2, 968, 576)], { sizes: [100], targets: ['vis-timeline'], labels });
    assert.deepEqual(rows, [['100', 'vis-timeline', '1,798 ms', '1,247 ms', '968 ms', '576 ms']]);
  });

  it('leaves out runs whose interactions were not measured, and targets with none', () => {
    const runs: BenchRun[] = [
      run(1000, 'svg', 30, 20, 30, 20),
      { size: 1000, target: 'svg', interaction: null },
      { size: 1000, target: 'vis-timeline' },
      run(10000, 'svg', 40, 22, 40, 25),
    ];
    const { rows } = stepSpread(runs, { sizes: [1000, 10000], targets: ['svg', 'vis-timeline'], labels });
    assert.deepEqual(rows.map((row) => row.slice(0, 3)), [
      ['1,000', 'ours (svg)', '30.0 ms'],
      ['10,000', 'ours (svg)', '40.0 ms'],
    ]);
  });
});
