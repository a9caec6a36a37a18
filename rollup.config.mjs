import nodeResolve from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
/** What the package depends on (dependencies and peer dependencies): the app installs them, once for all its packages. */
const installed = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
/**
 * The npm build leaves each of those packages, and their subpaths, to the app's bundler, which
 * shares one copy of each with the app's own code (one Lit, one d3). A stylesheet imported as text
 * (`….css?inline`) is no module a bundler can take: it is inlined all the same.
 */
const isInstalled = (source) => !/\.css(\?inline)?$/.test(source) && installed.some((name) => source === name || source.startsWith(`${name}/`));

/** `module` lets terser rename and drop top-level names; ES2020 is what the element needs anyway. */
const minify = () => terser({ module: true, ecma: 2020, format: { comments: false }, compress: { passes: 3 } });

/**
 * Whitespace and comments out of lit's html`…`, svg`…` and css`…` templates. Conservative: a run
 * of whitespace becomes one space, never none, so text between inline elements keeps its spaces.
 * A css`…` that is only a list of declarations (the theme tokens, put into rules elsewhere) is no
 * stylesheet the CSS minifier can parse: it stays as written.
 */
const minifyTemplates = () =>
  minifyHTML({
    failOnError: true,
    options: {
      minifyOptions: { conservativeCollapse: true },
      shouldMinifyCSS: (template) => /css/i.test(template.tag ?? '') && template.parts.some((part) => part.text.includes('{')),
    },
  });

/**
 * The vis renderer left out: of the classic script, which cannot load chunks, and of the npm entry,
 * which has it as an entry of its own. The element's import() then defines nothing, and it says so.
 */
const withoutVisRenderer = {
  name: 'without-vis-renderer',
  resolveId(source) {
    return source.endsWith('renderers/vis/define.js') ? '\0vis-renderer-left-out' : null;
  },
  load(id) {
    return id === '\0vis-renderer-left-out' ? 'export {};' : null;
  },
};

/**
 * A stand-in for a module d3-scale's `scaleUtc` imports but the timeline never calls: d3-time-format,
 * which makes the scale's default tick format (the axis writes its ticks with Intl, in the reader's
 * language). It fails loudly if it is ever called; `npm run size` shows what it saves, and
 * test/cli/bundle.test.ts that it is in.
 */
const standIn = (module, names, why, factory = false) => ({
  name: `without-${module}`,
  resolveId(source) {
    return source === module ? `\0${module}-unused` : null;
  },
  load(id) {
    if (id !== `\0${module}-unused`) return null;
    const fail = `function unused() { throw new Error('archive-timeline is built without ${module}: ${why}'); }`;
    // A factory (utcFormat(specifier)) is called when the scale is made: it hands back the failing function.
    const exported = factory ? `function made() { return unused; }\nexport { ${names.map((name) => `made as ${name}`).join(', ')} };` : `export { ${names.map((name) => `unused as ${name}`).join(', ')} };`;
    return `${fail}\n${exported}`;
  },
});
const withoutTimeFormat = standIn('d3-time-format', ['timeFormat', 'utcFormat'], 'its axis formats dates with Intl', true);

/**
 * d3-interpolate as far as the timeline's scales use it: numbers. The whole module also interpolates
 * colours (with d3-color), strings, dates, arrays and objects, which scales whose ranges are pixels
 * never ask for: about 5.4 KB gzipped, most of it d3-color's. Anything but a number throws.
 */
const numbersOnly = {
  name: 'interpolate-numbers-only',
  resolveId(source) {
    return source === 'd3-interpolate' ? '\0d3-interpolate-numbers' : null;
  },
  load(id) {
    if (id !== '\0d3-interpolate-numbers') return null;
    return `export function interpolateNumber(a, b) {
  a = +a; b = +b;
  return (t) => a * (1 - t) + b * t;
}
export function interpolateRound(a, b) {
  a = +a; b = +b;
  return (t) => Math.round(a * (1 - t) + b * t);
}
export function interpolate(a, b) {
  if (typeof b === 'number') return interpolateNumber(a, b);
  throw new Error('archive-timeline is built with d3-interpolate for numbers only: its scales interpolate pixels');
}
export function piecewise() {
  throw new Error('archive-timeline is built without the piecewise interpolator of d3-interpolate: its scales interpolate pixels');
}`;
  },
};

/**
 * d3-time's intervals and tickers are made by calls at the top of its module, which rollup must
 * keep unless told they are pure: so every local-time interval (timeDay, timeMonth, the local
 * ticker…) came with the UTC ones the timeline uses. Marking those calls pure (and the `.range`
 * aliases, and the tickers' destructuring) lets rollup drop what nothing calls. Fails loudly if
 * d3-time's text changes so that nothing matches.
 */
