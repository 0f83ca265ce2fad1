import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import autoImports from './.wxt/eslint-auto-imports.mjs';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  autoImports,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Layering (docs/architecture.md): lib/ is pure and runs in Node, the extension and the tools.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['#imports', 'wxt', 'wxt/*', 'webextension-polyfill'],
              message: 'lib/ must not depend on the browser.',
            },
            {
              group: ['**/entrypoints/**', 'preact', 'preact/*'],
              message: 'lib/ must not import UI or entrypoints.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'lib/ must run in the browser too.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'document', 'window', 'localStorage'],
    },
  },
  {
    // Collector dashboard: plain browser modules served as-is (uPlot is a global from its IIFE).
    files: ['collector/dashboard/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        fetch: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        HTMLElement: 'readonly',
        uPlot: 'readonly',
      },
    },
  },
  prettier,
);
