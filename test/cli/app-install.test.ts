// `npm install archive-timeline` in an app that uses Lit itself, as an app developer tries it: the packed package
// in a fresh folder, type-checked with tsc --strict (no skipLibCheck), bundled with esbuild and with rollup, and
// run in Chromium. Run after `npm run build` (npm test builds first). Offline but for the npm cache: the toolchains
// are the project's own, and what the app installs is in the cache after `npm ci`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build as esbuild } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { rollup, type RollupLog } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The app's own element, made with the app's Lit, showing our element with its data. */
const APP = `import { LitElement, css, html } from 'lit';
import 'archive-timeline';
import type { ArchiveTimeline, DatasetInput, TimelineSelectEvent } from 'archive-timeline';

export const dataset: DatasetInput = {
  title: 'An app',
  events: [
    { id: 'a', title: 'A message', date: '1945-06-29', kind: 'message' },
    { id: 'b', title: 'A cable', date: '1945-07-01', kind: 'cable' },
    { id: 'c', title: 'A treaty', date: '1945-08-14', kind: 'treaty' },
  ],
};

class AppShell extends LitElement {
  static styles = css\`:host { display: block; width: 900px; }\`;
  chosen = '';
  render() {
    const renderer = new URLSearchParams(location.search).get('renderer') ?? 'svg';
    return html\`<h1>\${dataset.title}</h1>
      <archive-timeline renderer=\${renderer} .events=\${dataset} @timeline-select=\${(event: TimelineSelectEvent) => (this.chosen = event.detail.id ?? '')}></archive-timeline>\`;
  }
}
customElements.define('app-shell', AppShell);

const timeline: ArchiveTimeline | null = document.querySelector('archive-timeline');
export const located: string | undefined = timeline?.locale;
`;

/** The same app with the vis renderer, which it installs (the optional peer dependencies) and imports. */
const VIS_APP = `import './app.js';
import 'archive-timeline/vis';
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    skipLibCheck: false,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    rootDir: 'src',
    outDir: 'js',
  },
  include: ['src/app.ts'],
};

const PAGE = (script: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An app</title>
<script type="module" src="./${script}"></script></head><body><app-shell></app-shell></body></html>`;

/** Each of Lit's packages pushes its version onto one of these when it runs: one mention a copy. */
const LIT_MARKERS = ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions'];

/** How many copies of each of Lit's packages the JavaScript files of `dir` hold. */
function litCopies(dir: string): Record<string, number> {
  const code = readdirSync(dir).filter((name) => name.endsWith('.js')).map((name) => readFileSync(path.join(dir, name), 'utf8')).join('\n');
  return Object.fromEntries(LIT_MARKERS.map((marker) => [marker, code.split(marker).length - 1]));
}
const ONE_LIT = Object.fromEntries(LIT_MARKERS.map((marker) => [marker, 1]));

/** npm in the app's folder, from the cache where it can (the registry only for what the cache lacks). */
function npm(app: string, ...args: string[]) {
  // Not the project's own npm run context (its package, its lifecycle): the app is a project of its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_(package|lifecycle|config_local_prefix)/.test(name)));
  return execFileSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app, env, encoding: 'utf8' });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** A static server of `dir` on a free port. */
async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** What the page's element shows: the marks of either renderer, or its alert. */
async function shown(page: Page, renderer: 'svg' | 'vis') {
  const selector = renderer === 'vis' ? '.vis-item:not(.vis-dot)' : '[part~="event"]';
  const view = renderer === 'vis' ? 'archive-vis-view' : 'archive-timeline-view';
  const handle = await page.waitForFunction(
    (view, selector) => {
      const element = document.querySelector('app-shell')?.shadowRoot?.querySelector('archive-timeline')?.shadowRoot;
      const marks = element?.querySelector(view)?.shadowRoot?.querySelectorAll(selector).length ?? 0;
      const alert = element?.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
      return marks || alert ? { marks, alert } : false;
    },
    { timeout: 20_000 },
    view,
    selector,
  );
  return (await handle.jsonValue()) as { marks: number; alert: string };
}

