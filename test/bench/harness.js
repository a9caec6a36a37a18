/* global window, document, performance, URL, Blob, requestAnimationFrame, MessageChannel, PerformanceObserver, WheelEvent, MouseEvent, PointerEvent, customElements, setTimeout */
/**
 * The in-page half of the benchmark (test/bench/run.mjs drives it): one target per page.
 *   svg          <archive-timeline> (default renderer) from dist/cdn/archive-timeline.js
 *   vis-renderer <archive-timeline renderer="vis">
 *   vis-timeline plain vis-timeline (standalone UMD build, which bundles vis-data, moment and its CSS)
 * Each phase is a separate call so the runner can bound it and keep what finished.
 */
import { deepCount, loadScript } from './page-helpers.js';
import { archiveDataset, EXTENT, templateCsv, visData } from './data.js';

const VIS_UMD = '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const BUNDLE = '/dist/cdn/archive-timeline.js';
/** Each zoom step scales the view by this factor (in, then out), whatever the target's wheel mapping. */
const ZOOM_FACTOR = 1.6;
const ZOOM_STEPS = 8;
const PAN_MOVES = 10;
const PAN_DX = -30;
/** How long the vis renderer may take to appear before it counts as not available. */
const RENDERER_WAIT = 15_000;

const now = () => performance.now();
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The next frame, then a task queued from its rAF callback: it runs once that frame's rendering is done. */
function frameRendered() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(undefined);
      };
      channel.port2.postMessage(0);
    });
  });
}

/** Every element in the document, including those inside (open) shadow roots. */
function countElements(root = document) {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

/** The first match of `selector` in `root` or any shadow root below it. */
function deepQuery(root, selector) {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    const inside = deepQuery(element.shadowRoot, selector);
    if (inside) return inside;
  }
  return null;
}

/** A host's shadow root and light DOM, searched alike. */
function within(host, selector, search) {
  return host.shadowRoot ? search(host.shadowRoot, selector) || search(host, selector) : search(host, selector);
}



function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

const mean = (values) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null);

/** Time from an action to the end of the next rendered frame. */
async function step(action) {
  const start = now();
  action();
  await frameRendered();
  return now() - start;
}

async function heapAfterGc() {
  if (typeof window.gc !== 'function' || !performance.memory) return null;
  window.gc();
  await sleep(0);
  window.gc();
  return performance.memory.usedJSHeapSize;
}

/** <archive-timeline>, with the default renderer or renderer="vis". */
function ourTarget(renderer) {
  let element;
  const view = () => element.shadowRoot?.querySelector('archive-timeline-view, archive-vis-view') ?? null;

  async function settle() {
    for (let i = 0; i < 50; i++) {
      await element.updateComplete;
      const current = view();
      if (current?.updateComplete) await current.updateComplete;
      if (!element.isUpdatePending && !current?.isUpdatePending) break;
    }
    // After a wheel gesture the marks' elements are brought up to date once it pauses (150 ms).
    await view()?.settled;
  }

  return {
    async setup() {
      await import(BUNDLE);
      element = document.createElement('archive-timeline');
      if (renderer === 'vis') element.setAttribute('renderer', 'vis');
      document.getElementById('stage').append(element);
      await settle();
      if (renderer === 'vis') {
        const until = now() + RENDERER_WAIT;
        while (!view() && now() < until) {
          if (element.shadowRoot.querySelector('[role="alert"]')) break;
          await sleep(50);
          await settle();
        }
        if (!view()) {
          const alert = element.shadowRoot.querySelector('[role="alert"]');
          const status = element.shadowRoot.querySelector('.status');
          const what = alert ? `the element shows an alert: "${alert.textContent.trim()}"` : `the element still shows "${status?.textContent.trim() ?? '?'}"`;
          return { available: false, reason: `renderer="vis" is not available (${what}; archive-vis-view defined: ${Boolean(customElements.get('archive-vis-view'))})` };
        }
      }
      await nextFrame();
      await nextFrame();
      return { available: true };
    },
    async setData(data) {
      const loaded = new Promise((resolve) => element.addEventListener('timeline-load', resolve, { once: true }));
      element.events = data;
      await loaded;
      await settle();
      if (renderer === 'vis') {
        // The vis renderer draws vis items, in its shadow root or its own light DOM.
        while (!within(view(), '.vis-item, [part~="event"]', deepCount)) {
          await nextFrame();
          await settle();
        }
      }
    },
    async settle() {
      await settle();
    },
    surface() {
      return renderer === 'vis'
        ? within(view(), '.vis-panel.vis-center', deepQuery) ?? within(view(), '.vis-timeline', deepQuery) ?? view()
        : view().shadowRoot.querySelector('svg.canvas');
    },
    /** deltaY of one Ctrl+wheel step that zooms by ZOOM_FACTOR (ours, as d3-zoom: 2^(-deltaY × 0.002 × 10) with Ctrl). */
    wheelDelta(direction) {
      return renderer === 'vis' ? visWheelDelta(direction) : (-direction * Math.log2(ZOOM_FACTOR)) / 0.02;
    },
    window() {
      const [from, to] = view().visibleRange();
      return [from.getTime(), to.getTime()];
    },
    drawn() {
      const root = view().shadowRoot ?? view();
      return {
        events: deepCount(root, '[part~="event"]'),
        clusters: deepCount(root, '[part~="cluster"]'),
        labels: deepCount(root, '[part~="label"]'),
        visItems: deepCount(root, '.vis-item'),
      };
    },
  };
}

