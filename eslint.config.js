// Lint for the whole monorepo: TypeScript and Svelte, without type information (fast enough to
// run on every test run on 2 cores).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/build',
      '**/.svelte-kit',
      '**/.turbo',
      'data',
      'bench/data',
      'e2e/.data',
      '**/test-results',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // No base path is configured, so plain hrefs are what resolve() would return.
      'svelte/no-navigation-without-resolve': 'off',
      // Chinese text uses the ideographic space (U+3000) on purpose.
      'no-irregular-whitespace': 'off',
    },
  },
  {
    // Configuration is read in one place per process (env.ts / settings.js); tests and scripts excepted.
    files: ['packages/*/src/**/*.ts', 'apps/*/src/**/*.ts', 'apps/*/src/**/*.svelte'],
    ignores: ['**/*.test.ts', '**/testing/**', '**/env.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in env.ts only.' },
      ],
    },
  },
);
