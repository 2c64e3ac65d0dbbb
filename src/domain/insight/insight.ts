// Insight: what happened to the people who reported on a remedy, out of how many. Every number is
// built from the facts of approved reports (values the author entered, else values extracted from
// the text), is shown with the count it rests on, and links back to the reports behind it.
import type { Db } from '../../db/database.js';
import { findConditionsByIds } from '../../db/repositories/conditions.js';
import {
  type FactsRecord,
  type InsightCounts,
  type InsightRecord,
  type ReportForFacts,
  countReports,
  findFacts,
  rebuildInsight,
  recountInsight,
  reportsForFacts,
  saveFacts,
} from '../../db/repositories/insight.js';
import { findRemedyNamesByIds } from '../../db/repositories/remedies.js';
import { recountTally } from '../../db/repositories/tallies.js';
import type { EvidenceLevel } from '../../model/article.js';
import { type Dose, TO_MG, extractDoses } from '../extraction/dose.js';
import { type Extracted, PUBLIC_CONFIDENCE, extract } from '../extraction/extract.js';
import { type Share, wilson } from '../common/stats.js';
import {
  outcomeOrder,
  outcomes as outcomeLabels,
  sideEffectTerms,
} from '../../model/vocabulary.js';

/** Bump when extraction changes, so `remedex extract` knows old facts are stale. */
export const EXTRACTOR_VERSION = 3;

// ---------------------------------------------------------------------------------------------
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
const MASS_BANDS = [0, 100, 250, 500, 1000, 2000, 5000, 10000, 20000];

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

// ---------------------------------------------------------------------------------------------
// Numbers for pages

const IMPROVED: readonly string[] = ['helped', 'helped_temporarily'];

export const EFFECT_BANDS: Record<string, string> = {
  d0: 'within a day',
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

// ---------------------------------------------------------------------------------------------
// Research beside the community's numbers

export interface EvidenceComparison {
  evidence: EvidenceLevel;
  /** Null when the numbers agree with the evidence or there are too few reports to say. */
  note: 'reporting_bias' | 'poor_reports' | null;
}

/**
 * Weak evidence with most reports positive suggests reporting bias; strong evidence with poor
 * reports deserves a note. Judged on the Wilson interval, so small numbers never trigger either.
 */
export function compareWithEvidence(evidence: EvidenceLevel, insight: Insight): EvidenceComparison {
  if (insight.tooFew || insight.known < insight.minCount) return { evidence, note: null };
  const weak = evidence === 'limited' || evidence === 'anecdotal';
  if (weak && insight.improved.low > 0.5) return { evidence, note: 'reporting_bias' };
  if (evidence === 'strong' && insight.improved.high < 0.5)
    return { evidence, note: 'poor_reports' };
  return { evidence, note: null };
}

// ---------------------------------------------------------------------------------------------
// "What people are saying": statements built from counts only, each with its count and a link
// target (a filter of the report list). No invented text.

export interface Statement {
  text: string;
  count: number;
  of: number;
  filter: { outcome?: string; dose?: string } | null;
  tone: 'helpful' | 'cautionary';
}

const pct = (n: number, of: number) => `${Math.round((100 * n) / of)}%`;

export function statementsFor(insight: Insight): Statement[] {
  if (insight.tooFew || insight.known === 0) return [];
  const out: Statement[] = [];
  const outcome = (o: string) => insight.outcomes.find((x) => x.outcome === o)?.count ?? 0;
  const known = insight.known;
  const helped = outcome('helped');
  if (helped > 0)
    out.push({
      text: `${helped} of ${known} reports that say how it went (${pct(helped, known)}) say it helped.`,
      count: helped,
      of: known,
      filter: { outcome: 'helped' },
      tone: 'helpful',
    });
  const bestDose = [...insight.doses].sort((a, b) => b.improved - a.improved)[0];
  if (bestDose && bestDose.improved >= 2)
    out.push({
      text: `The dose most often named by those who improved: ${bestDose.label} (${bestDose.improved} reports).`,
      count: bestDose.improved,
      of: insight.improved.successes,
      filter: { dose: bestDose.band },
      tone: 'helpful',
    });
  const fastest = [...insight.effects].sort((a, b) => b.count - a.count)[0];
  if (fastest && fastest.count >= 2) {
    const withTime = insight.effects.reduce((n, e) => n + e.count, 0);
    out.push({
      text: `Of ${withTime} reports that say when it started to work, ${fastest.count} noticed it ${fastest.label === 'within a day' ? 'within a day' : `after ${fastest.label}`}.`,
      count: fastest.count,
      of: withTime,
      filter: null,
      tone: 'helpful',
    });
  }
  const cautionary: [string, string][] = [
    ['helped_temporarily', 'say it helped only for a while'],
    ['no_change', 'noticed no change'],
    ['worse', 'say it made things worse'],
  ];
  for (const [o, words] of cautionary) {
    const n = outcome(o);
    if (n > 0)
      out.push({
        text: `${n} of ${known} ${words}.`,
        count: n,
        of: known,
        filter: { outcome: o },
        tone: 'cautionary',
      });
  }
  const side = insight.sideEffects[0];
  if (side)
    out.push({
      text: `The side effect mentioned most: ${side.label.toLowerCase()}, in ${side.count} of ${insight.count} reports.`,
      count: side.count,
      of: insight.count,
      filter: null,
      tone: 'cautionary',
    });
  return out;
}

// ---------------------------------------------------------------------------------------------
// What the numbers take from one report, shown on its page so every number can be checked.

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
