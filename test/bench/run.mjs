/* global process, console, URL, setTimeout, clearTimeout */
/**
 * `npm run bench`: our default renderer, our renderer="vis" and plain vis-timeline, side by side in one
 * headless Chromium run, on the same synthetic datasets (test/bench/data.js).
 *
 *   node test/bench/run.mjs [--sizes 100,1000,10000,100000] [--runs 3] [--bound 60]
 *                           [--targets svg,vis-renderer,vis-timeline] [--out bench-results/latest.json]
 *                           [--seed 1945] [--no-build]
 *   node test/bench/run.mjs --from bench-results/latest.json [--out …]   (re-print and re-write a saved run)
 *
 * Targets run interleaved (svg, vis-renderer, vis-timeline, svg, …), each run in a fresh browser context.
 * A target that exceeds --bound seconds in a phase is reported as "over N s"; its page is closed, its
 * remaining runs at that size and its larger sizes are not tried. See test/bench/harness.js for what is timed.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { archiveDataset, visData } from './data.js';
import { formatNumber, median } from './figures.mjs';
import { stepSpread } from './step-spread.mjs';
import { writeBenchTable } from './docs-table.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ALL_TARGETS = ['svg', 'vis-renderer', 'vis-timeline'];
const LABELS = { svg: 'ours (svg)', 'vis-renderer': 'ours (renderer="vis")', 'vis-timeline': 'vis-timeline' };
const BASELINE = 'vis-timeline';
const VIEWPORT = { width: 1200, height: 600 };

function parseArgs(argv) {
  const options = {
    sizes: [100, 1000, 10000, 100000],
    runs: 3,
    bound: 60,
    targets: ALL_TARGETS,
    out: 'bench-results/latest.json',
    seed: 1945,
    build: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--sizes': options.sizes = value().split(',').map((size) => Number(size.replace(/_/g, ''))); break;
      case '--runs': options.runs = Number(value()); break;
      case '--bound': options.bound = Number(value()); break;
      case '--targets': options.targets = value().split(','); break;
      case '--out': options.out = value(); break;
      case '--seed': options.seed = Number(value()); break;
      case '--no-build': options.build = false; break;
      case '--from': options.from = value(); break;
      case '--help':
        console.log('node test/bench/run.mjs [--sizes 100,1000,10000,100000] [--runs 3] [--bound 60] [--targets svg,vis-renderer,vis-timeline] [--out bench-results/latest.json] [--seed 1945] [--no-build] [--from saved.json: the tables again from a saved run]');
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${argv[i]} (try --help)`);
    }
  }
  if (!options.sizes.length || options.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes: positive integers, e.g. 100,1000');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs: a positive integer');
  if (!(options.bound > 0)) throw new Error('--bound: seconds, more than 0');
  for (const target of options.targets) if (!ALL_TARGETS.includes(target)) throw new Error(`--targets: one of ${ALL_TARGETS.join(', ')}`);
  options.targets = ALL_TARGETS.filter((target) => options.targets.includes(target));
  return options;
}

/** The newest modification time of the files under a folder. */
function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds dist/ with rollup when it is missing or older than src/; a failed build falls back to an existing dist. */
function ensureBuild(build) {
  const bundle = path.join(ROOT, 'dist/cdn/archive-timeline.js');
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newest(path.join(ROOT, 'src')), statSync(path.join(ROOT, 'rollup.config.mjs')).mtimeMs);
  if (!stale) return 'up to date';
  if (!build) {
    if (!existsSync(bundle)) throw new Error('dist/cdn/archive-timeline.js is missing (and --no-build was given): run npm run build');
    return 'stale (--no-build)';
  }
  console.log('dist/ is missing or older than src/: building with npx rollup -c …');
  const result = spawnSync('npx', ['rollup', '-c'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status === 0) return 'built';
  if (!existsSync(bundle)) throw new Error('the build failed and there is no dist/cdn/archive-timeline.js to measure');
  console.warn('The build failed: measuring the existing (older) dist/cdn/archive-timeline.js.');
  return 'build failed; measured the older dist';
}

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** A static server for the repository on 127.0.0.1 and a free port. */
async function serve() {
  const server = createServer((request, response) => {
    if (pagePathRoute(request, response)) return;
    const pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = path.join(ROOT, path.normalize(pathname));
    if (!file.startsWith(ROOT + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Headless Chromium (new headless, 156 here) also preloads, for every window, the omnibox popup's own web
 * pages (chrome://omnibox-popup.top-chrome). On two cores they took about 2 s of CPU during one run's
 * interactions, against every target: the two features are turned off so that only the page is measured.
 */
const BROWSER_UI_OFF = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--enable-precise-memory-info', '--js-flags=--expose-gc', BROWSER_UI_OFF, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`];

function launch(bound) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    defaultViewport: VIEWPORT,
    protocolTimeout: Math.max(180_000, bound * 3000),
  });
}

class OverBound extends Error {}

/** Resolves as `promise`, or rejects with OverBound after `seconds`. */
function bounded(promise, seconds) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new OverBound(`over ${seconds} s`)), seconds * 1000)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One target at one size in a fresh browser context; phases bounded; what finished is kept. */
async function runOnce(session, name, size, options) {
  const result = { target: name, size, status: 'ok', notes: [] };
  const context = await session.browser.createBrowserContext();
  let phase = 'load';
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => result.notes.length < 5 && result.notes.push(`page error: ${error.message.split('\n')[0]}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && result.notes.length < 5) result.notes.push(`console: ${message.text().slice(0, 200)}`);
    });
    await bounded((async () => {
      await page.goto(`${session.origin}/test/bench/page.html`, { waitUntil: 'load' });
      await page.waitForFunction('globalThis.benchReady === true');
    })(), options.bound);
    // Pages of the browser's own UI share the machine's cores with the page measured: say so when any run.
    const browserPages = session.browser.targets().map((target) => target.url()).filter((url) => url.startsWith('chrome://'));
    if (browserPages.length) result.notes.push(`browser UI pages running alongside: ${[...new Set(browserPages)].join(', ')}`);
    phase = 'setup';
    const setup = await bounded(page.evaluate((target, count, seed) => globalThis.bench.setup(target, count, seed), name, size, options.seed), options.bound);
    result.setup = setup;
    if (!setup.available) {
      result.status = 'n/a';
      result.notes.push(setup.reason);
      return result;
    }
    phase = 'first render';
    result.first = await bounded(page.evaluate(() => globalThis.bench.firstRender()), options.bound);
    phase = 'interaction';
    result.interaction = await bounded(page.evaluate(() => globalThis.bench.interact()), options.bound);
    phase = 'finish';
    result.finish = await bounded(page.evaluate(() => globalThis.bench.finish()), options.bound);
    // The page paths in pages of their own, with this one closed: nothing else runs beside them.
    await page.close();
    result.page = await pagePaths(session, name, size, options);
    for (const [which, path] of Object.entries(result.page ?? {})) if (!Number.isFinite(path.ms)) result.notes.push(`page path ${which}: ${path.over ? `over ${options.bound} s` : path.error}`);
  } catch (error) {
    if (error instanceof OverBound) {
      result.status = 'over';
      result.overPhase = phase;
    } else {
      result.status = 'error';
      result.errorPhase = phase;
      result.notes.push(`${phase}: ${error.message.split('\n')[0]}`);
    }
  } finally {
    await closeContext(session, context, options.bound);
  }
  return result;
}

/** Closes a context; when its page is stuck, restarts the browser (the one this script launched). */
async function closeContext(session, context, bound) {
  try {
    await bounded(context.close(), 15);
  } catch {
    console.warn('  (a page did not close: restarting the browser)');
    const child = session.browser.process();
    try {
      await bounded(session.browser.close(), 10);
    } catch {
      if (child?.pid) process.kill(child.pid, 'SIGKILL');
    }
    session.browser = await launch(bound);
  }
}

/**
 * The page paths (page-paths.js): pages and data the bench's server makes. `/bench/page/<path>-<target>-<size>-<seed>.html`
 * is a page of one path for one target; `/bench/data/<target>-<size>-<seed>.json` the dataset a `src` page loads
 * (vis items for vis-timeline). True when it answered.
 */
/** The datasets the page paths load, as JSON, by address. */
const servedData = new Map();

function pagePathRoute(request, response) {
  const { pathname } = new URL(request.url, 'http://localhost');
  const data = /^\/bench\/data\/(svg|vis-timeline)-(\d+)-(\d+)\.json$/.exec(pathname);
  if (data) {
    const [, target, size, seed] = data;
    // Made once, as a file on a server is: made again for each page, it put Node's work into the timed path.
    if (!servedData.has(pathname)) servedData.set(pathname, JSON.stringify(target === 'vis-timeline' ? visData(Number(size), Number(seed)) : archiveDataset(Number(size), Number(seed))));
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(servedData.get(pathname));
    return true;
  }
  const page = /^\/bench\/page\/(created|src)-(svg|vis-timeline)-(\d+)-(\d+)\.html$/.exec(pathname);
  if (!page) return false;
  const [, which, target, size, seed] = page;
  const src = `/bench/data/${target}-${size}-${seed}.json`;
  const ours = target === 'svg';
  // The src page is what a museum's page writes: the script in the head, the element with its src in the body.
  const head = which !== 'src' ? '' : ours ? '<script type="module" src="/dist/cdn/archive-timeline.js"></script>' : '<script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>';
  const body = which === 'src' && ours ? `<archive-timeline src="${src}"></archive-timeline>` : '';
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="bench" content="path=${which}&amp;target=${target}&amp;size=${size}&amp;seed=${seed}&amp;src=${encodeURIComponent(src)}">
  <link rel="icon" href="data:,">
  <title>archive-timeline benchmark: ${which}</title>
  <link rel="stylesheet" href="/test/bench/page-paths.css">
  <script type="module" src="/test/bench/page-paths.js"></script>
  ${head}
</head>
<body><div id="stage">${body}</div></body>
</html>
`;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  return true;
}

/**
 * One page path for one target at one size, in a fresh browser context: its first render in ms
 * (from creating the element, or from navigation start), or why there is none.
 */
async function pagePath(session, which, name, size, options) {
  const context = await session.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await bounded(page.goto(`${session.origin}/bench/page/${which}-${name}-${size}-${options.seed}.html`, { waitUntil: 'load' }), options.bound);
    return await bounded(page.evaluate(() => globalThis.pageDone), options.bound);
  } catch (error) {
    return error instanceof OverBound ? { over: true } : { error: error.message.split('\n')[0] };
  } finally {
    await closeContext(session, context, options.bound);
  }
}

/** Both page paths of ours and of plain vis-timeline (the vis renderer has its own bench rows): kept with the run. */
async function pagePaths(session, name, size, options) {
  if (name !== 'svg' && name !== 'vis-timeline') return undefined;
  return { created: await pagePath(session, 'created', name, size, options), src: await pagePath(session, 'src', name, size, options) };
}

/** The metrics of the table: how each is read from one run, its unit, and whether it needs the interactions. */
const METRICS = [
  { key: 'first', label: 'first render, data set on an element in the page', unit: 'ms', get: (run) => run.first?.ms, phase: 'first render' },
  { key: 'firstCreated', label: 'first render, element created with its data', unit: 'ms', get: (run) => run.page?.created?.ms, phase: 'finish' },
  { key: 'firstSrc', label: 'first render, src in the page (from navigation)', unit: 'ms', get: (run) => run.page?.src?.ms, phase: 'finish' },
  { key: 'zoomMean', label: 'zoom step, mean', unit: 'ms', get: (run) => run.interaction?.zoomMeanMs, phase: 'interaction' },
  { key: 'zoomP95', label: 'zoom step, p95', unit: 'ms', get: (run) => run.interaction?.zoomP95Ms, phase: 'interaction' },
  { key: 'panMean', label: 'pan step, mean', unit: 'ms', get: (run) => run.interaction?.panMeanMs, phase: 'interaction' },
  { key: 'panP95', label: 'pan step, p95', unit: 'ms', get: (run) => run.interaction?.panP95Ms, phase: 'interaction' },
  { key: 'idle', label: 'idle frame (the floor of a step)', unit: 'ms', get: (run) => run.interaction?.idleFrameMs, phase: 'interaction' },
  { key: 'heap', label: 'JS heap after GC', unit: 'MB', get: (run) => run.finish?.heapBytes / 1048576, phase: 'finish' },
  { key: 'dom', label: 'DOM elements, all in view', unit: '', get: (run) => run.first?.domNodes, phase: 'first render' },
  { key: 'domZoomed', label: 'DOM elements, zoomed in 43×', unit: '', get: (run) => run.interaction?.domNodesZoomedIn, phase: 'interaction' },
  { key: 'longTasks', label: 'long tasks > 200 ms after first render', unit: '', get: (run) => run.finish?.longTasksOver200, phase: 'finish' },
  { key: 'longest', label: 'longest task after first render', unit: 'ms', get: (run) => run.finish?.longestTaskAfterMs, phase: 'finish' },
];
const PHASES = ['load', 'setup', 'first render', 'interaction', 'finish'];

/** Per target and size: the median of each metric over the runs, or why there is none. */
function summarise(runs, bound) {
  if (!runs.length) return { status: 'not run' };
  if (runs.every((run) => run.status === 'n/a')) return { status: 'n/a', note: runs[0].notes[0] };
  if (runs.every((run) => run.status === 'skipped')) return { status: 'skipped', note: runs[0].note };
  const metrics = {};
  for (const metric of METRICS) {
    const done = runs.filter((run) => run.status !== 'skipped' && run.status !== 'n/a');
    // A run over the bound before this metric was measured counts as "over"; the median decides.
    const reached = (run) => run.status === 'ok' || (run.status === 'over' && PHASES.indexOf(run.overPhase) > PHASES.indexOf(metric.phase));
    const overHere = done.filter((run) => run.status === 'over' && run.overPhase === metric.phase).length;
    const overBefore = done.filter((run) => run.status === 'over' && PHASES.indexOf(run.overPhase) < PHASES.indexOf(metric.phase)).length;
    const values = done.filter(reached).map(metric.get).filter((value) => Number.isFinite(value));
    // Over the bound in an earlier phase: this metric was never reached.
    if (overBefore && overBefore >= values.length + overHere) metrics[metric.key] = { notReached: true };
    else if (overHere + overBefore && overHere + overBefore >= values.length) metrics[metric.key] = { over: bound };
    else if (values.length) metrics[metric.key] = { median: median(values), values };
    else metrics[metric.key] = { missing: true };
  }
  return { status: 'measured', metrics };
}

function formatRatio(value, base) {
  if (base === undefined || base === null) return '';
  if (base.notReached) return '';
  if (value.over !== undefined || base.over !== undefined) {
    if (value.median !== undefined && base.over !== undefined) return ` (< ${(value.median / (base.over * 1000)).toPrecision(2)}×)`;
    return '';
  }
  if (value.median === undefined || base.median === undefined || !base.median) return '';
  const ratio = value.median / base.median;
  return ` (${ratio >= 10 ? ratio.toFixed(0) : ratio.toPrecision(2)}×)`;
}

/** The table: one row per size and metric, one column per target, each figure with its ratio to vis-timeline. */
function table(summaries, options) {
  const header = ['events', 'metric', ...options.targets.map((target) => LABELS[target])];
  const rows = [];
  for (const size of options.sizes) {
    for (const metric of METRICS) {
      const row = [size.toLocaleString('en-US'), metric.label];
      for (const target of options.targets) {
        const summary = summaries[size][target];
        if (summary.status !== 'measured') {
          row.push(summary.status === 'skipped' ? `over ${options.bound} s (not tried)` : summary.status);
          continue;
        }
        const value = summary.metrics[metric.key];
        const base = target !== BASELINE && summaries[size][BASELINE]?.status === 'measured' ? summaries[size][BASELINE].metrics[metric.key] : null;
        const isTime = metric.unit === 'ms' && metric.key !== 'longest';
        if (value.over !== undefined) row.push(`over ${value.over} s`);
        else if (value.notReached) row.push('—');
        else if (value.missing) row.push('?');
        else if (metric.key === 'longest' && value.median === 0) row.push('< 50 ms');
        else {
          // "< x×" only where the bound itself limits vis-timeline's figure: the first render's time.
          const ratioBase = base?.over !== undefined && metric.key !== 'first' ? null : base;
          row.push(formatNumber(value.median, metric.unit) + (isTime || metric.key === 'heap' || metric.key.startsWith('dom') ? formatRatio(value, ratioBase) : ''));
        }
      }
      rows.push(row);
    }
  }
  return { header, rows };
}

function plainTable({ header, rows }) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  const out = [line(header), widths.map((width) => '-'.repeat(width)).join('  ')];
  let previous = '';
  for (const row of rows) {
    if (previous && row[0] !== previous) out.push('');
    previous = row[0];
    out.push(line(row));
  }
  return out.join('\n');
}

