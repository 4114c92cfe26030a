import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { architecturePlugin } from './tools/eslint-architecture-plugin.js';

export default tseslint.config(
  // dist-* and test-results-*: side-by-side local builds and e2e runs (BUILD_OUT_DIR, E2E_OUTPUT_DIR).
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      '.emulator',
      'test-results*',
      'playwright-report',
      'public/config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { architecture: architecturePlugin },
    rules: {
      'architecture/import-direction': 'error',
      'architecture/kebab-case-file-names': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Call Graph through src/lib/graph/graph-client.ts.' },
        { name: 'localStorage', message: 'Nothing of MSAL or Graph is persisted in localStorage.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'fetch', message: 'Call Graph through src/lib/graph/graph-client.ts.' },
      ],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: hostile strings must stay text.',
        },
      ],
    },
  },
  {
    // Tests read arbitrary JSON bodies back from the emulator.
    files: ['**/*.test.{ts,tsx}', 'emulator/testing/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/lib/graph/graph-client.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
