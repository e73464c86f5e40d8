// Lint rules for the whole workspace: typescript-eslint (type-aware), Lit and web-component rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

// Layer boundaries (no-restricted-imports; tested by .ci/lint-boundaries.test.mjs). Packages: sdk ← elements,
// server ← harness (the private browser harness) ← bench, hardening: nothing published imports the harness.
// Inside the SDK: schemas ← errors ← domain ← client, fixtures on top, and the route table (contract) sits on
// schemas alone, below the client; a lower layer never imports a higher one. No package reaches into another's
// src/, build/ or test helpers: it
// imports public exports (`@plankit/sdk/domain`), and stories use `stories/story-data.ts`.
// ESLint applies the last matching config's options for a rule, so each area below lists all it forbids.
const PACKAGES = ['sdk', 'elements', 'server', 'harness', 'bench', 'hardening'];
/** Packages a package must not import (its back-edges). */
const NOT_FROM = {
  sdk: ['elements', 'server', 'harness', 'bench', 'hardening'],
  elements: ['server', 'harness', 'bench', 'hardening'],
  server: ['elements', 'harness', 'bench', 'hardening'],
  harness: ['bench', 'hardening'],
  bench: ['hardening'],
  hardening: ['bench'],
};
/** Folders of the SDK's src/ that each layer must not import. */
const SDK_LAYERS = {
  schemas: ['contract', 'errors', 'domain', 'client', 'fixtures'],
  contract: ['errors', 'domain', 'client', 'fixtures'],
  errors: ['contract', 'domain', 'client', 'fixtures'],
  domain: ['contract', 'client', 'fixtures'],
  client: ['fixtures'],
};
const TEST_FILES = ['**/*.test.ts', '**/test/**', '**/*.cases.ts'];

const forbid = (regex, message) => ({ regex, message });
const internals = forbid(
  '^@plankit/[^/]+/(src|build|test|dist)(/|$)',
  "Import the package's public exports, not its src/, build/, test/ or dist/.",
);
const intoPackages = forbid(
  '^(\\.\\./)+packages/',
  'Import workspace packages by name (@plankit/…), through their public exports; stories take data from stories/story-data.ts.',
);
const intoSibling = (own) =>
  forbid(
    `^(\\.\\./)+(${PACKAGES.filter((name) => name !== own).join('|')})/`,
    'A package never reaches into another one by path: import its public exports by name (@plankit/…).',
  );
const backEdge = (own) =>
  forbid(
    `^@plankit/(${NOT_FROM[own].join('|')})(/|$)`,
    `@plankit/${own} sits below these packages: no import back up.`,
  );
const testHelpers = forbid('^(\\.\\./)+test/', 'Test helpers are for tests only.');
const layer = (name) =>
  forbid(
    `^(\\.\\./)+(${SDK_LAYERS[name].join('|')})(/|$)`,
    `The SDK's layers are schemas ← errors ← domain ← client (fixtures on top; the route table, contract, on schemas alone, below the client): ${name} must not import ${SDK_LAYERS[name].join(', ')}.`,
  );
const area = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: [internals, intoPackages, ...patterns] }] },
});
const boundaries = [
  area(['**/*.{ts,js,mjs}'], []),
  ...PACKAGES.map((name) => area([`packages/${name}/**/*.{ts,js,mjs}`], [intoSibling(name), backEdge(name)])),
  ...PACKAGES.map((name) =>
    area([`packages/${name}/src/**/*.ts`], [intoSibling(name), backEdge(name), testHelpers], TEST_FILES),
  ),
  ...Object.keys(SDK_LAYERS).map((name) =>
    area(
      [`packages/sdk/src/${name}/**/*.ts`],
      [intoSibling('sdk'), backEdge('sdk'), testHelpers, layer(name)],
      TEST_FILES,
    ),
  ),
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'coverage/**',
      'packages/bench/results/**',
      '**/.out/**',
      'packages/hardening/results/**',
      '.tools/**',
      'packages/server/public/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
    rules: {
      ...wc.configs['flat/best-practice'].rules,
      // Registration lives in pk-*.ts files through the safe define(), never customElements.define directly.
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  ...boundaries,
  {
    files: ['packages/*/scripts/**', 'packages/bench/**', 'packages/server/src/main.ts', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-console': 'off' },
  },
);
