// `npm run size`, the bundle budget: run on small builds made here, so it is checked whatever dist/ holds.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';

const made: string[] = [];

/** A build folder: the main module imports `shared` statically and `lazy` with import(); each holds `size` bytes that do not compress. */
function build(sizes: { main: number; shared: number; lazy: number }) {
  const dist = mkdtempSync(path.join(tmpdir(), 'size-test-'));
  made.push(dist);
  mkdirSync(path.join(dist, 'chunks'));
  const filler = (size: number) => randomBytes(size).toString('base64');
  const files = {
    main: `import "./chunks/shared.js";export const data="${filler(sizes.main)}";export const later=()=>import("./chunks/lazy.js");`,
    shared: `export const shared="${filler(sizes.shared)}";`,
    lazy: `export const lazy="${filler(sizes.lazy)}";`,
  };
  writeFileSync(path.join(dist, 'archive-timeline.js'), files.main);
  writeFileSync(path.join(dist, 'chunks/shared.js'), files.shared);
  writeFileSync(path.join(dist, 'chunks/lazy.js'), files.lazy);
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
  return { dist, firstPaint: gzip(files.main) + gzip(files.shared) };
}

function size(dist: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.SIZE_BUDGET_KB;
  const result = spawnSync(process.execPath, ['test/bench/size.mjs', '--dist', dist, ...args], { encoding: 'utf8', env });
  return { code: result.status, out: result.stdout + result.stderr };
}

after(() => made.forEach((dist) => rmSync(dist, { recursive: true, force: true })));

describe('npm run size', () => {
  it('fails past the default budget of 35 KB, and passes under it', () => {
    const over = size(build({ main: 30_000, shared: 10_000, lazy: 10 }).dist);
    assert.equal(over.code, 1, over.out);
    assert.match(over.out, /over the budget of 35 KB \(35,840 bytes\)/);
    const under = size(build({ main: 20_000, shared: 5_000, lazy: 10 }).dist);
    assert.equal(under.code, 0, under.out);
    assert.match(under.out, /within the budget of 35 KB \(35,840 bytes\)/);
  });

  it('counts the main module and the chunks it imports statically, to the byte', () => {
    const { dist, firstPaint } = build({ main: 3_000, shared: 2_000, lazy: 10 });
    const exact = size(dist, '--budget', String(firstPaint / 1024));
    assert.equal(exact.code, 0, exact.out);
    assert.match(exact.out, new RegExp(`${firstPaint.toLocaleString('en-US')} bytes\\) gzipped, within`));
    const short = size(dist, '--budget', String((firstPaint - 1) / 1024));
    assert.equal(short.code, 1, short.out);
    assert.match(short.out, /: 0\.0 KB \(1 byte, 0%\) over the budget of/);
  });

  it('leaves chunks loaded with import() out of the budget, and lists them', () => {
    const { dist, firstPaint } = build({ main: 3_000, shared: 2_000, lazy: 60_000 });
    const result = size(dist, '--budget', String(firstPaint / 1024));
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /chunks\/lazy\.js .* loaded on first use/);
  });

  it('takes the budget from SIZE_BUDGET_KB too, and refuses one that is not a number', () => {
    const { dist } = build({ main: 3_000, shared: 2_000, lazy: 10 });
    const tight = spawnSync(process.execPath, ['test/bench/size.mjs', '--dist', dist], {
      encoding: 'utf8',
      env: { ...process.env, SIZE_BUDGET_KB: '1' },
    });
    assert.equal(tight.status, 1, tight.stdout + tight.stderr);
    assert.match(tight.stderr, /over the budget of 1 KB \(1,024 bytes\)/);
    assert.equal(size(dist, '--budget', 'lots').code, 2);
  });

  it('runs in npm test, after the build', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
    const steps: string[] = scripts.test.split('&&').map((step: string) => step.trim());
    assert.ok(steps.includes('npm run size'), `npm test: ${scripts.test}`);
    assert.ok(steps.indexOf('npm run size') > steps.indexOf('npm run build'), `npm test: ${scripts.test}`);
    assert.equal(scripts.size, 'node test/bench/size.mjs');
  });
});