/**
 * vis-timeline's wheel zoom: delta = wheelDelta / 120 (Chromium derives wheelDelta from deltaY on a synthetic
 * WheelEvent), scale 1 / (1 + delta / 5) or 1 - delta / 5 (zoomFriction 5): |deltaY| 360 is ×1.6. The
 * direction was checked against the window vis reports (zoomInFactor in the results).
 */
function visWheelDelta(direction) {
  return direction * (ZOOM_FACTOR - 1) * 5 * 120;
}

/** Plain vis-timeline with the same items, grouped by kind. */
function visTarget() {
  let timeline;
  let container;
  let changes = 0;

  async function quiet() {
    for (let i = 0; i < 50; i++) {
      const before = changes;
      await nextFrame();
      await nextFrame();
      if (changes === before) return;
    }
  }

  return {
    async setup() {
      await loadScript(VIS_UMD);
      container = document.createElement('div');
      document.getElementById('stage').append(container);
      const vis = window.vis;
      timeline = new vis.Timeline(container, [], {
        start: EXTENT[0],
        end: EXTENT[1],
        // Like our element inside an article: Ctrl + wheel zooms, a plain wheel scrolls the page.
        zoomKey: 'ctrlKey',
        maxHeight: 600,
      });
      timeline.on('changed', () => changes++);
      await quiet();
      return { available: true };
    },
    async setData(data) {
      const before = changes;
      timeline.setData(data);
      while (changes === before) await nextFrame();
      await quiet();
    },
    async settle() {
      await quiet();
    },
    surface() {
      return container.querySelector('.vis-panel.vis-center');
    },
    wheelDelta: visWheelDelta,
    window() {
      const { start, end } = timeline.getWindow();
      return [start.getTime(), end.getTime()];
    },
    drawn() {
      return { visItems: container.querySelectorAll('.vis-item').length };
    },
  };
}

const TARGETS = { svg: () => ourTarget('svg'), 'vis-renderer': () => ourTarget('vis'), 'vis-timeline': visTarget };

let target;
let data;
let size = 0;
let afterFirstRender;
let longTasksAfter = [];

function center(surface) {
  const rect = surface.getBoundingClientRect();
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, window.innerHeight);
  return { x: rect.left + rect.width / 2, y: (top + Math.max(top, bottom)) / 2 };
}

function wheel(surface, point, deltaY) {
  surface.dispatchEvent(new WheelEvent('wheel', {
    bubbles: true, cancelable: true, composed: true, view: window,
    clientX: point.x, clientY: point.y, deltaY, deltaMode: 0, ctrlKey: true,
  }));
}