describe('an app that installs the package and uses Lit itself', () => {
  let work = '';
  let app = '';
  let browser: Promise<Browser> | undefined;
  let server: Server | undefined;
  let origin = '';
  /** Chromium (flags from TOOLCHAIN.md), started by the first test that needs it, and the app served. */
  const page = async () => {
    if (!server) ({ server, origin } = await serve(app));
    browser ??= puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const opened = await (await browser).newPage();
    opened.on('pageerror', (error) => errors.push(String(error)));
    return opened;
  };
  const errors: string[] = [];

  before(async () => {
    assert.ok(existsSync('dist/archive-timeline.js') && existsSync('dist/cdn/archive-timeline.js'), 'dist/ is missing: run npm run build');
    work = mkdtempSync(path.join(tmpdir(), 'archive-timeline-app-'));
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { encoding: 'utf8' }));
    app = path.join(work, 'app');
    mkdirSync(path.join(app, 'src'), { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'an-app', private: true, type: 'module' }));
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    writeFileSync(path.join(app, 'src/app.ts'), APP);
    writeFileSync(path.join(app, 'src/vis-app.ts'), VIS_APP);
    npm(app, 'install', path.join(work, packed.filename), `lit@${pkg.dependencies.lit}`);
  });

  after(async () => {
    await (await browser)?.close();
    server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs none of vis-timeline, vis-data or moment when the app does not ask for them', () => {
    for (const name of ['vis-timeline', 'vis-data', 'moment']) assert.ok(!existsSync(path.join(app, 'node_modules', name)), `npm installed ${name}`);
  });

  it('type-checks with tsc --strict, without skipLibCheck, and no d3 types installed', () => {
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8' });
    } catch (error) {
      assert.fail(`tsc --strict failed:\n${(error as { stdout: string }).stdout}`);
    }
    assert.ok(existsSync(path.join(app, 'js/app.js')));
  });

  it('bundles with esbuild into code that holds one Lit', async () => {
    await esbuild({
      absWorkingDir: app, entryPoints: ['src/app.ts'], bundle: true, splitting: true, format: 'esm', outdir: 'esbuild', logLevel: 'silent',
    });
    assert.deepEqual(litCopies(path.join(app, 'esbuild')), ONE_LIT);
  });

  it('bundles with rollup, every import resolved, into code that holds one Lit', async () => {
    const logs: RollupLog[] = [];
    const bundle = await rollup({
      input: path.join(app, 'js/app.js'),
      plugins: [nodeResolve({ browser: true, rootDir: app })],
      onwarn: (log) => void logs.push(log),
    });
    await bundle.write({ dir: path.join(app, 'rollup'), format: 'es' });
    await bundle.close();
    assert.deepEqual(logs.filter((log) => log.code === 'UNRESOLVED_IMPORT').map((log) => log.message), []);
    assert.deepEqual(litCopies(path.join(app, 'rollup')), ONE_LIT);
  });

  it('draws the events in Chromium from the esbuild bundle, and says renderer="vis" is unavailable without vis-timeline', async () => {
    writeFileSync(path.join(app, 'esbuild/index.html'), PAGE('app.js'));
    const tab = await page();
    await tab.goto(`${origin}/esbuild/index.html`);
    assert.deepEqual(await shown(tab, 'svg'), { marks: 3, alert: '' });
    await tab.goto(`${origin}/esbuild/index.html?renderer=vis`);
    assert.deepEqual(await shown(tab, 'vis'), { marks: 0, alert: 'The vis-timeline renderer could not be loaded.' });
    assert.deepEqual(errors, []);
  });

  it('draws them with renderer="vis" once the app installs the optional peers and imports archive-timeline/vis, bundled by esbuild', async () => {
    const peers = ['vis-timeline', 'vis-data', 'moment'].map((name) => `${name}@${pkg.peerDependencies[name]}`);
    npm(app, 'install', ...peers);
    await esbuild({
      absWorkingDir: app, entryPoints: ['src/vis-app.ts'], bundle: true, splitting: true, format: 'esm', outdir: 'esbuild-vis', logLevel: 'silent',
    });
    assert.deepEqual(litCopies(path.join(app, 'esbuild-vis')), ONE_LIT);
    writeFileSync(path.join(app, 'esbuild-vis/index.html'), PAGE('vis-app.js'));
    const tab = await page();
    await tab.goto(`${origin}/esbuild-vis/index.html?renderer=vis`);
    assert.deepEqual(await shown(tab, 'vis'), { marks: 3, alert: '' });
    assert.deepEqual(errors, []);
  });
});