function markdownTable({ header, rows }) {
  const out = [`| ${header.join(' | ')} |`, `|${header.map((_, column) => (column < 2 ? '---' : '---:')).join('|')}|`];
  let previous = '';
  for (const row of rows) {
    out.push(`| ${row.map((cell, column) => (column === 0 && cell === previous ? '' : cell)).join(' | ')} |`);
    previous = row[0];
  }
  return out.join('\n');
}

const METHOD = {
  data: 'N events over 1945 from a seeded PRNG (mulberry32): start day uniform over the year, a fifth (every fifth) ranges of 1–30 days, five kinds, titles "Event i"; the same events as vis items (id, content, start, end, group = kind) with the kinds as groups.',
  pages: `Each run of each target in a fresh browser context (new renderer process); viewport 1200×600; targets interleaved run by run. Chromium runs with ${BROWSER_UI_OFF}: otherwise headless Chromium preloads the omnibox popup pages of every window, whose work competes with the page measured.`,
  visTimeline: 'Plain vis-timeline (its standalone build) is created empty with the year as its window, zoomKey "ctrlKey" and maxHeight 600, like a timeline placed in an article: it draws only the items within those 600 px. renderer="vis" has no maximum height and draws every item.',
  firstRender: 'From setting the data (el.events = …; timeline.setData({ groups, items }) on a timeline created empty) to: timeline-load fired and the element and its view have no update pending (ours), or vis "changed" fired and no further "changed" for two frames (vis); then two requestAnimationFrames.',
  pagePaths: 'Two more first renders, each in a page and a fresh browser context of its own, for ours (svg) and plain vis-timeline, after the run\'s other phases: "element created with its data" times from document.createElement to the first complete frame, the bundle (or vis-timeline\'s script) loaded and the data built before, untimed (vis-timeline: new vis.Timeline(container, items, groups, options)); "src in the page" is a page whose HTML has the bundle\'s module script in its head and <archive-timeline src> in its body, the data served by the bench\'s server as JSON (vis-timeline: its script in the head, the same events fetched as vis items and drawn), timed from navigation start. The first complete frame: ours loaded (timeline-load) with no update pending in the element or its view, vis items drawn and no "changed" for two frames; then two requestAnimationFrames (test/bench/page-paths.js).',
  zoom: 'WheelEvent (ctrlKey, synthetic) on the zoomable surface (our svg.canvas / vis .vis-panel.vis-center) at its centre: 8 steps in then 8 out, each ×1.6 (deltaY chosen per target: ours 33.9 (the mapping of d3-zoom), vis 360); each step timed from dispatch to the end of the next rendered frame (requestAnimationFrame, then a MessageChannel task queued from it). Between the 8 in and the 8 out the target settles (ours: until the elements are up to date after the gesture pauses for 150 ms; vis: no "changed" for two frames), then a frame is rendered, untimed. Ours draws the frames of a gesture on a canvas once its chunk has arrived (fetched after the first render), so every step is a canvas frame; the update of the elements after the pause counts in the long tasks. Mean and p95 (linear interpolation) of the 16 steps; median over runs.',
  pan: 'pointerdown+mousedown at the centre, 10 × pointermove+mousemove of 30 px to the left (each timed like a zoom step), pointerup+mouseup, at the whole-year view after zooming back out.',
  idle: 'Before the zoom steps, five steps that do nothing, timed like a zoom step; their median is what a step costs with no work: a frame.',
  heap: 'performance.memory.usedJSHeapSize (--enable-precise-memory-info) after window.gc() twice (--js-flags=--expose-gc), at the end of the run.',
  dom: 'All elements of the document, including those inside open shadow roots (recursive walk), right after the first render, and after the 8 zoom-in steps (once settled).',
  longTasks: 'PerformanceObserver "longtask" from the end of the first render to the end of the interactions: count over 200 ms and the longest.',
  bound: 'Each phase (load+setup, first render, interactions, finish) is bounded; past it the page is closed and the figure reads "over N s"; the target\'s remaining runs at that size and its larger sizes are not tried.',
};

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.from) {
    const saved = JSON.parse(readFileSync(path.resolve(options.from), 'utf8'));
    // Summaries again from the raw runs (targets not run at a size keep their saved status).
    for (const size of saved.options.sizes) {
      for (const target of saved.options.targets) {
        const runs = saved.runs.filter((run) => run.size === size && run.target === target);
        if (runs.length) saved.summaries[size][target] = summarise(runs, saved.options.bound);
      }
    }
    report({ ...saved, options: { ...saved.options, out: options.out } });
    return;
  }
  const build = ensureBuild(options.build);
  const { server, origin } = await serve();
  const session = { origin, browser: await launch(options.bound) };
  const stop = async () => {
    await session.browser.close().catch(() => {});
    server.closeAllConnections();
    server.close();
  };
  process.once('SIGINT', () => stop().then(() => process.exit(130)));
  process.once('SIGTERM', () => stop().then(() => process.exit(143)));

  const results = [];
  const summaries = {};
  let spreadsheet;
  let thumbnails;
  const started = Date.now();
  try {
    session.chromium = await session.browser.version();
    console.log(`${session.chromium}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}; sizes ${options.sizes.join(', ')}; ${options.runs} runs; bound ${options.bound} s`);
    /** target → why it is no longer tried (over the bound at a smaller size, or not available). */
    const retired = {};
    for (const size of options.sizes) {
      const runsByTarget = Object.fromEntries(options.targets.map((target) => [target, []]));
      /** target → the phase in which it went over the bound at this size. */
      const overHere = new Map();
      for (let run = 1; run <= options.runs; run++) {
        for (const target of options.targets) {
          if (retired[target] || overHere.has(target)) {
            // The runs left at this size count as over where the first one was: not reached before, over there.
            runsByTarget[target].push({ target, size, run, status: retired[target]?.status ?? 'over', note: retired[target]?.note ?? `over ${options.bound} s in an earlier run`, overPhase: overHere.get(target) ?? 'load' });
            continue;
          }
          const startedRun = Date.now();
          const result = await runOnce(session, target, size, options);
          result.run = run;
          runsByTarget[target].push(result);
          results.push(result);
          const first = result.first ? `${result.first.ms.toFixed(0)} ms` : '';
          console.log(`  ${size} × ${target.padEnd(12)} run ${run}: ${result.status}${result.overPhase ? ` (${result.overPhase})` : ''} ${first} [${((Date.now() - startedRun) / 1000).toFixed(1)} s]${result.notes.length ? ` — ${result.notes.join('; ')}` : ''}`);
          if (result.status === 'over') overHere.set(target, result.overPhase);
          if (result.status === 'n/a') retired[target] = { status: 'n/a', note: result.notes[0] };
        }
      }
      summaries[size] = {};
      for (const target of options.targets) {
        summaries[size][target] = summarise(runsByTarget[target], options.bound);
        if (overHere.has(target) && !retired[target]) retired[target] = { status: 'skipped', note: `over ${options.bound} s at ${size} events` };
      }
    }
    spreadsheet = await spreadsheetRow(session, options);
    thumbnails = await thumbnailRequests(session, options);
    console.log(`  list view, ${THUMBNAIL_EVENTS} events with a picture each: ${thumbnails.error ?? `${thumbnails.requested} pictures requested (${thumbnails.rows} rows)`}`);
  } finally {
    await stop();
  }

  const date = new Date().toISOString();
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: session.chromium ?? 'unknown',
  };
  report({ date, machine, options: { ...options, viewport: VIEWPORT }, build, method: METHOD, durationSeconds: Math.round((Date.now() - started) / 1000), summaries, thumbnails, runs: results, spreadsheet });
}

