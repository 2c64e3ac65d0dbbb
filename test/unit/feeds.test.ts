// What a revision changed, in the words of the revisions feed.
import { describe, expect, it } from 'vitest';
import { changedParts } from '../../src/domain/open/index.js';

describe('changedParts', () => {
  const before = {
    name: 'Ginger',
    summary: 'A root.',
    citations: [],
    article: { dosage: { rows: [] }, cautions: ['x'], whenToStop: 'Stop if…' },
  };
  it('names the first version', () => {
    expect(changedParts(before, null)).toEqual(['first version']);
  });
  it('names the fields and article sections that differ, in page order', () => {
    const after = {
      ...before,
      citations: [{ key: 'a' }],
      article: { ...before.article, whenToStop: 'Stop at once if…', dosage: { rows: [1] } },
    };
    expect(changedParts(after, before)).toEqual(['sources', 'dosage', 'when to stop']);
  });
  it('names nothing when nothing differs', () => {
    expect(changedParts(before, structuredClone(before))).toEqual([]);
  });
});
