import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import noEnglishPhrase from './eslint-rules/no-english-phrase.js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ and what each may import. Dependencies point one way:
 * lib <- data <- experiment <- search <- engine <- storage <- store <- ui <- app.
 * (data sits below experiment because the spec validator reads each dataset's task and shapes.)
 * `storage` keeps studies and runs in IndexedDB; the store writes through it, the app opens it.
 * The engine is split at the worker boundary: `engine-worker` runs inside Web Workers and is the
 * only code that imports TensorFlow.js; the page reaches it only through `engine-client`.
 */
const DOMAIN = ['lib', 'data', 'experiment', 'search', 'export'];
/** The UI's feature folders: each may import itself and `shared/`, never another feature. */
export const UI_FEATURES = [
  'dataset',
  'builder',
  'training',
  'results',
  'search',
  'experiment',
  'saved',
  'lessons',
];
export const LAYERS = {
  lib: [],
  data: ['lib'],
  experiment: ['lib', 'data'],
  search: ['lib', 'data', 'experiment'],
  // Files the app writes for other tools (the Python project): pure, like the search.
  export: ['lib', 'data', 'experiment', 'search'],
  'engine-client': DOMAIN,
  'engine-worker': [...DOMAIN, 'engine-client'],
  storage: [...DOMAIN, 'engine-client'],
  store: [...DOMAIN, 'engine-client', 'storage'],
  // Translations, the language picker and Intl formatting; every UI part may use them.
  'ui-i18n': [...DOMAIN, 'engine-client', 'store'],
  'ui-shared': [...DOMAIN, 'engine-client', 'store', 'ui-i18n'],
  ...Object.fromEntries(
    UI_FEATURES.map((feature) => [
      `ui-${feature}`,
      [...DOMAIN, 'engine-client', 'store', 'ui-i18n', 'ui-shared'],
    ]),
  ),
  // The screens put the features together: the header, the views, the results column.
  'ui-layout': [
    ...DOMAIN,
    'engine-client',
    'store',
    'ui-i18n',
    'ui-shared',
    ...UI_FEATURES.map((f) => `ui-${f}`),
  ],
  app: [
    ...DOMAIN,
    'engine-client',
    'storage',
    'store',
    'ui-i18n',
    'ui-shared',
    'ui-layout',
    ...UI_FEATURES.map((f) => `ui-${f}`),
  ],
};
/** Where each element type lives; the first pattern that matches a file decides. */
const ELEMENT_FOLDERS = {
  'engine-client': 'src/engine/client',
  'engine-worker': 'src/engine/worker',
  'ui-i18n': 'src/ui/i18n',
  'ui-shared': 'src/ui/shared',
  'ui-layout': 'src/ui/layout',
  ...Object.fromEntries(UI_FEATURES.map((feature) => [`ui-${feature}`, `src/ui/${feature}`])),
};

const TFJS_MESSAGE =
  'TensorFlow.js is imported only in src/engine/worker: reach it through the store and src/engine/client.';
const TFJS_ONLY_IN_ENGINE_WORKER = {
  message: TFJS_MESSAGE,
  dynamic: '/^@tensorflow\\//',
  paths: [],
  patterns: [
    {
      group: ['@tensorflow/*'],
      message:
        'TensorFlow.js is imported only in src/engine/worker: reach it through the store and src/engine/client.',
    },
  ],
};
const REACT_MESSAGE =
  'React is imported only in src/ui and src/app; outside them use zustand/vanilla.';
const REACT_ONLY_IN_UI = {
  message: REACT_MESSAGE,
  dynamic: '/^(react|react-dom|recharts|zustand)(\\/(?!vanilla).*)?$/',
  paths: ['react', 'react-dom', 'recharts', 'zustand'].map((name) => ({
    name,
    message: REACT_MESSAGE,
  })),
  patterns: [
    {
      group: ['react/*', 'react-dom/*', 'recharts/*', 'zustand/react', 'zustand/traditional'],
      message: REACT_MESSAGE,
    },
  ],
};
const IDB_MESSAGE = 'IndexedDB is used only in src/storage: reach it through the store.';
const IDB_ONLY_IN_STORAGE = {
  message: IDB_MESSAGE,
  dynamic: '/^(idb|fake-indexeddb)(\\/.*)?$/',
  paths: ['idb', 'fake-indexeddb'].map((name) => ({ name, message: IDB_MESSAGE })),
  patterns: [{ group: ['idb/*', 'fake-indexeddb/*'], message: IDB_MESSAGE }],
};
const ZOD_MESSAGE =
  'zod comes from src/lib/zod.ts, which sets it jitless before any schema exists (the CSP forbids eval).';
const ZOD_THROUGH_LIB = {
  message: ZOD_MESSAGE,
  dynamic: '/^zod(\\/.*)?$/',
  paths: [{ name: 'zod', message: ZOD_MESSAGE }],
  patterns: [{ group: ['zod/*'], message: ZOD_MESSAGE }],
};
const TEST_MESSAGE =
  'Vitest and testing/ folders are test support: only *.test.ts files and testing/ folders import them.';
const TEST_SUPPORT_ONLY_IN_TESTS = {
  message: TEST_MESSAGE,
  dynamic: '/^vitest$|\\/testing\\//',
  paths: [{ name: 'vitest', message: TEST_MESSAGE }],
  patterns: [{ group: ['**/testing/*', './testing/*'], message: TEST_MESSAGE }],
};
/** Test files, and `testing/` folders of test support (conformance suites, fixtures, replays). */
const TEST_FILES = ['src/**/*.test.ts', 'src/**/testing/**'];
const TEST_FILES_GLOB = '{**/*.test.ts,**/testing/**}';
/** The third-party code each part of src/ may not use; later entries override earlier ones. */
const LAYER_IMPORT_RULES = [
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: [TFJS_ONLY_IN_ENGINE_WORKER, REACT_ONLY_IN_UI, IDB_ONLY_IN_STORAGE, ZOD_THROUGH_LIB],
  },
  {
    files: ['src/engine/worker/**'],
    rules: [REACT_ONLY_IN_UI, IDB_ONLY_IN_STORAGE, ZOD_THROUGH_LIB],
  },
  {
    files: ['src/storage/**'],
    rules: [TFJS_ONLY_IN_ENGINE_WORKER, REACT_ONLY_IN_UI, ZOD_THROUGH_LIB],
  },
  {
    files: ['src/ui/**', 'src/app/**'],
    rules: [TFJS_ONLY_IN_ENGINE_WORKER, IDB_ONLY_IN_STORAGE, ZOD_THROUGH_LIB],
  },
  {
    files: ['src/lib/zod.ts'],
    rules: [TFJS_ONLY_IN_ENGINE_WORKER, REACT_ONLY_IN_UI, IDB_ONLY_IN_STORAGE],
  },
];
const HTML_MESSAGE =
  'Text reaches the page as text (React escapes it): names, files and cells come from users, and the CSP forbids inline script.';
