// What `npm install archive-timeline` gets: run after `npm run build` (npm test builds first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

describe('the published package', () => {
  it('was built before this test (npm run build)', () => {
    assert.ok(existsSync('dist/archive-timeline.js'), 'dist/archive-timeline.js is missing: run npm run build');
  });

  it('ships the bundles, types, manifest, schema, README and licence, and nothing else', () => {
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    const files: string[] = report.files.map((file: { path: string }) => file.path);
    for (const needed of [
      'dist/archive-timeline.js', 'dist/archive-timeline.iife.js', 'dist/types/index.d.ts',
      'dist/custom-elements.json', 'data/schema.json', 'README.md', 'LICENSE', 'package.json',
    ]) assert.ok(files.includes(needed), `missing ${needed}`);
    const unwanted = files.filter((file) => /^(src|test|demo|node_modules|\.ci)\//.test(file) || /soong-stalin|sources\//.test(file));
    assert.deepEqual(unwanted, []);
  });

  it('points exports, types and customElements at files that exist', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const targets = [pkg.types, pkg.customElements, pkg.exports['.'].types, pkg.exports['.'].default, pkg.exports['./iife']];
    for (const target of targets) assert.ok(existsSync(target), `${target} does not exist`);
    assert.deepEqual(pkg.sideEffects, ['./dist/archive-timeline.js', './dist/archive-timeline.iife.js']);
  });

  it('describes the element in custom-elements.json from its JSDoc', () => {
    const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
    const element = manifest.modules.flatMap((module: { declarations: unknown[] }) => module.declarations)
      .find((declaration: { tagName?: string }) => declaration.tagName === 'archive-timeline');
    assert.ok(element, 'no declaration with tagName archive-timeline');
    const names = (list: { name: string }[] = []) => list.map((item) => item.name);
    for (const attribute of ['src', 'selected', 'lanes', 'start', 'end', 'view', 'locale', 'deep-link', 'renderer', 'format', 'theme']) {
      assert.ok(names(element.attributes).includes(attribute), `attribute ${attribute}`);
    }
    for (const event of ['timeline-load', 'timeline-select', 'timeline-error']) assert.ok(names(element.events).includes(event), `event ${event}`);
    for (const part of ['event', 'label', 'axis', 'lane', 'panel', 'transcript', 'controls']) assert.ok(names(element.cssParts).includes(part), `part ${part}`);
    assert.ok(names(element.cssProperties).includes('--archive-timeline-color-cable'));
  });
});
