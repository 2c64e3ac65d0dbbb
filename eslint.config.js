// Lint rules, including the layer rule of docs/ARCHITECTURE.md:
// cli/http -> domain -> db/search; views only from http; demo only from cli.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});
const forbid = (group, message, allowTypeImports = false) => ({ group, message, allowTypeImports });

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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
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
    ],
  ),
  layer(
    ['src/views/**'],
    [
      forbid(
        ['**/db/**', '**/http/**', '**/cli/**', '**/demo/**', 'kysely'],
        'views are pure functions of view models.',
      ),
      // The vocabulary is pure constants (values and labels), so views may read it.
      forbid(
        ['**/domain/**', '!**/domain/vocabulary.js'],
        'views may use domain types only.',
        true,
      ),
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
