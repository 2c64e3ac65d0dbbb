// What the numbers take from one report, shown on its page so every number can be traced.
import type { Db } from '../../db/database.js';
import { doseBandLabel, sideEffectLabel } from './numbers.js';
import { findFacts } from '../../db/repositories/insight/insight.js';
import { outcomes as outcomeLabels } from '../../model/vocabulary.js';

export interface ReadFact {
  label: string;
  value: string;
  /** "entered by the author", or the words it was read from. */
  source: string;
}

const mg = (n: number) =>
  n >= 1000 ? `${Math.round(n) / 1000} g` : `${Math.round(n * 10) / 10} mg`;
const days = (n: number) =>
  n < 1
    ? 'under a day'
    : n % 7 === 0 && n >= 14
      ? `${n / 7} weeks`
      : `${n} day${n === 1 ? '' : 's'}`;

export async function factsForReport(db: Db, reportId: number): Promise<ReadFact[] | null> {
  const f = await findFacts(db, reportId);
  if (!f) return null;
  const sources = JSON.parse(f.sources) as Record<string, string>;
  const from = (key: string) => {
    const s = sources[key];
    return !s || s === 'author' ? 'entered by the author' : `read from ${s.replace(/^text: /, '')}`;
  };
  const out: ReadFact[] = [];
  if (f.outcome)
    out.push({
      label: 'Outcome',
      value: (outcomeLabels as Record<string, string>)[f.outcome] ?? f.outcome,
      source: from('outcome'),
    });
  if (f.doseBand) {
    const daily =
      f.dailyMgMin !== null && f.dailyMgMax !== null
        ? f.dailyMgMin === f.dailyMgMax
          ? `${mg(f.dailyMgMin)} a day`
          : `${mg(f.dailyMgMin)}–${mg(f.dailyMgMax)} a day`
        : doseBandLabel(f.doseBand);
    out.push({ label: 'Dose', value: daily, source: from('dose') });
  }
  if (f.takenDays !== null)
    out.push({ label: 'Taken for', value: days(f.takenDays), source: from('taken') });
  if (f.effectDays !== null)
    out.push({ label: 'First effect after', value: days(f.effectDays), source: from('effect') });
  if (f.sideEffects.length > 0) {
    const spans = f.sideEffects
      .map((e) => sources[`sideEffect:${e.term}`]?.replace(/^text: /, ''))
      .filter((x): x is string => x !== undefined);
    out.push({
      label: 'Side effects',
      value: f.sideEffects.map((e) => sideEffectLabel(e.term).toLowerCase()).join(', '),
      source:
        sources.sideEffects === 'author' || spans.length === 0
          ? 'entered by the author'
          : `read from ${spans.join(', ')}`,
    });
  }
  return out;
}
