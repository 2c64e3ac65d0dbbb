// Lint rules, including the layer rule of docs/ARCHITECTURE.md:
// cli/http -> domain -> db/search; views only from http; demo only from cli; model from anywhere,
// importing nothing of ours but itself. It also holds the shape: no import cycles, no file over
// 400 lines in src (the demo's article texts aside).
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const forbid = (group, message, allowTypeImports = false) => ({ group, message, allowTypeImports });
// Each capability of src/domain is used through its index.ts, from other layers and from the other
// capabilities alike (every layer carries this, since a later config's options replace an earlier's).
const faces = [
  forbid(['**/domain/*/*.js', '!**/domain/*/index.js'], 'use a capability through its index.ts.'),
];
const layer = (files, patterns) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...faces, ...patterns] }],
  },
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'test-results', 'bench/out', 'scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The little client script runs in browsers.
    files: ['public/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    // Plain JS files (the bin script) run on Node.
    files: ['**/*.js'],
    ignores: ['public/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    languageOptions: { parserOptions: { jsxPragma: 'h', jsxFragmentName: 'Fragment' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': ['error', { 'prefer-inline': true }],
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    // The demo's remedy articles and report voices are content, written out in full.
    files: ['src/demo/remedies/**', 'src/demo/stories/content/**'],
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Landed migrations are never edited; the demo is content and its generator.
    files: ['src/db/migrations/**', 'src/demo/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
  layer(['test/**', 'scripts/**', 'bench/**'], []),
  layer(
    ['src/model/**'],
    [
      forbid(
        [
          '**/db/**',
          '**/search/**',
          '**/domain/**',
          '**/http/**',
          '**/views/**',
          '**/cli/**',
          '**/demo/**',
          '**/mail/**',
        ],
        'model holds the nouns every layer may use: it imports none of them.',
      ),
    ],
  ),
  layer(
    ['src/cli/**'],
    [
      forbid(
        ['**/views/**', 'fastify', '@fastify/*'],
        'cli starts the http layer, never its parts.',
      ),
      forbid(
        ['**/db/repositories/**', '**/db/prepared*', 'kysely'],
        'cli opens and migrates the database, and calls the domain for the rest.',
        true,
      ),
    ],
  ),
  layer(
    ['src/db/**', 'src/search/**'],
    [
      forbid(
        ['**/http/**', '**/views/**', '**/cli/**', '**/demo/**'],
        'db/search sit at the bottom.',
      ),
      forbid(['**/domain/**'], 'db may import domain types only.', true),
    ],
  ),
  layer(
    ['src/domain/**'],
    [
      forbid(
        ['**/http/**', '**/views/**', '**/cli/**', '**/demo/**'],
        'domain knows no HTTP or views.',
      ),
      forbid(['fastify', '@fastify/*'], 'no HTTP objects in the domain.'),
      forbid(['../*/*.js', '!../*/index.js'], 'use another capability through its index.ts.'),
    ],
  ),
  layer(
    ['src/views/**'],
    [
      forbid(
        ['**/db/**', '**/http/**', '**/cli/**', '**/demo/**', 'kysely'],
        'views are pure functions of view models.',
      ),
      forbid(['node:*'], 'views are pure: no crypto, files or clocks of their own.'),
      forbid(['**/domain/**'], 'views may use domain types only; values come from model.', true),
    ],
  ),
  layer(
    ['src/http/**'],
    [
      forbid(
        ['**/db/**', '**/cli/**', '**/demo/**', 'kysely'],
        'http calls the domain, never SQL.',
        true,
      ),
    ],
  ),
  layer(
    ['src/mail/**'],
    [
      forbid(
        ['**/http/**', '**/views/**', '**/cli/**', '**/domain/**', '**/db/**'],
        'mail only sends.',
      ),
    ],
  ),
  layer(
    ['src/demo/**'],
    [forbid(['**/http/**', '**/views/**', '**/cli/**'], 'demo loads content through the domain.')],
  ),
);
