/* global process, console */
/**
 * `npm run size`: the gzipped size (level 9, node:zlib) of the default ES module dist/archive-timeline.js
 * (minified, with lit and the d3 modules inside) against its budget, and of the chunks loaded on first use
 * (the vis renderer, with vis-timeline; the format converters). Exits 1 past the budget. Needs `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = 'dist/archive-timeline.js';
const CHUNKS = 'dist/chunks';
const BUDGET = 35 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function measure(file) {
  const source = readFileSync(path.join(ROOT, file));
  return { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length, text: source.toString('utf8') };
}

/** The vis renderer's chunks: the one that defines archive-vis-view, and any holding vis-timeline itself. */
const isVis = (chunk) => /vis/i.test(path.basename(chunk.file)) || chunk.text.includes('archive-vis-view') || chunk.text.includes('vis-panel');

if (!existsSync(path.join(ROOT, MAIN))) {
  console.error(`${MAIN} is missing: run npm run build first.`);
  process.exit(1);
}

const main = measure(MAIN);
const present = existsSync(path.join(ROOT, CHUNKS))
  ? readdirSync(path.join(ROOT, CHUNKS)).filter((name) => name.endsWith('.js')).sort().map((name) => measure(`${CHUNKS}/${name}`))
  : [];
// Only the chunks of this build: those the main module names, or a chunk it loads names (dist/ is not cleaned).
const chunks = [];
for (let grew = true; grew; ) {
  grew = false;
  for (const chunk of present) {
    if (chunks.includes(chunk)) continue;
    if ([main, ...chunks].some((loaded) => loaded.text.includes(path.basename(chunk.file)))) {
      chunks.push(chunk);
      grew = true;
    }
  }
}
const stale = present.length - chunks.length;
const vis = chunks.filter(isVis);
const others = chunks.filter((chunk) => !isVis(chunk));

const rows = [
  [main.file, main.raw, main.gzip, 'the default module (budget 35 KB)'],
  ...vis.map((chunk) => [chunk.file, chunk.raw, chunk.gzip, 'renderer="vis" (loaded on first use)']),
  ...others.map((chunk) => [chunk.file, chunk.raw, chunk.gzip, 'loaded on first use']),
];
const width = Math.max(...rows.map(([file]) => file.length));
console.log(`${'file'.padEnd(width)}  ${'minified'.padStart(10)}  ${'gzip -9'.padStart(10)}`);
for (const [file, raw, gzip, note] of rows) console.log(`${file.padEnd(width)}  ${kb(raw).padStart(10)}  ${kb(gzip).padStart(10)}  ${note}`);
if (vis.length > 1) console.log(`${'renderer="vis", all chunks'.padEnd(width)}  ${kb(vis.reduce((sum, c) => sum + c.raw, 0)).padStart(10)}  ${kb(vis.reduce((sum, c) => sum + c.gzip, 0)).padStart(10)}`);
if (stale) console.log(`(${stale} chunk(s) of older builds in ${CHUNKS} not counted: nothing loads them)`);

const over = main.gzip - BUDGET;
if (over > 0) {
  console.error(`\n${MAIN} is ${kb(main.gzip)} (${main.gzip.toLocaleString('en-US')} bytes) gzipped: ${kb(over)} (${over.toLocaleString('en-US')} bytes, ${((over / BUDGET) * 100).toFixed(0)}%) over the budget of 35 KB (${BUDGET.toLocaleString('en-US')} bytes).`);
  process.exit(1);
}
console.log(`\n${MAIN}: ${kb(main.gzip)} gzipped, within the budget of 35 KB (${kb(-over)} to spare).`);
