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
 * d3-scale's `scaleUtc` interpolates its range with d3-interpolate, which imports d3-color to
 * interpolate colours (a CSS colour parser and its named colours: about 4 KB gzipped). The
 * timeline's ranges are pixels, numbers: d3-color is never called. The builds put this stand-in in
 * its place; it fails loudly if a colour is ever interpolated, and `npm run size` shows what it saves.
 */
const withoutColours = {
  name: 'without-d3-color',
  resolveId(source) {
    return source === 'd3-color' ? '\0d3-color-unused' : null;
  },
  load(id) {
    if (id !== '\0d3-color-unused') return null;
    const names = ['color', 'rgb', 'hsl', 'lab', 'hcl', 'cubehelix'];
    return `function unused() { throw new Error('archive-timeline is built without d3-color: its scales interpolate numbers only'); }
export { ${names.map((name) => `unused as ${name}`).join(', ')} };`;
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
      withoutColours,
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
      withoutColours,
      nodeResolve({ browser: true }),
      minifyTemplates(),
      compile({ declaration: false }),
      minify(),
    ],
  },
];
