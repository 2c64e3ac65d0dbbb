// Facts per report: the values the author entered, else those extracted from the text, stored so
// that every number on a page can be counted from them and traced back to its report.
import type { Db } from '../../db/database.js';
import { findConditionsByIds } from '../../db/repositories/reading/conditions.js';
import {
  type FactsRecord,
  type ReportForFacts,
  countReports,
  rebuildInsight,
  recountInsight,
  reportsForFacts,
  saveFacts,
} from '../../db/repositories/insight/insight.js';
import { findRemedyNamesByIds } from '../../db/repositories/reading/remedies.js';
import { recountTally } from '../../db/repositories/reading/tallies.js';
import {
  type Dose,
  TO_MG,
  extractDoses,
  type Extracted,
  PUBLIC_CONFIDENCE,
  extract,
} from '../extraction/index.js';

/** Bump when extraction changes, so `remedex extract` knows old facts are stale. */
export const EXTRACTOR_VERSION = 8;

// Facts per report

const PER_DAY: Record<string, number> = {
  'once a day': 1,
  'twice a day': 2,
  'three times a day': 3,
  'four times a day': 4,
  'every other day': 0.5,
  'once a week': 1 / 7,
};
// Lower bounds of the daily-mass bands, in mg.
export const MASS_BANDS = [0, 100, 250, 500, 1000, 2000, 5000, 10000, 20000];

