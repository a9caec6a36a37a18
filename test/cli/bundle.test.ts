// The production build keeps vis-timeline (and moment) out of the default bundle, in a chunk of its own.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';

/** Strings found only in vis-timeline's code and stylesheet, not in our texts that name it. */
const VIS_TIMELINE = ['vis-item-content', 'vis-panel', 'vis-time-axis'];
/** Strings of moment's code. */
const MOMENT = ['Invalid date', 'moment'];

describe('the production build', () => {
  let main = '';
  /** The chunks this build's main file loads with import(); older chunks left in dist/chunks/ are not its own. */
  let chunks: { path: string; code: string }[] = [];

  before(() => {
    // npm test builds dist/ (the ES module, its lazy chunks, the classic script) before this runs.
    assert.ok(existsSync('dist/archive-timeline.js'), 'dist/ is missing: run npm run build');
    main = readFileSync('dist/archive-timeline.js', 'utf8');
    chunks = [...main.matchAll(/import\("\.\/(chunks\/[^"]+\.js)"\)/g)].map(([, path]) => ({
      path,
      code: readFileSync(`dist/${path}`, 'utf8'),
    }));
  });

  it('leaves vis-timeline out of the default bundle', () => {
    for (const text of VIS_TIMELINE) assert.ok(!main.includes(text), `dist/archive-timeline.js contains "${text}"`);
  });

  it('leaves moment out of the default bundle', () => {
    for (const text of MOMENT) assert.ok(!main.includes(text), `dist/archive-timeline.js contains "${text}"`);
  });

  it('loads vis-timeline, with moment, from a chunk under dist/chunks/', () => {
    const vis = chunks.filter(({ code }) => VIS_TIMELINE.every((text) => code.includes(text)));
    assert.equal(vis.length, 1, `chunks: ${chunks.map(({ path }) => path).join(', ')}`);
    for (const text of MOMENT) assert.ok(vis[0].code.includes(text), `${vis[0].path} lacks "${text}"`);
    assert.ok(vis[0].code.includes('archive-vis-view'), `${vis[0].path} does not define <archive-vis-view>`);
  });

  it('leaves out d3-color and d3-time-format, and all of d3-interpolate but numbers, which scaleUtc would bring for colour ranges and tick formats the timeline never uses', () => {
    const classic = readFileSync('dist/archive-timeline.iife.js', 'utf8');
    for (const [name, code] of [['dist/archive-timeline.js', main], ['the classic script', classic]]) {
      // d3-color's table of CSS colour names; d3-interpolate's string interpolator; d3-time-format's English locale.
      assert.ok(!code.includes('aliceblue'), `${name} contains d3-color`);
      assert.ok(!code.includes('[-+]?(?:\\d+\\.?\\d*|\\.?\\d+)'), `${name} contains d3-interpolate's string interpolator`);
      assert.ok(code.includes('built with d3-interpolate for numbers only'), `${name} lacks the numbers-only d3-interpolate`);
      assert.ok(!code.includes('Wednesday'), `${name} contains d3-time-format`);
      assert.ok(code.includes('built without d3-time-format'), `${name} lacks the stand-in for d3-time-format`);
    }
  });

  it("leaves out d3-time's local days, weeks, months and ticker, which its module makes at load but the timeline's UTC scale never calls", () => {
    const classic = readFileSync('dist/archive-timeline.iife.js', 'utf8');
    for (const [name, code] of [['dist/archive-timeline.js', main], ['the classic script', classic]]) {
      // timeDay and the local weeks read the zone's offset, timeDay and timeMonth step local dates; the UTC intervals do neither.
      // (timeYear stays: its module sets timeYear.every after making it, a statement rollup keeps.)
      assert.ok(!code.includes('getTimezoneOffset'), `${name} contains d3-time's local days or weeks`);
      assert.ok(!code.includes('.setDate('), `${name} contains d3-time's local days or months`);
      assert.ok(code.includes('.setUTCDate('), `${name} lacks d3-time's UTC days`);
    }
  });

  it('keeps the classic script free of vis-timeline too', () => {
    const classic = readFileSync('dist/archive-timeline.iife.js', 'utf8');
    for (const text of [...VIS_TIMELINE, ...MOMENT]) assert.ok(!classic.includes(text), `the classic script contains "${text}"`);
  });
});
