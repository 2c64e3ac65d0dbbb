import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Views use the classic JSX transform with `h` (see tsconfig); without this Vite's transform
  // would add React's development props to every element.
  oxc: {
    jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment', development: false },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts'],
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    // Integration files each open their own databases (a PostgreSQL schema per file), so they
    // may run in parallel; the browser test starts its own server on a free port.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
