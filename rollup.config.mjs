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
