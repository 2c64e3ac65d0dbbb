// What the open data withholds so that no one can be picked out.
import { describe, expect, it } from 'vitest';
import { ValueCounts, withheldDerived, withheldOutcomes } from '../../src/domain/open/index.js';

const row = (o: Partial<Record<string, number>>) => ({
  helped: 0,
  helped_temporarily: 0,
  no_change: 0,
  worse: 0,
  side_effects_only: 0,
  does_not_say: 0,
  ...o,
});

describe('withheld outcomes', () => {
  it('withholds counts from 1 to min − 1, never 0 or the minimum', () => {
    expect([...withheldOutcomes(row({ helped: 9, no_change: 2, worse: 3 }), 5)].sort()).toEqual([
      'no_change',
      'worse',
    ]);
    expect(withheldOutcomes(row({ helped: 5, no_change: 5 }), 5).size).toBe(0);
  });
  it('withholds a second cell when one alone could be worked out from the total', () => {
    const hidden = withheldOutcomes(
      row({ helped: 12, no_change: 6, worse: 1, does_not_say: 8 }),
      5,
    );
    expect([...hidden].sort()).toEqual(['no_change', 'worse']);
  });
  it('withholds known, improved and the share when a count they are made of is withheld', () => {
    expect(withheldDerived(new Set(['does_not_say']), 20, 5)).toEqual({
      known: true,
      improved: false,
      share: true,
    });
    expect(withheldDerived(new Set(['helped_temporarily', 'worse']), 20, 5)).toMatchObject({
      improved: true,
      share: true,
    });
    expect(withheldDerived(new Set(['worse', 'no_change']), 20, 5)).toEqual({
      known: false,
      improved: false,
      share: false,
    });
  });
});

describe('values shared by enough reports', () => {
  it('keeps a value of a pair only when at least min reports of that pair share it', () => {
    const v = new ValueCounts();
    for (let i = 0; i < 5; i++) v.add('ginger/nausea', 'taken_days', 30);
    v.add('ginger/nausea', 'taken_days', 11);
    v.add('ginger/ibs', 'taken_days', 30);
    expect(v.keep('ginger/nausea', 'taken_days', 30, 5)).toBe(30);
    expect(v.keep('ginger/nausea', 'taken_days', 11, 5)).toBeNull();
    expect(v.keep('ginger/ibs', 'taken_days', 30, 5)).toBeNull();
    expect(v.keep('ginger/nausea', 'taken_days', null, 5)).toBeNull();
  });
});
