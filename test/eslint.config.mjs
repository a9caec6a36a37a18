import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    files: ['demo/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['test/fixtures/**/*.js'],
    languageOptions: { globals: { window: 'readonly' } },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', location: 'readonly', URLSearchParams: 'readonly', ResizeObserver: 'readonly' },
    },
  },
  {
    // The editor's page also reads files, fetches an address, copies and downloads.
    files: ['demo/editor*.js'],
    languageOptions: {
      globals: Object.fromEntries(
        ['URL', 'fetch', 'CustomEvent', 'navigator', 'getSelection', 'Blob', 'setTimeout', 'clearTimeout', 'Option', 'Intl'].map((name) => [name, 'readonly']),
      ),
    },
  },
);
