import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

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

export default {
  // test/cli holds Node tests of the command line (npm run test:cli).
  files: ['test/**/*.test.ts', '!test/cli/**'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  browsers: zones.map(inZone),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
