import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { cspMiddleware } from './test/fixtures/csp/csp-middleware.mjs';
import { googleSheets } from './test/server/google-sheets.mjs';
import { mediaFixtures } from './test/server/media-fixtures.mjs';
import { misbehaving } from './test/server/misbehaving.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Dates are calendar dates: the whole suite runs once per time zone, each browser also in its own
 * language, so nothing may depend on the reader's zone or browser locale. Kiritimati was at
 * UTC-10:40 in 1945, Pago Pago at -11, Kolkata at +5:30, Moscow at +3.
 */
const ZONES = {
  UTC: 'en-US',
  'America/Los_Angeles': 'en-US',
  'Pacific/Kiritimati': 'zh-CN',
  'Asia/Kolkata': 'en-GB',
  'Europe/Moscow': 'ru-RU',
  'Pacific/Pago_Pago': 'en-GB',
};
const zones = process.env.TEST_ZONES ? process.env.TEST_ZONES.split(',') : Object.keys(ZONES);
const inZone = (TZ) => {
  const lang = ZONES[TZ] || 'en-US';
  return chromeLauncher({
    launchOptions: { executablePath, args: [...args, `--lang=${lang}`], env: { ...process.env, TZ, LANG: `${lang.replace('-', '_')}.UTF-8` } },
  });
};

/** A DevTools protocol session per page, kept open: emulation ends when the session that set it detaches. */
const sessions = new WeakMap();
const cdpSession = async (page) => {
  if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
  return sessions.get(page);
};

/**
 * Emulation the stock commands lack for puppeteer:
 * - `executeServerCommand('emulate-forced-colors', { active })`: Windows high contrast (puppeteer's
 *   emulateMediaFeatures rejects forced-colors; the DevTools protocol takes it);
 * - `executeServerCommand('emulate-touch-screen', { active })`: a touch screen as the primary pointer
 *   (`pointer: coarse`), as on a phone.
 */
const emulationPlugin = {
  name: 'emulation',
  async executeCommand({ command, payload, session }) {
    const page = () => session.browser.getPage(session.id);
    if (command === 'emulate-forced-colors') {
      await (await cdpSession(page())).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    }
    if (command === 'emulate-touch-screen') {
      await (await cdpSession(page())).send('Emulation.setTouchEmulationEnabled', { enabled: Boolean(payload?.active), maxTouchPoints: 5 });
      return true;
    }
    return undefined;
  },
};

/** `executeServerCommand('screenshot', { x, y, width, height })`: a PNG (base64) of that part of the page, as drawn. */
const screenshotPlugin = {
  name: 'screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    const page = session.browser.getPage(session.id);
    return page.screenshot({ clip: payload, encoding: 'base64' });
  },
};

/**
 * `executeServerCommand('upload-file', { selector, files, frame })`: chooses real files (paths from the
 * project's root) in the file input that `selector` finds, in the page or in the frame of the iframe
 * that the selector `frame` finds, as a reader does in the browser's file chooser (the input fires
 * input and change).
 */
const uploadFilePlugin = {
  name: 'upload-file',
  async executeCommand({ command, payload, session }) {
    if (command !== 'upload-file') return undefined;
    const page = session.browser.getPage(session.id);
    const frame = payload.frame ? await (await page.$(payload.frame))?.contentFrame() : page.mainFrame();
    const input = await frame?.$(payload.selector);
    if (!input) return false;
    await input.uploadFile(...payload.files);
    return true;
  },
};

/**
 * What rollup.config.mjs does for the vis renderer, in the test server: `import text from
 * '<package>/….css?inline'` gives the stylesheet as a string, and `moment` is the ES module moment ships.
 */
const resolveFromHere = createRequire(import.meta.url).resolve;
const visRendererImports = {
  name: 'vis-renderer-imports',
  resolveImport({ source }) {
    if (source === 'moment') return '/node_modules/moment/dist/moment.js';
    if (!source.endsWith('.css?inline') || /^[./]/.test(source)) return undefined;
    return `/${relative(process.cwd(), resolveFromHere(source.slice(0, -'?inline'.length)))}?inline`;
  },
  async serve(context) {
    if (!context.path.startsWith('/node_modules/') || !context.path.endsWith('.css') || !context.URL.searchParams.has('inline')) return undefined;
    const text = await readFile(`.${decodeURIComponent(context.path)}`, 'utf8');
    return { body: `export default ${JSON.stringify(text)};`, type: 'js' };
  },
};

export default {
  // test/cli holds Node tests of the command line (npm run test:cli).
  files: ['test/**/*.test.ts', '!test/cli/**'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), emulationPlugin, screenshotPlugin, uploadFilePlugin, visRendererImports],
  // /misbehave/…: a server that fails on purpose, for test/components/network.test.ts.
  // /spreadsheets/…, /tables/…: Google Sheets and CSV answers, for test/components/archive-timeline/spreadsheets.test.ts.
  // /media-fixture/…: pictures (and IIIF documents) the media tests make, test/server/media-fixtures.mjs.
  middleware: [misbehaving, googleSheets, cspMiddleware, mediaFixtures],
  browsers: zones.map(inZone),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
