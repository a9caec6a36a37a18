import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const minify = () => terser({ format: { comments: false }, compress: { passes: 2 } });

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
      nodeResolve({ browser: true }),
      typescript({
        tsconfig: './tsconfig.json',
        include: ['src/**/*.ts'],
        exclude: ['src/cli/**', 'test/**'],
        declaration: true,
        declarationDir: 'dist/types',
        outDir: 'dist',
        sourceMap: true,
        types: [],
      }),
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
      nodeResolve({ browser: true }),
      typescript({
        tsconfig: './tsconfig.json',
        include: ['src/**/*.ts'],
        exclude: ['src/cli/**', 'test/**'],
        declaration: false,
        outDir: 'dist',
        sourceMap: true,
        types: [],
      }),
      minify(),
    ],
  },
];
