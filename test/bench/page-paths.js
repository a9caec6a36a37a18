/* global window, document, performance, requestAnimationFrame, customElements, URLSearchParams, fetch */
/**
 * The in-page half of the page paths (test/bench/run.mjs, pagePath): how a page meets the first frame,
 * beside the bench's own path (data set on an element already in the page, harness.js). One path a page:
 *   created  the element created with its data and appended (vis-timeline: new vis.Timeline(container, items, groups)):
 *            the bundle (or vis-timeline's script) and the data are ready first, untimed, as in harness.js;
 *            timed from creating it to its first complete frame.
 *   src      <archive-timeline src="…"> written in the page's HTML, the data served by the bench's server
 *            (vis-timeline: its script in the page, the same events fetched as vis items): timed from
 *            navigation start (performance.now() is counted from it) to the first complete frame.
 * A first complete frame: every mark in view drawn (ours: timeline-load fired and the element and its view
 * have no update pending; vis: items drawn and no "changed" for two frames), then two frames.
 * The result is `window.pageDone`, a promise of { ms, drawn }.
 */
// Imported without holding this module up: a module's static imports are fetched one after the other
// and the bundle's module, which runs after this one, would wait for them (about 25 ms of the src path).
const helpers = import('./page-helpers.js');
const datasets = import('./data.js');

const params = new URLSearchParams(document.querySelector('meta[name="bench"]').content);
const PATH = params.get('path');
const TARGET = params.get('target');
const SIZE = Number(params.get('size'));
const SEED = Number(params.get('seed'));
const BUNDLE = '/dist/cdn/archive-timeline.js';
const VIS_UMD = '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const visOptions = ([start, end]) => ({ start, end, zoomKey: 'ctrlKey', maxHeight: 600 });

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));



/** Until the element and its view have no update pending, as harness.js settles it. */
async function settled(element) {
  for (let i = 0; i < 50; i++) {
    await element.updateComplete;
    const view = element.shadowRoot?.querySelector('archive-timeline-view');
    if (view) await view.updateComplete;
    if (!element.isUpdatePending && !view?.isUpdatePending) return;
  }
}

/**
 * The first complete frame of ours: loaded (timeline-load), settled, then two frames. `phases` says when
 * (ms on the same clock as `ms`) each step was reached: the load event, settled, the first frame.
 */
async function oursDrawn(loaded, element) {
  await loaded;
  const load = performance.now();
  await settled(element);
  const settledAt = performance.now();
  await nextFrame();
  const frame = performance.now();
  await nextFrame();
  const ms = performance.now();
  const { deepCount } = await helpers;
  return { ms, drawn: deepCount(element.shadowRoot, '[part~="event"]'), phases: { load, settled: settledAt, frame } };
}

/** vis-timeline's first complete frame: items drawn, no "changed" for two frames, then two frames. */
async function visDrawn(timeline, container) {
  let changes = 0;
  timeline.on('changed', () => changes++);
  while (!container.querySelector('.vis-item')) await nextFrame();
  for (let i = 0; i < 50; i++) {
    const before = changes;
    await nextFrame();
    await nextFrame();
    if (changes === before) break;
  }
  await nextFrame();
  await nextFrame();
  return { ms: performance.now(), drawn: container.querySelectorAll('.vis-item').length };
}

const loadedEvent = () => new Promise((resolve) => document.addEventListener('timeline-load', resolve, { capture: true, once: true }));

async function created() {
  if (TARGET === 'vis-timeline') {
    const [{ loadScript }, { EXTENT, visData }] = await Promise.all([helpers, datasets]);
    await loadScript(VIS_UMD);
    const { items, groups } = visData(SIZE, SEED);
    const start = performance.now();
    const container = document.createElement('div');
    document.getElementById('stage').append(container);
    const timeline = new window.vis.Timeline(container, items, groups, visOptions(EXTENT));
    const done = await visDrawn(timeline, container);
    return { ...done, ms: done.ms - start };
  }
  const { archiveDataset } = await datasets;
  await import(BUNDLE);
  const data = archiveDataset(SIZE, SEED);
  const start = performance.now();
  const element = document.createElement('archive-timeline');
  const loaded = loadedEvent();
  element.events = data;
  document.getElementById('stage').append(element);
  const appended = performance.now();
  const done = await oursDrawn(loaded, element);
  const since = (at) => at - start;
  return { ...done, ms: since(done.ms), phases: { appended: since(appended), ...Object.fromEntries(Object.entries(done.phases).map(([key, at]) => [key, since(at)])) } };
}

async function fromSrc() {
  if (TARGET === 'vis-timeline') {
    // vis-timeline's script is in the page's head (a classic script): fetch the same events, then draw them.
    const { items, groups } = await (await fetch(params.get('src'))).json();
    const { EXTENT } = await datasets;
    const container = document.getElementById('stage');
    return visDrawn(new window.vis.Timeline(container, items, groups, visOptions(EXTENT)), container);
  }
  // This module runs before the bundle's (module scripts run in order): timeline-load cannot be missed.
  const loaded = loadedEvent();
  await customElements.whenDefined('archive-timeline');
  const defined = performance.now();
  const done = await oursDrawn(loaded, document.querySelector('archive-timeline'));
  const fetched = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/bench/data/'));
  return { ...done, phases: { defined, dataFetched: fetched?.responseEnd, ...done.phases } };
}

window.pageDone = (PATH === 'src' ? fromSrc() : created()).catch((error) => ({ error: String(error?.message ?? error) }));