/** Markup from strings, everywhere in src/: user strings must never become HTML. */
const HTML_FROM_STRINGS = [
  "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
  'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
  "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
].map((selector) => ({ selector, message: HTML_MESSAGE }));

/** Static imports through no-restricted-imports, dynamic `import()` through a syntax rule. */
const restrict = (...rules) => ({
  'no-restricted-imports': [
    'error',
    { paths: rules.flatMap((r) => r.paths), patterns: rules.flatMap((r) => r.patterns) },
  ],
  'no-restricted-syntax': [
    'error',
    ...rules.map((r) => ({
      selector: `ImportExpression[source.value=${r.dynamic}]`,
      message: r.message,
    })),
    ...HTML_FROM_STRINGS,
  ],
});

/** Attributes of components that are data, not words: names, kinds, keys, styles, test ids. */
const NON_TEXT_ATTRIBUTES = [
  'className',
  'style',
  'type',
  'key',
  'id',
  'width',
  'height',
  'name',
  'htmlFor',
  'href',
  'lang',
  'role',
  'dataKey',
  'stroke',
  'fill',
  'strokeDasharray',
  'layout',
  'orientation',
  'area',
  'kind',
  'variant',
  'part',
  'term',
  'field',
  'control',
  'icon',
  'unit',
  'align',
  'tone',
  'size',
  'mode',
  'axis',
  'value',
  'inputMode',
  'autoComplete',
  'popover',
  'popoverTarget',
  'popoverTargetAction',
  'yAxisId',
  'xAxisId',
  'scale',
  'domain',
  'interval',
  'dot',
  'textAnchor',
  'dominantBaseline',
  'accept',
  'download',
  'rel',
  'target',
  'testId',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-live',
  'aria-haspopup',
  'aria-current',
  'aria-orientation',
  'aria-sort',
  'data-[a-z-]+',
  'shape',
  'mark',
];
/** Identifiers, numbers, punctuation and symbols are not words to translate. */
const NOT_WORDS = ['[0-9!-/:-@[-`{-~ ×·…–—→←↑↓▶⏸■✓✕±≈≤≥%°]+', '[A-Z_-]+'];
const NO_LITERAL_JSX = {
  mode: 'jsx-only',
  'jsx-attributes': { exclude: NON_TEXT_ATTRIBUTES },
  words: { exclude: NOT_WORDS },
  callees: { exclude: ['t', 'i18n\\.t', 'messageText', 'Error', 'console\\.\\w+'] },
};
export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'dist-ui-bench',
      'node_modules',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': Object.keys(LAYERS).map((type) => ({
        type,
        pattern: ELEMENT_FOLDERS[type] ?? `src/${type}`,
      })),
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(LAYERS).map(([layer, allowed]) => ({
            from: { element: { type: layer } },
            allow: { to: { element: { types: { anyOf: [layer, ...allowed] } } } },
          })),
        },
      ],
    },
  },
  // Which third-party code each layer may use; test support stays out of the app's own code.
  ...LAYER_IMPORT_RULES.flatMap(({ files, rules }) => [
    { files, ignores: TEST_FILES, rules: restrict(...rules, TEST_SUPPORT_ONLY_IN_TESTS) },
    { files: files.map((pattern) => [pattern, TEST_FILES_GLOB]), rules: restrict(...rules) },
  ]),
  {
    files: ['src/ui/**/*.tsx', 'src/app/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Every word a person reads comes from the translations (src/ui/i18n/locales), never a literal:
  // JSX text and visible attributes in components, and English phrases in the UI's other files.
  {
    files: ['src/ui/**/*.tsx', 'src/app/**/*.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', NO_LITERAL_JSX] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...TEST_FILES, 'src/ui/i18n/locales/**'],
    plugins: { traintab: { rules: { 'no-english-phrase': noEnglishPhrase } } },
    rules: { 'traintab/no-english-phrase': 'error' },
  },
  // Tests may stand in for the boundaries they test, nothing more.
  {
    files: ['**/*.test.ts', 'e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // Playwright fixtures that need no other fixture are declared with an empty pattern.
  {
    files: ['e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
