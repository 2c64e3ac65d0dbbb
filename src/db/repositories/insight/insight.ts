import { type RawBuilder, sql } from 'kysely';
import { prepared } from '../../prepared.js';
import type { Db } from '../../database.js';
import { num } from '../map.js';

// Facts per report and the numbers per remedy × condition built from them. The numbers are
// recomputed for a pair in the same transaction as every write that changes its approved reports,
// so a page reads one row whether the pair has 50 reports or 50,000.

export interface FactsRecord {
  reportId: number;
  outcome: string | null;
  doseBand: string | null;
  dailyMgMin: number | null;
  dailyMgMax: number | null;
  takenDays: number | null;
  effectDays: number | null;
  forWhom: string | null;
  /** JSON: where each value came from ("author" or the text span it was read from). */
  sources: string;
  extractedAt: string;
  sideEffects: { term: string; severity: string | null }[];
}

const CHUNK = 200;

/** Replaces the facts of these reports. */
export async function saveFacts(db: Db, facts: readonly FactsRecord[]): Promise<void> {
  for (let start = 0; start < facts.length; start += CHUNK) {
    const chunk = facts.slice(start, start + CHUNK);
    const ids = chunk.map((f) => f.reportId);
    await db.deleteFrom('report_fact_side_effects').where('report_id', 'in', ids).execute();
    await db.deleteFrom('report_facts').where('report_id', 'in', ids).execute();
    await db
      .insertInto('report_facts')
      .values(
        chunk.map((f) => ({
          report_id: f.reportId,
          outcome: f.outcome,
          dose_band: f.doseBand,
          daily_mg_min: f.dailyMgMin,
          daily_mg_max: f.dailyMgMax,
          taken_days: f.takenDays,
          effect_days: f.effectDays,
          for_whom: f.forWhom,
          sources: f.sources,
          extracted_at: f.extractedAt,
        })),
      )
      .execute();
    const effects = chunk.flatMap((f) =>
      f.sideEffects.map((s) => ({ report_id: f.reportId, term: s.term, severity: s.severity })),
    );
    if (effects.length > 0)
      await db.insertInto('report_fact_side_effects').values(effects).execute();
  }
}

/** What extraction reads of a report: its text, the values its author entered, and its subject. */
export interface ReportForFacts {
  id: number;
  remedyId: number;
  conditionId: number;
  title: string | null;
  body: string;
  doseMin: number | null;
  doseMax: number | null;
  doseUnit: string | null;
  doseFrequency: string | null;
  takenDays: number | null;
  effectDays: number | null;
  outcome: string | null;
  forWhom: string | null;
  sideEffects: { term: string; severity: string | null }[];
}

/** Reports by id, or (for re-running extraction over everything) the next batch after an id. */
export async function reportsForFacts(
  db: Db,
  select: { ids: readonly number[] } | { afterId: number; limit: number },
): Promise<ReportForFacts[]> {
  let q = db
    .selectFrom('reports')
    .select([
      'id',
      'remedy_id',
      'condition_id',
      'title',
      'body',
      'dose_min',
      'dose_max',
      'dose_unit',
      'dose_frequency',
      'taken_days',
      'effect_days',
      'outcome',
      'for_whom',
    ]);
  if ('ids' in select) {
    if (select.ids.length === 0) return [];
    q = q.where('id', 'in', [...select.ids]);
  } else q = q.where('id', '>', select.afterId).orderBy('id').limit(select.limit);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const effects = await db
    .selectFrom('report_side_effects')
    .select(['report_id', 'term', 'severity'])
    .where(
      'report_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({
    id: r.id,
    remedyId: r.remedy_id,
    conditionId: r.condition_id,
    title: r.title,
    body: r.body,
    doseMin: r.dose_min === null ? null : Number(r.dose_min),
    doseMax: r.dose_max === null ? null : Number(r.dose_max),
    doseUnit: r.dose_unit,
    doseFrequency: r.dose_frequency,
    takenDays: r.taken_days,
    effectDays: r.effect_days,
    outcome: r.outcome,
    forWhom: r.for_whom,
    sideEffects: effects
      .filter((e) => e.report_id === r.id)
      .map((e) => ({ term: e.term, severity: e.severity })),
  }));
}

