// The command as `npm install archive-timeline` gets it: the packed package installed into an empty
// folder (run after npm run build), both commands run there by npx, with no dev dependency around.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the installed command', { timeout: 300_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'archive-timeline-installed-'));
  const npx = (...args: string[]) => spawnSync('npx', ['--no-install', 'archive-timeline', ...args], { cwd: folder, encoding: 'utf8' });

  before(() => {
    const [{ filename }] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', folder], process.cwd()));
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'museum-site', private: true }));
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(folder, filename)], folder);
    copyFileSync(resolve('test/fixtures/formats/template.csv'), join(folder, 'sheet.csv'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('validates a spreadsheet, naming its rows', () => {
    const { status, stdout } = npx('validate', 'sheet.csv');
    assert.equal(status, 1, stdout);
    assert.ok(stdout.includes('row 7, column Year: "19o5" is not a year; the event was left out'), stdout);
  });

  it('converts it to our format', () => {
    const { status, stderr } = npx('convert', 'sheet.csv', '-o', 'timeline.json');
    assert.equal(status, 1, stderr);
    assert.equal(JSON.parse(readFileSync(join(folder, 'timeline.json'), 'utf8')).events.length, 4);
    const again = npx('validate', '--json', 'timeline.json');
    assert.equal(again.status, 0, again.stdout);
    assert.deepEqual(JSON.parse(again.stdout)[0].problems, []);
  });

  it('installs without tsx or any other dev dependency', () => {
    const installed = JSON.parse(npm(['ls', '--all', '--json'], folder));
    const names = JSON.stringify(installed);
    assert.ok(!names.includes('"tsx"') && !names.includes('"typescript"'), 'a dev dependency was installed');
  });
});
