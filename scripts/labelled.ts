// What the scorers share: reading a labelled JSON Lines set (a bad line names FILE:LINE), the
// fixed split into halves, and precision and recall that never flatter.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';

/**
 * Which half of a labelled set a post belongs to, by a fixed rule (the first byte of the SHA-1 of
 * its text): rules are tuned on the `tune` half, and the `score` half is only measured. Both are
 * reported.
 */
export type Half = 'tune' | 'score';
export const halfOf = (text: string): Half =>
  createHash('sha1').update(text).digest()[0]! % 2 === 0 ? 'tune' : 'score';

/** The set's posts in `half` (or all), each checked against `schema`. */
export function readLabelled<S extends z.ZodType<{ text: string }>>(
  path: string,
  schema: S,
  half: Half | 'all' = 'all',
): z.infer<S>[] {
  // The real sets live in ../shared, beside the repository, not in it (see the README).
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: the real labelled posts live in ../shared beside the repository`,
    );
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.trim())
    .map(({ l, i }) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success)
        throw new Error(
          `${path}:${i + 1}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
        );
      return parsed.data;
    })
    .filter((row) => half === 'all' || halfOf(row.text) === half);
}

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

// Nothing predicted has no precision, nothing to find no recall: NaN, shown as "n/a", and never
// passes a threshold.
export const fieldScore = (tp: number, fp: number, fn: number): FieldScore => ({
  tp,
  fp,
  fn,
  precision: tp + fp === 0 ? Number.NaN : tp / (tp + fp),
  recall: tp + fn === 0 ? Number.NaN : tp / (tp + fn),
});

export const shown = (n: number) => (Number.isNaN(n) ? ' n/a' : n.toFixed(2));