export async function countReports(db: Db): Promise<number> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return num(row?.n);
}

/** Counts behind a pair's insight; the domain turns them into shares and intervals. */
export interface InsightCounts {
  outcomes: Record<string, number>; // "unknown" for reports with no outcome
  doses: { band: string; improved: number; all: number }[];
  sideEffects: { term: string; severity: string | null; count: number }[];
  effects: { band: string; count: number }[];
}

export interface InsightRecord {
  remedyId: number;
  conditionId: number;
  count: number;
  counts: InsightCounts;
}

/** A pair's numbers as read from the database, with their stored text: equal stamps, equal numbers. */
export type StoredInsightRecord = InsightRecord & { stamp: string };

const IMPROVED = sql`f.outcome in ('helped', 'helped_temporarily')`;
const EFFECT_BAND = sql<string>`case when f.effect_days < 1 then 'd0' when f.effect_days <= 3 then 'd1'
  when f.effect_days <= 7 then 'd4' when f.effect_days <= 30 then 'w1' when f.effect_days <= 90 then 'm1'
  else 'm3' end`;

interface Grouped {
  remedy_id: number;
  condition_id: number;
}

/** The four grouped counts, for one pair or (with no pair) for every pair at once. */
async function groupedCounts(
  db: Db,
  pair: { remedyId: number; conditionId: number } | null,
): Promise<Map<string, InsightRecord>> {
  const where: RawBuilder<unknown> = pair
    ? sql`r.status = 'approved' and r.remedy_id = ${pair.remedyId} and r.condition_id = ${pair.conditionId}`
    : sql`r.status = 'approved'`;
  const [outcomes, doses, effects, bands] = await Promise.all([
    sql<Grouped & { outcome: string | null; n: unknown }>`select r.remedy_id, r.condition_id,
        f.outcome, count(*) as n from reports r left join report_facts f on f.report_id = r.id
        where ${where} group by r.remedy_id, r.condition_id, f.outcome`.execute(db),
    sql<Grouped & { band: string; improved: unknown; n: unknown }>`select r.remedy_id,
        r.condition_id, f.dose_band as band, sum(case when ${IMPROVED} then 1 else 0 end) as improved,
        count(*) as n from reports r join report_facts f on f.report_id = r.id
        where ${where} and f.dose_band is not null group by r.remedy_id, r.condition_id, f.dose_band`.execute(
      db,
    ),
    sql<Grouped & { term: string; severity: string | null; n: unknown }>`select r.remedy_id,
        r.condition_id, s.term, s.severity, count(*) as n from reports r
        join report_fact_side_effects s on s.report_id = r.id
        where ${where} group by r.remedy_id, r.condition_id, s.term, s.severity`.execute(db),
    sql<Grouped & { band: string; n: unknown }>`select r.remedy_id, r.condition_id,
        ${EFFECT_BAND} as band, count(*) as n from reports r join report_facts f on f.report_id = r.id
        where ${where} and f.effect_days is not null
        group by r.remedy_id, r.condition_id, ${EFFECT_BAND}`.execute(db),
  ]);
  const records = new Map<string, InsightRecord>();
  const at = (g: Grouped): InsightRecord => {
    const key = `${g.remedy_id}:${g.condition_id}`;
    let r = records.get(key);
    if (!r) {
      r = {
        remedyId: Number(g.remedy_id),
        conditionId: Number(g.condition_id),
        count: 0,
        counts: { outcomes: {}, doses: [], sideEffects: [], effects: [] },
      };
      records.set(key, r);
    }
    return r;
  };
  for (const o of outcomes.rows) {
    const r = at(o);
    r.count += num(o.n);
    r.counts.outcomes[o.outcome ?? 'unknown'] = num(o.n);
  }
  for (const d of doses.rows)
    at(d).counts.doses.push({ band: d.band, improved: num(d.improved), all: num(d.n) });
  for (const s of effects.rows)
    at(s).counts.sideEffects.push({ term: s.term, severity: s.severity, count: num(s.n) });
  for (const b of bands.rows) at(b).counts.effects.push({ band: b.band, count: num(b.n) });
  return records;
}

