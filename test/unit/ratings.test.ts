import { describe, expect, it } from 'vitest';
import { countOf, summarise } from '../../src/domain/reading/index.js';
import type { Tally } from '../../src/model/types.js';

const tally = (histogram: Tally['histogram']): Tally => ({
  remedyId: 1,
  conditionId: 1,
  count: histogram.reduce((a, b) => a + b, 0),
  ratingSum: histogram.reduce((sum, n, i) => sum + n * (i + 1), 0),
  histogram,
  lastPostedAt: null,
});

describe('summarise', () => {
  it('adds tallies up into one histogram and a true mean', () => {
    const s = summarise([tally([1, 0, 0, 0, 1]), tally([0, 0, 2, 0, 0])]);
    expect(s.count).toBe(4);
    expect(s.histogram).toEqual([1, 0, 2, 0, 1]);
    expect(s.average).toBe(3);
  });

  it('has no average when there are no reports (not zero)', () => {
    expect(summarise([])).toEqual({
      count: 0,
      rated: 0,
      average: null,
      histogram: [0, 0, 0, 0, 0],
    });
  });

  it('averages only the rated reports, and has no average when none is rated', () => {
    // Two reports imported without stars: counted, but in no average or histogram.
    const s = summarise([{ ...tally([0, 0, 0, 1, 1]), count: 4 }]);
    expect(s).toMatchObject({ count: 4, rated: 2, average: 4.5 });
    expect(summarise([{ ...tally([0, 0, 0, 0, 0]), count: 3 }])).toMatchObject({
      count: 3,
      rated: 0,
      average: null,
    });
  });
});

describe('countOf', () => {
  it('counts all reports or those with one star rating', () => {
    const t = tally([1, 2, 3, 4, 5]);
    expect(countOf(t, null)).toBe(15);
    expect(countOf(t, 4)).toBe(4);
  });
});
