// The self-contained build (dist/cdn/) keeps vis-timeline (and moment) out of the default bundle, in a chunk of its own.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';

/** Strings found only in vis-timeline's code and stylesheet, not in our texts that name it. */
const VIS_TIMELINE = ['vis-item-content', 'vis-panel', 'vis-time-axis'];
/** Strings of moment's code. */
const MOMENT = ['Invalid date', 'moment'];

describe('the production build', () => {
  let main = '';
  /** The chunks this build's main file loads with import(); older chunks left in dist/cdn/chunks/ are not its own. */
  let chunks: { path: string; code: string }[] = [];

  before(() => {
    // npm test builds dist/ (the ES module, its lazy chunks, the classic script) before this runs.
    assert.ok(existsSync('dist/cdn/archive-timeline.js'), 'dist/ is missing: run npm run build');
    main = readFileSync('dist/cdn/archive-timeline.js', 'utf8');
    chunks = [...main.matchAll(/import\("\.\/(chunks\/[^"]+\.js)"\)/g)].map(([, path]) => ({
      path,
      code: readFileSync(`dist/cdn/${path}`, 'utf8'),
    }));
  });

  it('leaves vis-timeline out of the default bundle', () => {
    for (const text of VIS_TIMELINE) assert.ok(!main.includes(text), `dist/cdn/archive-timeline.js contains "${text}"`);
  });

  it('leaves moment out of the default bundle', () => {
    for (const text of MOMENT) assert.ok(!main.includes(text), `dist/cdn/archive-timeline.js contains "${text}"`);
  });

  it('loads vis-timeline, with moment, from a chunk under dist/cdn/chunks/', () => {
    const vis = chunks.filter(({ code }) => VIS_TIMELINE.every((text) => code.includes(text)));
    assert.equal(vis.length, 1, `chunks: ${chunks.map(({ path }) => path).join(', ')}`);
    for (const text of MOMENT) assert.ok(vis[0].code.includes(text), `${vis[0].path} lacks "${text}"`);
    assert.ok(vis[0].code.includes('archive-vis-view'), `${vis[0].path} does not define <archive-vis-view>`);
  });

  it('leaves out d3-color and d3-time-format, and all of d3-interpolate but numbers, which scaleUtc would bring for colour ranges and tick formats the timeline never uses', () => {
    const classic = readFileSync('dist/cdn/archive-timeline.iife.js', 'utf8');
    for (const [name, code] of [['dist/cdn/archive-timeline.js', main], ['the classic script', classic]]) {
      // d3-color's table of CSS colour names; d3-interpolate's string interpolator; d3-time-format's English locale.
      assert.ok(!code.includes('aliceblue'), `${name} contains d3-color`);
      assert.ok(!code.includes('[-+]?(?:\\d+\\.?\\d*|\\.?\\d+)'), `${name} contains d3-interpolate's string interpolator`);
      assert.ok(code.includes('built with d3-interpolate for numbers only'), `${name} lacks the numbers-only d3-interpolate`);
      assert.ok(!code.includes('Wednesday'), `${name} contains d3-time-format`);
      assert.ok(code.includes('built without d3-time-format'), `${name} lacks the stand-in for d3-time-format`);
    }
  });

  it("leaves out d3-time's local days, weeks, months and ticker, which its module makes at load but the timeline's UTC scale never calls", () => {
    const classic = readFileSync('dist/cdn/archive-timeline.iife.js', 'utf8');
    for (const [name, code] of [['dist/cdn/archive-timeline.js', main], ['the classic script', classic]]) {
      // timeDay and the local weeks read the zone's offset, timeDay and timeMonth step local dates; the UTC intervals do neither.
      // (timeYear stays: its module sets timeYear.every after making it, a statement rollup keeps.)
      assert.ok(!code.includes('getTimezoneOffset'), `${name} contains d3-time's local days or weeks`);
      assert.ok(!code.includes('.setDate('), `${name} contains d3-time's local days or months`);
      assert.ok(code.includes('.setUTCDate('), `${name} lacks d3-time's UTC days`);
    }
  });

  it("keeps the English texts only the source panel, the problems alert and the list show out of the first paint, in a chunk they load", () => {
    // One text of each: the panel's close button, the alert's count, the list's name.
    const later = ['Close the source panel', 'problems were found in the data', 'Events in time order'];
    for (const text of later) assert.ok(!main.includes(text), `dist/cdn/archive-timeline.js contains "${text}"`);
    const files = readdirSync('dist/cdn/chunks').filter((name) => name.endsWith('.js')).map((name) => readFileSync(`dist/cdn/chunks/${name}`, 'utf8'));
    for (const text of later) assert.ok(files.some((code) => code.includes(text)), `no chunk holds "${text}"`);
  });

  it('keeps the classic script free of vis-timeline too', () => {
    const classic = readFileSync('dist/cdn/archive-timeline.iife.js', 'utf8');
    for (const text of [...VIS_TIMELINE, ...MOMENT]) assert.ok(!classic.includes(text), `the classic script contains "${text}"`);
  });
});

