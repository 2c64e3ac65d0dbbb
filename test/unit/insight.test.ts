import { describe, expect, it } from 'vitest';
import {
  compareWithEvidence,
  statementsFor,
  doseBandLabel,
  toInsight,
  factsOf,
  massBand,
} from '../../src/domain/insight/index.js';
import type { InsightRecord, ReportForFacts } from '../../src/db/repositories/insight/insight.js';
import { PUBLIC_CONFIDENCE, extract } from '../../src/domain/extraction/index.js';

const record = (
  outcomes: Record<string, number>,
  extra: Partial<InsightRecord['counts']> = {},
) => ({
  remedyId: 1,
  conditionId: 2,
  count: Object.values(outcomes).reduce((a, b) => a + b, 0),
  counts: { outcomes, doses: [], sideEffects: [], effects: [], ...extra },
});

const report = (over: Partial<ReportForFacts>): ReportForFacts => ({
  id: 1,
  remedyId: 1,
  conditionId: 2,
  title: null,
  body: '',
  doseMin: null,
  doseMax: null,
  doseUnit: null,
  doseFrequency: null,
  takenDays: null,
  effectDays: null,
  outcome: null,
  forWhom: null,
  sideEffects: [],
  ...over,
});
const context = { remedyTerms: ['Ginger'], conditionTerms: ['Nausea'] };

describe('facts of a report', () => {
  it('reads text-only reports, with where each value came from', () => {
    const f = factsOf(
      report({
        body: 'I took 500mg twice a day for 2 weeks. It helped within a day. Mild bloating.',
      }),
      context,
      '2026-11-25T00:00:00.000Z',
    );
    expect(f).toMatchObject({
      outcome: 'helped',
      doseBand: 'day:1000',
      dailyMgMin: 1000,
      takenDays: 14,
      effectDays: 1,
    });
    expect(f.sideEffects).toEqual([{ term: 'bloating', severity: null }]);
    expect(JSON.parse(f.sources)).toMatchObject({
      dose: 'text: “500mg”',
      outcome: 'text: “helped”',
    });
  });

  it('lets values the author entered win over the text', () => {
    const f = factsOf(
      report({
        body: 'I took 500mg twice a day. It made things worse and gave me a headache.',
        doseMin: 3,
        doseMax: 5,
        doseUnit: 'g',
        doseFrequency: 'once a day',
        outcome: 'no_change',
        sideEffects: [{ term: 'nausea', severity: 'mild' }],
      }),
      context,
      '2026-11-25T00:00:00.000Z',
    );
    expect(f).toMatchObject({
      outcome: 'no_change',
      doseBand: 'day:2000',
      dailyMgMin: 3000,
      dailyMgMax: 5000,
    });
    expect(f.sideEffects).toEqual([{ term: 'nausea', severity: 'mild' }]);
    expect(JSON.parse(f.sources)).toMatchObject({ dose: 'author', outcome: 'author' });
  });
});

describe('facts the extractor is unsure of', () => {
  it('change no public number: the report says nothing on them', () => {
    // Outcome cues pulling both ways, and an effect with nothing tying it to the remedy.
    const body = 'Headaches since spring. Some days ginger tea helped. Other days it did nothing.';
    const x = extract(body, context);
    expect(x.outcome).not.toBe('unclear');
    expect(x.outcomeConfidence).toBeLessThan(PUBLIC_CONFIDENCE);
    const headache = x.sideEffects.find((s) => s.term === 'headache');
    expect(headache?.confidence).toBeLessThan(PUBLIC_CONFIDENCE);

    const f = factsOf(report({ body }), context, '2026-11-25T00:00:00.000Z');
    expect(f.outcome).toBeNull();
    expect(f.sideEffects).toEqual([]);
    expect(JSON.parse(f.sources)).not.toHaveProperty('outcome');
  });
});

describe('insight numbers', () => {
  it('names dose bands in plain words', () => {
    expect(massBand(1000)).toBe('day:1000');
    expect(doseBandLabel('day:1000')).toBe('1–2 g a day');
    expect(doseBandLabel('day:250')).toBe('250–499 mg a day');
    expect(doseBandLabel('day:0')).toBe('under 100 mg a day');
    expect(doseBandLabel('day:20000')).toBe('20 g or more a day');
    expect(doseBandLabel('amount:tbsp:1')).toBe('1 tbsp a time');
  });

  it('shares improved among reports that say how it went, with the Wilson interval', () => {
    const i = toInsight(
      [record({ helped: 30, helped_temporarily: 10, no_change: 10, unknown: 50 })],
      5,
    );
    expect(i.count).toBe(100);
    expect(i.known).toBe(50);
    expect(i.improved.successes).toBe(40);
    expect(i.improved.share).toBeCloseTo(0.8);
    expect(i.improved.low).toBeGreaterThan(0.66);
    expect(i.improved.high).toBeLessThan(0.9);
    expect(i.outcomes.find((o) => o.outcome === 'unknown')?.count).toBe(50);
  });

  it("adds a remedy's conditions together and says too few below the minimum", () => {
    const i = toInsight([record({ helped: 2 }), record({ worse: 1 })], 5);
    expect(i.count).toBe(3);
    expect(i.tooFew).toBe(true);
    expect(statementsFor(i)).toEqual([]);
  });

  it('notes when the reports and the research disagree, never on small numbers', () => {
    const glowing = toInsight([record({ helped: 40, no_change: 5 })], 5);
    expect(compareWithEvidence('anecdotal', glowing).note).toBe('reporting_bias');
    expect(compareWithEvidence('strong', glowing).note).toBeNull();
    const poor = toInsight([record({ helped: 5, no_change: 40 })], 5);
    expect(compareWithEvidence('strong', poor).note).toBe('poor_reports');
    const few = toInsight([record({ helped: 3 })], 5);
    expect(compareWithEvidence('anecdotal', few).note).toBeNull();
  });

  it('builds every statement from counts, each with its count and a filter to the reports', () => {
    const i = toInsight(
      [
        record(
          { helped: 12, worse: 3, unknown: 5 },
          {
            doses: [{ band: 'day:1000', improved: 7, all: 9 }],
            sideEffects: [{ term: 'bloating', severity: null, count: 4 }],
          },
        ),
      ],
      5,
    );
    const s = statementsFor(i);
    expect(s.map((x) => x.text)).toEqual([
      '12 of 15 reports that say how it went (80%) say it helped.',
      'The dose most often named by those who improved: 1–2 g a day (7 reports).',
      '3 of 15 say it made things worse.',
      'The side effect mentioned most: bloating, in 4 of 20 reports.',
    ]);
    expect(s[0]?.filter).toEqual({ outcome: 'helped' });
    expect(s[1]?.filter).toEqual({ dose: 'day:1000' });
  });
});