async function store(db: Db, records: Iterable<InsightRecord>): Promise<void> {
  const rows = [...records]
    .filter((r) => r.count > 0)
    .map((r) => ({
      remedy_id: r.remedyId,
      condition_id: r.conditionId,
      report_count: r.count,
      data: JSON.stringify(r.counts),
    }));
  for (let start = 0; start < rows.length; start += CHUNK)
    await db
      .insertInto('insight_stats')
      .values(rows.slice(start, start + CHUNK))
      .execute();
}

/** Recomputes one pair's insight from its approved reports (after any write that touches it). */
export async function recountInsight(db: Db, remedyId: number, conditionId: number): Promise<void> {
  await db
    .deleteFrom('insight_stats')
    .where('remedy_id', '=', remedyId)
    .where('condition_id', '=', conditionId)
    .execute();
  await store(db, (await groupedCounts(db, { remedyId, conditionId })).values());
}

/** Recomputes every pair (after bulk loads and after re-running extraction). */
export async function rebuildInsight(db: Db): Promise<void> {
  await db.deleteFrom('insight_stats').execute();
  await store(db, (await groupedCounts(db, null)).values());
}

function toRecord(row: {
  remedy_id: number;
  condition_id: number;
  report_count: unknown;
  data: string;
}): StoredInsightRecord {
  let counts: InsightCounts | null = null;
  return {
    remedyId: row.remedy_id,
    conditionId: row.condition_id,
    count: num(row.report_count),
    // Read when asked for: pages whose numbers are already computed for this stamp never ask.
    get counts(): InsightCounts {
      counts ??= JSON.parse(row.data) as InsightCounts;
      return counts;
    },
    stamp: row.data,
  };
}

const insightSelect = (db: Db) =>
  db
    .selectFrom('insight_stats as i')
    .innerJoin('remedies as m', 'm.id', 'i.remedy_id')
    .select(['i.remedy_id', 'i.condition_id', 'i.report_count', 'i.data']);
const remedyInsight = prepared((db: Db, p: { remedyId: number }) =>
  insightSelect(db).where('i.remedy_id', '=', p.remedyId),
);
const conditionInsight = prepared((db: Db, p: { conditionId: number }) =>
  insightSelect(db).where('i.condition_id', '=', p.conditionId).where('m.status', '=', 'published'),
);

/** Every pair of a remedy, or of a condition (published remedies only). */
export async function insightRecords(
  db: Db,
  by: { remedyId: number } | { conditionId: number },
): Promise<StoredInsightRecord[]> {
  const rows =
    'remedyId' in by
      ? await remedyInsight(db, { remedyId: by.remedyId })
      : await conditionInsight(db, { conditionId: by.conditionId });
  return rows.map(toRecord);
}

/** One report's facts as stored, with its side effects (null before it was read). */
export async function findFacts(
  db: Db,
  reportId: number,
): Promise<(Omit<FactsRecord, 'extractedAt'> & { extractedAt: string }) | null> {
  const row = await db
    .selectFrom('report_facts')
    .selectAll()
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  if (!row) return null;
  const effects = await db
    .selectFrom('report_fact_side_effects')
    .select(['term', 'severity'])
    .where('report_id', '=', reportId)
    .orderBy('term')
    .execute();
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    reportId,
    outcome: row.outcome,
    doseBand: row.dose_band,
    dailyMgMin: n(row.daily_mg_min),
    dailyMgMax: n(row.daily_mg_max),
    takenDays: n(row.taken_days),
    effectDays: n(row.effect_days),
    forWhom: row.for_whom,
    sources: row.sources,
    extractedAt:
      typeof row.extracted_at === 'string' ? row.extracted_at : row.extracted_at.toISOString(),
    sideEffects: effects,
  };
}