/** Lit's version markers: each copy of lit-html, ReactiveElement and LitElement pushes its version onto one of these. */
const LIT = ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions'];
/** Strings of vis-timeline's code (its stylesheet, inlined in the vis renderer, names its classes too). */
const VIS_TIMELINE_CODE = ['No container provided', 'Property "uiItems" missing in item '];

/** Bare specifiers (`lit`, `d3-scale`) a module imports. */
const packagesImported = (code: string) =>
  [...code.matchAll(/\b(?:import|from)\s*\(?\s*"([^"./][^"]*)"/g)].map(([, specifier]) => specifier);

/** A module of the npm build with every file of ours it imports, statically or with import(). */
function withImports(file: string, found = new Map<string, string>()): Map<string, string> {
  if (found.has(file)) return found;
  const code = readFileSync(file, 'utf8');
  found.set(file, code);
  for (const [, relative] of code.matchAll(/\b(?:import|from)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) withImports(path.join(path.dirname(file), relative), found);
  return found;
}

describe('the npm entry (the package\'s "." export)', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const installed = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  let element = new Map<string, string>();
  let vis = new Map<string, string>();

  before(() => {
    assert.ok(existsSync('dist/archive-timeline.js') && existsSync('dist/vis.js'), 'dist/ is missing: run npm run build');
    element = withImports('dist/archive-timeline.js');
    vis = withImports('dist/vis.js');
  });

  it('imports lit, @lit/task and the d3 modules for the app\'s bundler to share, and holds no copy of them', () => {
    const imported = new Set([...element.values()].flatMap(packagesImported));
    for (const name of ['lit', '@lit/task', 'd3-scale', 'd3-time']) assert.ok(imported.has(name), `the element does not import ${name}: ${[...imported].join(', ')}`);
    for (const [file, code] of element) for (const marker of LIT) assert.ok(!code.includes(marker), `${file} holds a copy of Lit (${marker})`);
  });

  it('imports nothing but what package.json names as dependencies and peer dependencies', () => {
    for (const [file, code] of [...element, ...vis]) {
      const strays = packagesImported(code).filter((specifier) => !installed.some((name) => specifier === name || specifier.startsWith(`${name}/`)));
      assert.deepEqual(strays, [], `${file} imports packages the app would not install`);
    }
  });

  it('leaves vis-timeline out of what the element loads, even on first use: the vis renderer is archive-timeline/vis', () => {
    for (const [file, code] of element) {
      assert.ok(!packagesImported(code).some((name) => /^(vis-timeline|vis-data|moment)(\/|$)/.test(name)), `${file} imports vis-timeline, vis-data or moment`);
      for (const text of [...VIS_TIMELINE_CODE, '.vis-panel']) assert.ok(!code.includes(text), `${file} holds vis-timeline or its renderer ("${text}")`);
    }
    assert.equal(pkg.exports['./vis'].default, './dist/vis.js');
  });

  it('has archive-timeline/vis import vis-timeline/peer, vis-data/peer and moment, the optional peer dependencies, without a copy of them', () => {
    const imported = new Set([...vis.values()].flatMap(packagesImported));
    for (const name of ['vis-timeline/peer', 'vis-data/peer', 'moment']) assert.ok(imported.has(name), `archive-timeline/vis does not import ${name}`);
    for (const name of ['vis-timeline', 'vis-data', 'moment']) {
      assert.ok(pkg.peerDependencies[name], `${name} is no peer dependency`);
      assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, `${name} is no optional peer dependency`);
      assert.ok(!pkg.dependencies[name], `${name} is a dependency: every app would install it`);
    }
    const code = [...vis.values()].join('\n');
    for (const text of [...VIS_TIMELINE_CODE, ...MOMENT.slice(0, 1)]) assert.ok(!code.includes(text), `archive-timeline/vis holds "${text}"`);
    assert.ok(code.includes('archive-vis-view'), 'archive-timeline/vis does not define <archive-vis-view>');
    // vis-timeline's stylesheet is inlined: a bundler cannot import a stylesheet as text.
    assert.ok(code.includes('.vis-panel'), 'archive-timeline/vis lacks vis-timeline\'s stylesheet');
  });
});
