// Insight: what happened to the people who reported on a remedy, out of how many. Every number is
// built from the facts of approved reports, is shown with the count it rests on, and links back to
// the reports behind it.
import { MASS_BANDS } from './facts.js';
import type { InsightCounts, InsightRecord } from '../../db/repositories/insight/insight.js';
import { type Share, wilson } from '../common/index.js';
import {
  outcomeOrder,
  outcomes as outcomeLabels,
  sideEffectTerms,
} from '../../model/vocabulary.js';

// Numbers for pages

const IMPROVED: readonly string[] = ['helped', 'helped_temporarily'];

export const EFFECT_BANDS: Record<string, string> = {
  d0: 'minutes to hours',
  d1: '1–3 days',
  d4: '4–7 days',
  w1: '1–4 weeks',
  m1: '1–3 months',
  m3: 'over 3 months',
};

const mass = (mg: number) => (mg >= 1000 ? `${mg / 1000} g` : `${mg} mg`);

/** "500–999 mg a day", "1 tbsp a time". */
export function doseBandLabel(band: string): string {
  const [kind, a, b] = band.split(':');
  if (kind === 'day') {
    const low = Number(a);
    const i = MASS_BANDS.indexOf(low);
    const next = MASS_BANDS[i + 1];
    if (low === 0) return 'under 100 mg a day';
    if (next === undefined) return `${mass(low)} or more a day`;
    return next <= 1000
      ? `${low}–${next - 1} mg a day`
      : `${mass(low).replace(/ g$/, '')}–${mass(next)} a day`;
  }
  return `${b} ${a} a time`;
}

const bandOrder = (band: string): [number, string, number] => {
  const [kind, a, b] = band.split(':');
  return kind === 'day' ? [0, '', Number(a)] : [1, a ?? '', Number(b)];
};
const compareBands = (x: string, y: string) => {
  const [k1, u1, n1] = bandOrder(x);
  const [k2, u2, n2] = bandOrder(y);
  return k1 - k2 || u1.localeCompare(u2) || n1 - n2;
};

export function sideEffectLabel(term: string): string {
  const known = (sideEffectTerms as Record<string, string>)[term];
  if (known) return known;
  const words = term.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface Insight {
  /** Approved reports the numbers rest on. */
  count: number;
  /** Below this many reports, numbers are not shown ("too few reports"). */
  minCount: number;
  tooFew: boolean;
  /** Reports that say (or were read to say) how it went. */
  known: number;
  /** Improved (for good or for a while) among those that say, with its 95% Wilson interval. */
  improved: Share;
  outcomes: { outcome: string; label: string; count: number }[];
  doses: { band: string; label: string; improved: number; all: number }[];
  sideEffects: {
    term: string;
    label: string;
    count: number;
    severe: number;
    moderate: number;
    mild: number;
  }[];
  effects: { band: string; label: string; count: number }[];
}

function merge(records: readonly InsightRecord[]): { count: number; counts: InsightCounts } {
  const counts: InsightCounts = { outcomes: {}, doses: [], sideEffects: [], effects: [] };
  let count = 0;
  const doses = new Map<string, { band: string; improved: number; all: number }>();
  const effects = new Map<string, number>();
  const side = new Map<string, { term: string; severity: string | null; count: number }>();
  for (const r of records) {
    count += r.count;
    for (const [o, n] of Object.entries(r.counts.outcomes))
      counts.outcomes[o] = (counts.outcomes[o] ?? 0) + n;
    for (const d of r.counts.doses) {
      const e = doses.get(d.band) ?? { band: d.band, improved: 0, all: 0 };
      e.improved += d.improved;
      e.all += d.all;
      doses.set(d.band, e);
    }
    for (const e of r.counts.effects) effects.set(e.band, (effects.get(e.band) ?? 0) + e.count);
    for (const s of r.counts.sideEffects) {
      const key = `${s.term}:${s.severity ?? ''}`;
      const e = side.get(key) ?? { term: s.term, severity: s.severity, count: 0 };
      e.count += s.count;
      side.set(key, e);
    }
  }
  counts.doses = [...doses.values()];
  counts.effects = [...effects].map(([band, n]) => ({ band, count: n }));
  counts.sideEffects = [...side.values()];
  return { count, counts };
}

/** The insight of one pair, or (several records) of a remedy across its conditions. */
export function toInsight(records: readonly InsightRecord[], minCount: number): Insight {
  const { count, counts } = merge(records);
  const known = outcomeOrder.reduce((n, o) => n + (counts.outcomes[o] ?? 0), 0);
  const improved = IMPROVED.reduce((n, o) => n + (counts.outcomes[o] ?? 0), 0);
  const terms = new Map<string, Insight['sideEffects'][number]>();
  for (const s of counts.sideEffects) {
    const e = terms.get(s.term) ?? {
      term: s.term,
      label: sideEffectLabel(s.term),
      count: 0,
      severe: 0,
      moderate: 0,
      mild: 0,
    };
    e.count += s.count;
    if (s.severity === 'severe' || s.severity === 'moderate' || s.severity === 'mild')
      e[s.severity] += s.count;
    terms.set(s.term, e);
  }
  return {
    count,
    minCount,
    tooFew: count < minCount,
    known,
    improved: wilson(improved, known),
    outcomes: [
      ...outcomeOrder.map((o) => ({
        outcome: o,
        label: outcomeLabels[o],
        count: counts.outcomes[o] ?? 0,
      })),
      { outcome: 'unknown', label: 'Does not say', count: count - known },
    ],
    doses: counts.doses
      .sort((a, b) => compareBands(a.band, b.band))
      .map((d) => ({ ...d, label: doseBandLabel(d.band) })),
    sideEffects: [...terms.values()].sort(
      (a, b) => b.count - a.count || a.label.localeCompare(b.label),
    ),
    effects: Object.keys(EFFECT_BANDS)
      .map((band) => ({
        band,
        label: EFFECT_BANDS[band] as string,
        count: counts.effects.find((e) => e.band === band)?.count ?? 0,
      }))
      .filter((e) => e.count > 0),
  };
}
