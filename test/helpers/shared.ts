import { existsSync } from 'node:fs';

// The real labelled posts and the reference page live beside the repository, in ../shared (kept
// out of the project: their texts are not ours to copy). Without them the tests that score on
// them are skipped with one line saying so; under CI a missing file fails the run.
/** Whether a file in ../shared is there; says what is skipped when it is not. */
export function sharedFile(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true' || process.env.CI === '1')
    throw new Error(`${path} is required under CI but missing (${what})`);
  console.warn(`\n!!! ${path} missing: ${what} SKIPPED. CI would fail.\n`);
  return false;
}