/** What a browser sends for a mouse: a pointer event, then the mouse event. */
function pointer(surface, type, point, buttons) {
  const common = { bubbles: true, cancelable: true, composed: true, view: window, clientX: point.x, clientY: point.y, button: 0, buttons };
  const pointerType = { mousedown: 'pointerdown', mousemove: 'pointermove', mouseup: 'pointerup' }[type];
  surface.dispatchEvent(new PointerEvent(pointerType, { ...common, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  surface.dispatchEvent(new MouseEvent(type, common));
}

window.bench = {
  /** Loads the target's code, creates it empty, and builds the dataset (none of this is timed). */
  async setup(name, count, seed) {
    size = count;
    target = TARGETS[name]();
    const result = await target.setup();
    data = name === 'vis-timeline' ? visData(count, seed) : archiveDataset(count, seed);
    await sleep(0);
    result.heapBeforeData = await heapAfterGc();
    result.domNodesEmpty = countElements();
    return result;
  },

  /** From setting the data to the first complete frame (the target settled, then two rAFs). */
  async firstRender() {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const start = now();
    await target.setData(data);
    await nextFrame();
    await nextFrame();
    const ms = now() - start;
    longTasks.push(...observer.takeRecords());
    observer.disconnect();
    afterFirstRender = new PerformanceObserver((list) => longTasksAfter.push(...list.getEntries()));
    afterFirstRender.observe({ type: 'longtask' });
    return {
      ms,
      longestTaskMs: Math.max(0, ...longTasks.map((entry) => entry.duration)),
      domNodes: countElements(),
      drawn: target.drawn(),
      window: target.window(),
    };
  },

  /** Ctrl+wheel at the centre: 8 steps in, 8 out; then a drag-pan: mousedown, 10 moves, mouseup. */
  async interact() {
    const surface = target.surface();
    if (!surface) throw new Error('no zoomable surface found');
    const point = center(surface);
    // What a frame costs with nothing to do (the floor of every step).
    const idle = [];
    for (let i = 0; i < 5; i++) idle.push(await step(() => {}));

    const before = target.window();
    const zoomIn = [];
    const zoomOut = [];
    for (let i = 0; i < ZOOM_STEPS; i++) zoomIn.push(await step(() => wheel(surface, point, target.wheelDelta(1))));
    await target.settle();
    // Drawn, too: the first step out must not pay for laying out what settling wrote.
    await frameRendered();
    const zoomedIn = target.window();
    const domNodesZoomedIn = countElements();
    const drawnZoomedIn = target.drawn();
    for (let i = 0; i < ZOOM_STEPS; i++) zoomOut.push(await step(() => wheel(surface, point, target.wheelDelta(-1))));
    await target.settle();
    // Let any wheel gesture end (d3-zoom, which ours once was, ended one 150 ms after the last event).
    await sleep(200);
    const zoomedOut = target.window();

    const pan = [];
    pointer(surface, 'mousedown', point, 1);
    let at = { ...point };
    for (let i = 0; i < PAN_MOVES; i++) {
      at = { x: at.x + PAN_DX, y: at.y };
      const where = at;
      pan.push(await step(() => pointer(surface, 'mousemove', where, 1)));
    }
    const panUp = await step(() => pointer(surface, 'mouseup', at, 0));
    await target.settle();
    const panned = target.window();

    const zoom = [...zoomIn, ...zoomOut];
    const span = ([from, to]) => to - from;
    return {
      idleFrameMs: percentile(idle, 0.5),
      zoomSteps: zoom,
      zoomMeanMs: mean(zoom),
      zoomP95Ms: percentile(zoom, 0.95),
      panSteps: pan,
      panMeanMs: mean(pan),
      panP95Ms: percentile(pan, 0.95),
      panUpMs: panUp,
      // Checks that the gestures did what they should: about 1.6^8 ≈ 43 in, back out, and a pan.
      zoomInFactor: span(before) / span(zoomedIn),
      zoomOutFactor: span(zoomedOut) / span(zoomedIn),
      panShiftDays: (panned[0] - zoomedOut[0]) / 86_400_000,
      domNodesZoomedIn,
      drawnZoomedIn,
    };
  },

  /** Long tasks since the first render, then the heap after a forced GC, and the DOM size. */
  async finish() {
    if (afterFirstRender) {
      longTasksAfter.push(...afterFirstRender.takeRecords());
      afterFirstRender.disconnect();
    }
    const long = longTasksAfter.map((entry) => entry.duration);
    longTasksAfter = [];
    return {
      longTasksOver200: long.filter((duration) => duration > 200).length,
      longestTaskAfterMs: Math.max(0, ...long),
      heapBytes: await heapAfterGc(),
      domNodes: countElements(),
      size,
    };
  },
};

/**
 * The list view of `count` events, each with a picture of its own address (they need not exist: a
 * request counts whether it finds one or not): how many pictures the page asked for once the list has
 * drawn and its lazy pictures near the visible rows have been requested. Run on a page of its own.
 */
window.benchThumbnails = async (count) => {
  await import(BUNDLE);
  const element = document.createElement('archive-timeline');
  element.setAttribute('view', 'list');
  const data = archiveDataset(count, 1);
  for (const event of data.events) event.media = [{ url: `/test/bench/thumbnails/${event.id}.png`, alt: event.title }];
  const loaded = new Promise((resolve) => element.addEventListener('timeline-load', resolve, { once: true }));
  element.events = data;
  document.getElementById('stage').append(element);
  await loaded;
  for (let i = 0; i < 20; i++) {
    await element.updateComplete;
    await frameRendered();
  }
  await sleep(1000);
  const requested = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/test/bench/thumbnails/')).length;
  const rows = deepCount(document, 'li');
  return { count, requested, rows };
};
window.benchReady = true;

/**
 * A spreadsheet of `count` rows (TimelineJS's template, CSV) given to <archive-timeline> by `src`: from
 * setting src to the first complete frame (timeline-load, the element settled, then two rAFs). The CSV
 * is a blob: address with format="csv", so the time is the element's (the chunk with the parser,
 * parsing, converting, checking, drawing), not the network's.
 */
window.benchSpreadsheet = async (count, seed) => {
  await import(BUNDLE);
  const address = URL.createObjectURL(new Blob([templateCsv(count, seed)], { type: 'text/csv' }));
  const element = document.createElement('archive-timeline');
  element.setAttribute('format', 'csv');
  document.getElementById('stage').append(element);
  await element.updateComplete;
  await nextFrame();
  const start = now();
  const loaded = new Promise((resolve) => element.addEventListener('timeline-load', (event) => resolve(event.detail.count), { once: true }));
  element.src = address;
  const events = await loaded;
  for (let i = 0; i < 50 && element.isUpdatePending; i++) await element.updateComplete;
  await element.shadowRoot.querySelector('archive-timeline-view')?.updateComplete;
  await nextFrame();
  await nextFrame();
  return { ms: now() - start, events, problems: element.shadowRoot.querySelectorAll('[role="alert"] li').length };
};