export function massBand(mgPerDay: number): string {
  let band = 0;
  for (const b of MASS_BANDS) if (mgPerDay >= b) band = b;
  return `day:${band}`;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

interface DoseFact {
  band: string;
  dailyMgMin: number | null;
  dailyMgMax: number | null;
}

function doseFact(min: number, max: number, unit: string, perDay: number | null): DoseFact {
  const toMg = TO_MG[unit as keyof typeof TO_MG];
  if (toMg !== undefined && perDay !== null) {
    const lo = round(min * toMg * perDay);
    const hi = round(max * toMg * perDay);
    return { band: massBand((lo + hi) / 2), dailyMgMin: lo, dailyMgMax: hi };
  }
  return { band: `amount:${unit}:${round(min)}`, dailyMgMin: null, dailyMgMax: null };
}

/** The dose about the remedy: the first naming it (or naming nothing), else the first at all. */
function remedyDose(doses: readonly Dose[], remedyTerms: readonly string[]): Dose | null {
  const terms = remedyTerms.map((t) => t.toLowerCase());
  return (
    doses.find(
      (d) => d.substance === null || terms.some((t) => d.substance!.toLowerCase().includes(t)),
    ) ??
    doses[0] ??
    null
  );
}

const termKey = (term: string) => term.toLowerCase().replace(/\s+/g, '_');

export interface FactContext {
  remedyTerms: string[];
  conditionTerms: string[];
}

/** A report's facts: what its author entered wins; the rest is read from its text. */
export function factsOf(r: ReportForFacts, context: FactContext, now: string): FactsRecord {
  const text = `${r.title ? `${r.title}.\n` : ''}${r.body}`;
  const x: Extracted = extract(text, context);
  const sources: Record<string, string> = {};
  const from = (field: string, span: { text: string } | null | undefined) => {
    sources[field] = span ? `text: “${span.text}”` : 'author';
  };

  let dose: DoseFact | null = null;
  if (r.doseMin !== null && r.doseUnit !== null) {
    const perDay = r.doseFrequency !== null ? (PER_DAY[r.doseFrequency] ?? null) : null;
    dose = doseFact(r.doseMin, r.doseMax ?? r.doseMin, r.doseUnit.toLowerCase(), perDay);
    from('dose', null);
  } else {
    const d = remedyDose(extractDoses(text, context.remedyTerms), context.remedyTerms);
    if (d) {
      dose =
        d.dailyMgMin !== null && d.dailyMgMax !== null
          ? {
              band: massBand((d.dailyMgMin + d.dailyMgMax) / 2),
              dailyMgMin: d.dailyMgMin,
              dailyMgMax: d.dailyMgMax,
            }
          : doseFact(d.amountMin, d.amountMax, d.unit, null);
      from('dose', d.span);
    }
  }

  let outcome: string | null = r.outcome;
  if (outcome !== null) from('outcome', null);
  // Read from text, an outcome or side effect counts only when the extractor is sure enough: a
  // post it is unsure of says "does not say" rather than adding a wrong number.
  else if (x.outcome !== 'unclear' && x.outcomeConfidence >= PUBLIC_CONFIDENCE) {
    outcome = x.outcome;
    from('outcome', x.outcomeSpan);
  }
  let takenDays: number | null = r.takenDays;
  if (takenDays !== null) from('taken', null);
  else if (x.duration) {
    takenDays = x.duration.days;
    from('taken', x.duration.span);
  }
  let effectDays: number | null = r.effectDays;
  if (effectDays !== null) from('effect', null);
  else if (x.timeToEffect) {
    effectDays = x.timeToEffect.days;
    from('effect', x.timeToEffect.span);
  }
  let forWhom: string | null = r.forWhom;
  if (forWhom !== null) from('forWhom', null);
  else if (x.forWhom !== 'unclear') forWhom = x.forWhom;

  let sideEffects = r.sideEffects.map((s) => ({ term: termKey(s.term), severity: s.severity }));
  if (sideEffects.length > 0) from('sideEffects', null);
  else {
    const seen = new Set<string>();
    const sure = x.sideEffects.filter(
      (s) => !s.negated && s.term !== 'any' && s.confidence >= PUBLIC_CONFIDENCE,
    );
    sideEffects = sure
      .map((s) => ({ term: termKey(s.term), severity: null }))
      .filter((s) => !seen.has(s.term) && seen.add(s.term));
    for (const s of sure) sources[`sideEffect:${termKey(s.term)}`] ??= `text: “${s.span.text}”`;
  }

  return {
    reportId: r.id,
    outcome,
    doseBand: dose?.band ?? null,
    dailyMgMin: dose?.dailyMgMin ?? null,
    dailyMgMax: dose?.dailyMgMax ?? null,
    takenDays,
    effectDays,
    forWhom,
    sources: JSON.stringify({ version: EXTRACTOR_VERSION, ...sources }),
    extractedAt: now,
    sideEffects,
  };
}

async function contexts(
  db: Db,
  reports: readonly ReportForFacts[],
): Promise<(r: ReportForFacts) => FactContext> {
  const [remedies, conditions] = await Promise.all([
    findRemedyNamesByIds(db, [...new Set(reports.map((r) => r.remedyId))]),
    findConditionsByIds(db, [...new Set(reports.map((r) => r.conditionId))]),
  ]);
  const remedyTerms = new Map(remedies.map((m) => [m.id, [m.name, ...m.aliases]]));
  const conditionTerms = new Map(conditions.map((c) => [c.id, [c.name, ...c.aliases]]));
  return (r) => ({
    remedyTerms: remedyTerms.get(r.remedyId) ?? [],
    conditionTerms: conditionTerms.get(r.conditionId) ?? [],
  });
}

/** Re-reads these reports' facts (after they were written, edited or approved). */
export async function refreshFacts(
  db: Db,
  reportIds: readonly number[],
  now = new Date(),
): Promise<void> {
  const reports = await reportsForFacts(db, { ids: reportIds });
  const context = await contexts(db, reports);
  await saveFacts(
    db,
    reports.map((r) => factsOf(r, context(r), now.toISOString())),
  );
}

/**
 * After reports changed: their facts re-read, then the public numbers of every remedy × condition
 * pair they belong to (or belonged to) recomputed. Run inside the writing transaction.
 */
export async function settleReports(
  db: Db,
  reportIds: readonly number[],
  pairs: readonly { remedyId: number; conditionId: number }[],
): Promise<void> {
  if (reportIds.length > 0) await refreshFacts(db, reportIds);
  const unique = new Map(pairs.map((p) => [`${p.remedyId}:${p.conditionId}`, p]));
  for (const p of unique.values()) {
    await recountTally(db, p.remedyId, p.conditionId);
    await recountInsight(db, p.remedyId, p.conditionId);
  }
}

/** Re-runs extraction over every report, in batches, then rebuilds every pair's insight. */
export async function reextractAll(
  db: Db,
  onProgress: (done: number, total: number) => void = () => {},
  batch = 500,
): Promise<number> {
  const total = await countReports(db);
  const now = new Date().toISOString();
  let done = 0;
  for (let afterId = 0; ;) {
    const reports = await reportsForFacts(db, { afterId, limit: batch });
    if (reports.length === 0) break;
    const context = await contexts(db, reports);
    await saveFacts(
      db,
      reports.map((r) => factsOf(r, context(r), now)),
    );
    done += reports.length;
    afterId = reports[reports.length - 1]!.id;
    onProgress(done, total);
  }
  await rebuildInsight(db);
  return done;
}
