// ESLint flat config: typescript-eslint's recommended rules for the TypeScript in src/ and test/,
// ESLint's own recommended rules for the plain JavaScript (scripts/, test/e2e/, config files).
import tseslint from 'typescript-eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';

// "eslint:recommended" without the separate @eslint/js package: the core rules marked recommended.
const jsRecommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
);

const readonly = (names) => Object.fromEntries(names.map((n) => [n, 'readonly']));
const nodeGlobals = readonly([
  'process', 'console', 'Buffer', 'global', 'globalThis', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder',
  'AbortController', 'AbortSignal', 'fetch', 'Response', 'Request', 'Headers', 'structuredClone', 'queueMicrotask',
  'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'performance',
]);
const commonJsGlobals = readonly(['require', 'module', 'exports', '__dirname', '__filename']);
const mochaGlobals = readonly(['describe', 'it', 'before', 'after', 'beforeEach', 'afterEach', 'suite', 'test',
  'suiteSetup', 'suiteTeardown', 'setup', 'teardown', 'context', 'specify']);
const browserGlobals = readonly(['window', 'document', 'navigator', 'location', 'HTMLElement', 'Element', 'Node',
  'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'MessageEvent', 'Event', 'CustomEvent',
  'MutationObserver', 'ResizeObserver', 'localStorage', 'sessionStorage', 'acquireVsCodeApi', 'DOMParser', 'XMLSerializer']);

const unusedVars = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }];

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'media/dist/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', '**/*.d.ts'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': unusedVars,
      // `import x = require('cjs-module')` is how this CommonJS-emitting project imports CJS packages
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
    },
  },
  {
    // tests inspect parsed JSON, SARIF and private shapes: `any` is fine there
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...nodeGlobals },
    },
    rules: {
      ...jsRecommended,
      'no-unused-vars': unusedVars,
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, ...commonJsGlobals } },
  },
  {
    files: ['test/**/*.mjs', 'test/**/*.js'],
    languageOptions: { globals: { ...nodeGlobals, ...mochaGlobals } },
  },
  {
    // code that runs in a browser page: functions passed to page.evaluate, webview test harnesses
    files: ['test/e2e/**/*.mjs', 'test/webview/**/*.mjs', 'test/webview/**/*.js'],
    languageOptions: { globals: { ...nodeGlobals, ...mochaGlobals, ...browserGlobals } },
  },
);
