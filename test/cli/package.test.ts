// What `npm install archive-timeline` gets: run after `npm run build` (npm test builds first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

describe('the published package', () => {
  it('was built before this test (npm run build)', () => {
    assert.ok(existsSync('dist/archive-timeline.js'), 'dist/archive-timeline.js is missing: run npm run build');
    assert.ok(existsSync('dist/cdn/archive-timeline.js'), 'dist/cdn/archive-timeline.js is missing: run npm run build');
  });

  it('ships the bundles, types, manifest, schema, README and licence, and nothing else', () => {
    const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    const files: string[] = report.files.map((file: { path: string }) => file.path);
    for (const needed of [
      'dist/archive-timeline.js', 'dist/vis.js', 'dist/cdn/archive-timeline.js', 'dist/cdn/archive-timeline.iife.js', 'dist/types/index.d.ts',
      'dist/custom-elements.json', 'data/schema.json', 'README.md', 'LICENSE', 'package.json',
    ]) assert.ok(files.includes(needed), `missing ${needed}`);
    const unwanted = files.filter((file) => /^(src|test|demo|node_modules|\.ci)\//.test(file) || /soong-stalin|sources\//.test(file));
    assert.deepEqual(unwanted, []);
  });

  it('points exports, types and customElements at files that exist', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const targets = [
      pkg.types, pkg.customElements, pkg.exports['.'].types, pkg.exports['.'].default, pkg.exports['./vis'].types, pkg.exports['./vis'].default,
      pkg.exports['./cdn'].types, pkg.exports['./cdn'].default, pkg.exports['./cdn/*'].replace('*', 'archive-timeline.iife.js'), pkg.exports['./iife'],
      pkg.exports['./custom-elements.json'], pkg.exports['./schema.json'],
    ];
    for (const target of targets) assert.ok(existsSync(target), `${target} does not exist`);
    assert.equal(pkg.exports['./iife'], './dist/cdn/archive-timeline.iife.js');
    assert.deepEqual(pkg.sideEffects, ['./dist/archive-timeline.js', './dist/vis.js', './dist/chunks/*.js', './dist/cdn/**']);
  });

  it('publishes types that need no d3 types (nor any other devDependency\'s)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const typed = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? typed(path.join(dir, entry.name)) : entry.name.endsWith('.d.ts') ? [path.join(dir, entry.name)] : []));
    const devOnly = Object.keys(pkg.devDependencies).filter((name) => !pkg.peerDependencies?.[name]);
    const strays = typed('dist/types').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bfrom\s*'([^'.][^']*)'/g)]
      .map(([, specifier]) => specifier)
      .filter((specifier) => /^d3-/.test(specifier) || devOnly.some((name) => specifier === name || specifier.startsWith(`${name}/`)))
      .map((specifier) => `${file}: ${specifier}`));
    assert.deepEqual(strays, []);
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