const SPREADSHEET_ROWS = 10_000;

/** The spreadsheet row in words, or '' for a saved run without one. */
function spreadsheetLine(spreadsheet) {
  if (!spreadsheet) return '';
  const figure = spreadsheet.medianMs === null ? 'not measured' : `${formatNumber(spreadsheet.medianMs)} ms`;
  return `A spreadsheet of ${formatNumber(spreadsheet.rows)} rows (TimelineJS's template, CSV) given by src, to the first complete frame: ${figure} (median of ${spreadsheet.runs.length} runs, ours only).`;
}

/**
 * Our element given a CSV of 10,000 rows (TimelineJS's template) by `src`: from src to the first
 * complete frame, in fresh contexts, --runs times (test/bench/harness.js, benchSpreadsheet). Its own
 * row: vis-timeline reads no spreadsheet.
 */
async function spreadsheetRow(session, options) {
  const runs = [];
  for (let run = 1; run <= options.runs; run++) {
    const context = await session.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await bounded(page.goto(`${session.origin}/test/bench/page.html`, { waitUntil: 'load' }), options.bound);
      await page.waitForFunction('globalThis.benchReady === true');
      const result = await bounded(page.evaluate((rows, seed) => globalThis.benchSpreadsheet(rows, seed), SPREADSHEET_ROWS, options.seed), options.bound);
      runs.push(result);
      console.log(`  spreadsheet ${SPREADSHEET_ROWS} rows run ${run}: ${result.ms.toFixed(0)} ms (${result.events} events, ${result.problems} problems)`);
    } catch (error) {
      runs.push({ error: error.message.split('\n')[0] });
      console.log(`  spreadsheet ${SPREADSHEET_ROWS} rows run ${run}: ${error.message.split('\n')[0]}`);
    } finally {
      await closeContext(session, context, options.bound);
    }
  }
  const times = runs.filter((run) => run.ms !== undefined).map((run) => run.ms);
  return { rows: SPREADSHEET_ROWS, medianMs: times.length ? median(times) : null, runs };
}

