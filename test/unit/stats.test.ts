import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/domain/common/index.js';

describe('wilson', () => {
  it('matches the textbook interval', () => {
    const w = wilson(8, 10);
    expect(w.share).toBe(0.8);
    expect(w.low).toBeCloseTo(0.4902, 3);
    expect(w.high).toBeCloseTo(0.9433, 3);
  });
  it('ranks many consistent reports above a handful of perfect ones', () => {
    expect(wilson(90, 100).low).toBeGreaterThan(wilson(3, 3).low);
  });
  it('says nothing for no reports and stays within 0–1', () => {
    expect(wilson(0, 0)).toMatchObject({ share: null, low: 0, high: 0 });
    expect(wilson(5, 5).high).toBeLessThanOrEqual(1);
    expect(wilson(0, 5).low).toBe(0);
  });
});
