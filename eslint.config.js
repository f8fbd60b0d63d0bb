// @ts-check
/**
 * The linter states the house rules that used to be prose (docs/architecture.md):
 * - the engine and the reply analyser are pure: they import nothing but zod and their own files, and
 *   touch no browser or Node globals, so browser and server run the very same code;
 * - islands, stores and the learner core never import server code (it would land in the browser);
 * - only src/audio/play.ts imports howler, so pages pay for audio only when it plays.
 * `npm run lint` runs it with zero warnings allowed; `npm test` runs `npm run lint`.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Globals a pure module must not reach for: the DOM, Node and the shared global object. */
const impureGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'globalThis', 'Buffer', 'require', 'fetch'].map(
  (name) => ({ name, message: 'The engine and the analyser are pure: pass what you need in as an argument.' }),
);

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench/results/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        // Shared by browser and Node code; environment-specific ones are declared per folder below.
        console: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        queueMicrotask: 'readonly', structuredClone: 'readonly', performance: 'readonly', crypto: 'readonly',
        AbortController: 'readonly', AbortSignal: 'readonly', fetch: 'readonly', Response: 'readonly', Request: 'readonly',
        Headers: 'readonly', FormData: 'readonly', Blob: 'readonly', ReadableStream: 'readonly', globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-restricted-imports': ['error', { paths: [{ name: 'howler', message: 'Only src/audio/play.ts imports howler.' }] }],
    },
  },
  {
    // Node code: the server, scripts, build helpers, configs and most tests.
    files: ['src/server/**', 'src/build/**', 'scripts/**', 'tests/**', '*.config.*', '*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', Buffer: 'readonly', setImmediate: 'readonly', NodeJS: 'readonly' },
    },
  },
  {
    // Tests read loosely typed JSON answers; their assertions, not types, check the shape.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Browser code.
    files: ['src/islands/**', 'src/stores/**', 'src/learner/**', 'src/audio/**', 'src/mdx/**', 'src/i18n/**', 'tests/components/**', 'tests/e2e/**'],
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', navigator: 'readonly', localStorage: 'readonly', sessionStorage: 'readonly',
        HTMLElement: 'readonly', HTMLButtonElement: 'readonly', Element: 'readonly', Event: 'readonly', KeyboardEvent: 'readonly',
        MouseEvent: 'readonly', Storage: 'readonly', StorageEvent: 'readonly', MediaQueryList: 'readonly',
        MediaQueryListEvent: 'readonly', requestAnimationFrame: 'readonly', cancelAnimationFrame: 'readonly',
        HTMLScriptElement: 'readonly', Node: 'readonly', DOMException: 'readonly', addEventListener: 'readonly',
        removeEventListener: 'readonly', location: 'readonly', history: 'readonly',
      },
    },
  },
  {
    files: ['src/audio/play.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/islands/**', 'src/stores/**', 'src/learner/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'howler', message: 'Only src/audio/play.ts imports howler.' }],
          patterns: [
            { group: ['**/server/**', '**/server'], message: 'Browser code never imports src/server: it would ship server code to the browser.' },
            { regex: '^node:', message: 'Browser code cannot import Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    // The engine is one flat folder: zod, its own files and the analyser's feature list (data, no rules:
    // write decisions take features as data, so the engine never runs the analyser itself).
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$)(?!\\./)(?!\\.\\./analysis/types\\.ts$)', message: 'The engine imports nothing but zod, its own files (./…) and ../analysis/types.ts, so it runs unchanged in browser and server.' }] },
      ],
    },
  },
  {
    // The analyser has subfolders; it imports no package at all and nothing outside src/analysis.
    files: ['src/analysis/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!\\.{1,2}/)', message: 'The analyser imports no package: word lists are our own data files.' },
            { regex: '(^|/)(engine|server|islands|stores|learner|audio|i18n|pages|components)(/|$)', message: 'The analyser imports only its own files.' },
            { regex: '^(\\.\\./){2,}', message: 'The analyser imports only its own files.' },
          ],
        },
      ],
    },
  },
  {
    // Scenario maps are drawn by the build and by a CLI: dagre, the engine's entry and their own files only.
    files: ['src/scenario-map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@dagrejs/dagre$)(?!\\.\\./engine/index\\.ts$)(?!\\./)',
              message: 'Scenario maps import only @dagrejs/dagre, ../engine/index.ts and their own files, so the build and the CLI draw the same map.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pure code: no globals of an environment, no dynamic import.
    files: ['src/engine/**', 'src/analysis/**'],
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'No dynamic import in pure code.' },
      ],
    },
  },
);
