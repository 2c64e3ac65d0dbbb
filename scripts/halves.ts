import { createHash } from 'node:crypto';

/**
 * Which half of a labelled set a post belongs to, by a fixed rule (the first byte of the SHA-1 of
 * its text): rules are tuned on the `tune` half, and the `score` half is only measured. Both are
 * reported.
 */
export type Half = 'tune' | 'score';
export const halfOf = (text: string): Half =>
  createHash('sha1').update(text).digest()[0]! % 2 === 0 ? 'tune' : 'score';