/** The list view at 10,000 events with a picture each: how many pictures it asks for (loading="lazy" near the visible rows). */
const THUMBNAIL_EVENTS = 10_000;

async function thumbnailRequests(session, options) {
  const context = await session.browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await bounded((async () => {
      await page.goto(`${session.origin}/test/bench/page.html`, { waitUntil: 'load' });
      await page.waitForFunction('globalThis.benchReady === true');
    })(), options.bound);
    return await bounded(page.evaluate((count) => globalThis.benchThumbnails(count), THUMBNAIL_EVENTS), options.bound);
  } catch (error) {
    return { count: THUMBNAIL_EVENTS, error: error.message.split('\n')[0] };
  } finally {
    await closeContext(session, context, options.bound);
  }
}

const SPREAD_INTRO = 'Step times over the runs: the median, and in brackets the lowest and the highest run. Steps 1–3 zoom in from the whole year.';

/** Prints the tables and writes the JSON and the Markdown. */
function report(json) {
  const { date, machine, options, summaries } = json;
  const tableData = table(summaries, options);
  const spread = stepSpread(json.runs, { ...options, labels: LABELS });
  console.log(`\n${plainTable(tableData)}\n`);
  console.log('(×: ratio to plain vis-timeline in this run; "over N s": stopped at the bound; —: not reached; medians over runs.)');
  console.log(`\n${SPREAD_INTRO}\n\n${plainTable(spread)}\n`);
  const sheetLine = spreadsheetLine(json.spreadsheet);
  if (sheetLine) console.log(`${sheetLine}\n`);

  const out = path.resolve(ROOT, options.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  const markdown = [
    `### Benchmark, ${date.slice(0, 10)}`,
    '',
    `${machine.cpu} (${machine.cores} cores), ${machine.platform}, Node ${machine.node}, ${machine.chromium} headless; ${options.runs} runs per target, medians; viewport 1200×600.`,
    'Figures vary from run to run and machine to machine (these are shared machines): compare within one run, by the ratio to plain vis-timeline (×) measured in the same run.',
    `"over ${options.bound} s": stopped at the bound (\`--bound\`); "not tried": over it at a smaller size; —: not reached (the first render was over the bound); n/a: not available in this build.`,
    '',
    markdownTable(tableData),
    '',
    'Zoom and pan steps are timed from the synthetic event to the end of the next rendered frame, so a frame with nothing to do (the idle frame, measured in each run) is their floor: the work a step costs is its time less the idle frame.',
    '',
    SPREAD_INTRO,
    '',
    markdownTable(spread),
    '',
    ...(sheetLine ? [sheetLine, ''] : []),
  ].join('\n');
  const md = out.replace(/\.json$/, '') + '.md';
  writeFileSync(md, markdown);
  console.log(`Wrote ${path.relative(ROOT, out)} and ${path.relative(ROOT, md)}.`);
  writeDocsTable(markdown, options);
}

/**
 * A full run (every size and target, at least the default number of runs), measured now or read with
 * --from, writes its table into docs/performance.md; a partial run leaves the page's table alone.
 */
function writeDocsTable(markdown, options) {
  const full = parseArgs([]);
  const same = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);
  if (!same(options.sizes, full.sizes) || !same(options.targets, full.targets) || options.runs < full.runs) {
    console.log(`Not a full run (sizes ${full.sizes.join(',')}, every target, ${full.runs} runs): docs/performance.md keeps its table.`);
    return;
  }
  writeBenchTable(path.join(ROOT, 'docs/performance.md'), markdown);
  console.log('Wrote its table into docs/performance.md.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
