import { describe, expect, it } from 'vitest';
import { Random, Weighted, generateReports, take } from '../../src/demo/generator.js';

const remedies = [
  {
    id: 1,
    name: 'A',
    conditions: [{ id: 1, name: 'X', weight: 1 }],
    doses: ['1 g'],
    sideEffects: ['gas'],
    positive: 0.6,
    weight: 3,
  },
  {
    id: 2,
    name: 'B',
    conditions: [{ id: 2, name: 'Y', weight: 1 }],
    doses: ['2 g'],
    sideEffects: ['gas'],
    positive: 0.6,
    weight: 1,
  },
];
const authors = [
  { id: 7, displayName: 'Pat', location: 'Leeds, UK', createdAt: Date.UTC(2010, 0, 1) },
];

describe('demo generator', () => {
  it('is deterministic for a seed', () => {
    const a = take(generateReports({ random: new Random(5), remedies, authors }), 50);
    const b = take(generateReports({ random: new Random(5), remedies, authors }), 50);
    expect(a).toEqual(b);
  });

  it('writes valid reports: ratings 1–5, authors after they joined, replies after the report', () => {
    for (const { report, replies } of take(
      generateReports({ random: new Random(9), remedies, authors }),
      300,
    )) {
      expect(report.rating).toBeGreaterThanOrEqual(1);
      expect(report.rating).toBeLessThanOrEqual(5);
      expect(report.body.length).toBeGreaterThan(40);
      if (report.userId !== null)
        expect(Date.parse(report.postedAt)).toBeGreaterThanOrEqual(authors[0]!.createdAt);
      for (const reply of replies) expect(reply.postedAt! >= report.postedAt).toBe(true);
    }
  });

  it('picks by weight', () => {
    const random = new Random(1);
    const weighted = new Weighted([3, 1]);
    const picks = Array.from({ length: 4000 }, () => weighted.pick(random));
    const share = picks.filter((p) => p === 0).length / picks.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
  });
});
