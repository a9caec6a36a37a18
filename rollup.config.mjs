import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * The browser bundle: one ES module with lit and the d3 modules inside, minified, with a source
 * map and types. Renderers loaded with import() (vis-timeline) become chunks of their own.
 */
export default {
  input: 'src/index.ts',
  // Lazy chunks (converters, vis) import what they share from the main file, which stays one file.
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
    terser({ format: { comments: false }, compress: { passes: 2 } }),
  ],
};
