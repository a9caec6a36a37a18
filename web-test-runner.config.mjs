import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
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

/** Dates are calendar dates: the whole suite runs in UTC and in a zone far from it (-10:40 in 1945). */
const zones = (process.env.TEST_ZONES || 'UTC,Pacific/Kiritimati').split(',');
const inZone = (TZ) => chromeLauncher({ launchOptions: { executablePath, args, env: { ...process.env, TZ } } });

/** `executeServerCommand('emulate-forced-colors', { active })`: Windows high contrast, which the stock command lacks for puppeteer. */
const sessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // Puppeteer's emulateMediaFeatures rejects forced-colors; the DevTools protocol takes it.
    // The session stays open: emulation ends when the session that set it detaches.
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    await sessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};

export default {
  // test/cli holds Node tests of the command line (npm run test:cli).
  files: ['test/**/*.test.ts', '!test/cli/**'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), forcedColorsPlugin],
  // /misbehave/…: a server that fails on purpose, for test/components/network.test.ts.
  middleware: [misbehaving],
  browsers: zones.map(inZone),
  concurrency: 1,
  testFramework: { config: { timeout: 10000, ...(process.env.TEST_GREP ? { grep: process.env.TEST_GREP } : {}) } },
};