const pureTimeIntervals = {
  name: 'pure-d3-time-intervals',
  transform(code, id) {
    if (!/[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/.test(id)) return null;
    let marked = 0;
    const mark = (pattern, replacement) => {
      code = code.replace(pattern, (...match) => (marked++, replacement(...match)));
    };
    mark(/^(const \w+ = )(timeInterval|timeWeekday|utcWeekday)\(/gm, (_, start, call) => `${start}/*#__PURE__*/${call}(`);
    mark(/^const (\w+) = (\w+)\.range;$/gm, (_, name, interval) => `const ${name} = /*#__PURE__*/(() => ${interval}.range)();`);
    mark(/^const \[(\w+), (\w+)\] = ticker\((.*)\);$/gm, (_, ticks, interval, args) =>
      `const ${ticks}Pair = /*#__PURE__*/ticker(${args}), ${ticks} = /*#__PURE__*/(() => ${ticks}Pair[0])(), ${interval} = /*#__PURE__*/(() => ${ticks}Pair[1])();`);
    if (marked < 40) this.error(`d3-time changed: only ${marked} of its intervals were marked pure`);
    return { code, map: null };
  },
};

/** `import text from '….css?inline'`: a stylesheet as a string (the vis renderer adopts vis-timeline's into its shadow root). */
const cssAsText = {
  name: 'css-as-text',
  async resolveId(source, importer) {
    if (!source.endsWith('.css?inline')) return null;
    const resolved = await this.resolve(source.slice(0, -'?inline'.length), importer, { skipSelf: true });
    return resolved ? `${resolved.id}?inline` : null;
  },
  async load(id) {
    if (!id.endsWith('.css?inline')) return null;
    return `export default ${JSON.stringify(await readFile(id.slice(0, -'?inline'.length), 'utf8'))};`;
  },
};

/** vis-timeline's ES build imports `moment`, whose `main` is UMD: take the ES module moment also ships. */
const momentAsModule = {
  name: 'moment-as-module',
  resolveId(source, importer) {
    return source === 'moment' ? this.resolve('moment/dist/moment.js', importer, { skipSelf: true }) : null;
  },
};

/** The browser code (not the CLI, not the tests), compiled the same way for both builds. */
const compile = (options) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    exclude: ['src/cli/**', 'test/**'],
    outDir: 'dist/cdn',
    sourceMap: true,
    types: [],
    ...options,
  });

export default [
  /**
   * The npm entry (the package's `.` export), for apps built with a bundler: our code only, minified,
   * with a source map and the types; lit, @lit/task and the d3 modules are imports the app's bundler
   * resolves. The vis renderer is an entry of its own (`archive-timeline/vis`), not a chunk the
   * element imports: a bundler resolves every import, a lazy one too, at build time, so an app
   * without the optional vis-timeline would not build. The element's import() finds nothing here,
   * and renderer="vis" says it is unavailable unless the app imported archive-timeline/vis.
   * The stand-ins for d3-time-format and d3-interpolate cannot apply: d3-scale, which imports
   * them, is the app's.
   */
  {
    input: { 'archive-timeline': 'src/index.ts', vis: 'src/renderers/vis/define.ts' },
    external: isInstalled,
    // The element's import() of the renderer left out is an empty chunk, as meant.
    onwarn: (warning, warn) => (warning.code === 'EMPTY_BUNDLE' && warning.names?.includes('_vis-renderer-left-out') ? undefined : warn(warning)),
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: '[name].js',
      // What both entries use (most of the element) is a chunk named for what it is, not for one of its modules.
      chunkFileNames: ({ isDynamicEntry }) => (isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js'),
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      withoutVisRenderer,
      cssAsText,
      nodeResolve({ browser: true }),
      minifyTemplates(),
      compile({ outDir: 'dist', declaration: true, declarationDir: 'dist/types' }),
      minify(),
    ],
  },
  /**
   * The self-contained build, for script tags (CMS pages, iframes): one ES module with lit and the
   * d3 modules inside, minified, with a source map. Code loaded with import() (the vis renderer with
   * vis-timeline, the format converters) becomes chunks of their own.
   */
  {
    input: 'src/index.ts',
    // Lazy chunks import what they share from the main file, which stays one file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      entryFileNames: 'archive-timeline.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      withoutTimeFormat,
      numbersOnly,
      pureTimeIntervals,
      cssAsText,
      momentAsModule,
      nodeResolve({ browser: true }),
      minifyTemplates(),
      compile({ declaration: false }),
      minify(),
    ],
  },
  /** One classic script for CMSs that strip type="module". */
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/cdn/archive-timeline.iife.js',
      format: 'iife',
      name: 'ArchiveTimelineBundle',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [
      withoutVisRenderer,
      withoutTimeFormat,
      numbersOnly,
      pureTimeIntervals,
      nodeResolve({ browser: true }),
      minifyTemplates(),
      compile({ declaration: false }),
      minify(),
    ],
  },
  /**
   * The command line, `npx archive-timeline validate|convert` (package.json "bin"): one ES module for
   * Node 20, not minified, its runtime dependencies (d3-dsv) and Node's modules imported, not bundled.
   */
  {
    input: 'src/cli/archive-timeline.ts',
    external: [/^node:/, 'd3-dsv'],
    output: { file: 'dist/cli/archive-timeline.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        include: ['src/**/*.ts'],
        exclude: ['test/**'],
        outDir: 'dist/cli',
        declaration: false,
        sourceMap: false,
        types: ['node'],
      }),
    ],
  },
];
