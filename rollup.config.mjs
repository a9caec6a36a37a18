import nodeResolve from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFile } from 'node:fs/promises';

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

/** The classic script cannot load chunks: the vis renderer is left out of it (the element says so). */
const withoutVisRenderer = {
  name: 'without-vis-renderer',
  resolveId(source) {
    return source.endsWith('renderers/vis/define.js') ? '\0vis-unavailable' : null;
  },
  load(id) {
    return id === '\0vis-unavailable' ? 'export {};' : null;
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
    outDir: 'dist',
    sourceMap: true,
    types: [],
    ...options,
  });

export default [
  /**
   * The browser bundle: one ES module with lit and the d3 modules inside, minified, with a source
   * map and types. Code loaded with import() (the vis renderer, the format converters) becomes
   * chunks of their own.
   */
  {
    input: 'src/index.ts',
    // Lazy chunks import what they share from the main file, which stays one file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
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
      compile({ declaration: true, declarationDir: 'dist/types' }),
      minify(),
    ],
  },
  /** One classic script for CMSs that strip type="module". */
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/archive-timeline.iife.js',
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
];
