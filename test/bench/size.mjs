/* global process, console */
/**
 * `npm run size`: the gzipped size (level 9, node:zlib) of what the self-contained ES module
 * dist/cdn/archive-timeline.js (minified, with lit and the d3 modules inside) loads before it runs:
 * itself and any chunk it imports statically (rollup may hoist shared code into one), against
 * the budget; then each chunk loaded on first use through import() (the vis renderer with
 * vis-timeline, the format converters, texts in other languages, the source panel, the list, the
 * reader of data written inside the element), with the chunks it imports in turn.
 * Exits 1 past the budget. Then, for information, the npm entry dist/archive-timeline.js with its
 * static chunks: our code only, without lit and d3, which the app's bundler adds once for all.
 * Needs `npm run build`.
 *
 * `--budget <KB>` (or SIZE_BUDGET_KB) sets another budget, `--dist <folder>` measures another
 * build: the tests of this script use both. The budget is 35 KB otherwise.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The value of `--name value` or `--name=value` on the command line. */
function option(name) {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return args[at].includes('=') ? args[at].slice(name.length + 1) : args[at + 1];
}

const DIST = option('--dist') ?? 'dist/cdn';
const MAIN = path.posix.join(DIST, 'archive-timeline.js');
const CHUNKS = path.posix.join(DIST, 'chunks');
const budgetKb = option('--budget') ?? process.env.SIZE_BUDGET_KB ?? '35';
if (!/^\d+(\.\d+)?$/.test(budgetKb)) {
  console.error(`The budget must be a number of KB, not "${budgetKb}".`);
  process.exit(2);
}
const BUDGET = Math.round(Number(budgetKb) * 1024);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const bytes = (count) => `${count.toLocaleString('en-US')} byte${count === 1 ? '' : 's'}`;

if (!existsSync(path.resolve(ROOT, MAIN))) {
  console.error(`${MAIN} is missing: run npm run build first.`);
  process.exit(1);
}

const measured = new Map();
function measure(file) {
  if (!measured.has(file)) {
    const source = readFileSync(path.resolve(ROOT, file));
    measured.set(file, { file, raw: source.length, gzip: gzipSync(source, { level: 9 }).length, text: source.toString('utf8') });
  }
  return measured.get(file);
}

/** The files a module imports: `import … from "./x.js"` or `import "./x.js"` (static), and `import("./x.js")` (on first use). */
function importsOf(module) {
  const resolve = (specifier) => path.posix.join(path.posix.dirname(module.file), specifier);
  const dynamic = [...module.text.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map(([, specifier]) => resolve(specifier));
  const fixed = [...module.text.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map(([, specifier]) => resolve(specifier));
  return { fixed, dynamic };
}

/** A module with everything it imports statically, in turn: what loads together. */
function withStaticImports(file, loaded = new Set()) {
  if (loaded.has(file) || !existsSync(path.resolve(ROOT, file))) return loaded;
  loaded.add(file);
  for (const imported of importsOf(measure(file)).fixed) withStaticImports(imported, loaded);
  return loaded;
}

// The main module and what it needs before it runs: the budget.
const first = withStaticImports(MAIN);
// Each chunk loaded on first use, with what it imports statically and does not come with the main module.
const lazy = new Map();
const queue = [...first];
for (let file; (file = queue.shift()); ) {
  for (const target of importsOf(measure(file)).dynamic) {
    if (first.has(target) || lazy.has(target)) continue;
    const group = [...withStaticImports(target)].filter((member) => !first.has(member));
    lazy.set(target, group);
    queue.push(...group);
  }
}

/** The vis renderer's chunk: it holds vis-timeline, or defines archive-vis-view. */
const isVis = (files) => files.some((file) => /vis-panel|archive-vis-view/.test(measure(file).text));
const sum = (files, key) => files.reduce((total, file) => total + measure(file)[key], 0);

const rows = [];
for (const file of first) rows.push([file, measure(file).raw, measure(file).gzip, file === MAIN ? `the default module${first.size > 1 ? '' : ` (budget ${kb(BUDGET)})`}` : 'imported by it: loads with it']);
if (first.size > 1) rows.push(['  together, on first paint', sum([...first], 'raw'), sum([...first], 'gzip'), `budget ${kb(BUDGET)}`]);
const listed = new Set();
for (const [target, group] of lazy) {
  for (const file of group) {
    if (listed.has(file)) continue;
    listed.add(file);
    const importers = [...lazy].filter(([other, members]) => other !== file && members.includes(file)).map(([other]) => path.basename(other));
    const note = file === target ? `${isVis(group) ? 'renderer="vis", ' : ''}loaded on first use` : `loaded with ${importers.join(', ')}`;
    rows.push([file, measure(file).raw, measure(file).gzip, note]);
  }
}

const width = Math.max(...rows.map(([file]) => file.length));
console.log(`${'file'.padEnd(width)}  ${'minified'.padStart(10)}  ${'gzip -9'.padStart(10)}`);
for (const [file, raw, gzip, note] of rows) console.log(`${file.padEnd(width)}  ${kb(raw).padStart(10)}  ${kb(gzip).padStart(10)}  ${note}`);

const present = existsSync(path.resolve(ROOT, CHUNKS)) ? readdirSync(path.resolve(ROOT, CHUNKS)).filter((name) => name.endsWith('.js')) : [];
const stale = present.filter((name) => !first.has(`${CHUNKS}/${name}`) && !listed.has(`${CHUNKS}/${name}`)).length;
if (stale) console.log(`(${stale} chunk(s) of older builds in ${CHUNKS} not counted: nothing loads them)`);

const total = sum([...first], 'gzip');
const over = total - BUDGET;
const what = first.size > 1 ? `${MAIN} with the ${first.size - 1} chunk(s) it imports` : MAIN;
const budget = `the budget of ${budgetKb} KB (${bytes(BUDGET)})`;
if (over > 0) {
  console.error(`\n${what} is ${kb(total)} (${bytes(total)}) gzipped: ${kb(over)} (${bytes(over)}, ${((over / BUDGET) * 100).toFixed(0)}%) over ${budget}.`);
  process.exit(1);
}
console.log(`\n${what}: ${kb(total)} (${bytes(total)}) gzipped, within ${budget}: ${kb(-over)} (${bytes(-over)}) to spare.`);

const NPM_ENTRY = 'dist/archive-timeline.js';
if (!option('--dist') && existsSync(path.resolve(ROOT, NPM_ENTRY))) {
  const entry = [...withStaticImports(NPM_ENTRY)];
  console.log(`The npm entry ${NPM_ENTRY} with the ${entry.length - 1} chunk(s) it imports, for information (lit and d3 are the app's): ${kb(sum(entry, 'gzip'))} (${bytes(sum(entry, 'gzip'))}) gzipped.`);
}
