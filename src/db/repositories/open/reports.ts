// Published reports for open reading (the API, feeds, the sitemap): approved reports of published
// remedies, newest first, a page at a time from a cursor, with the facts the numbers took.
import { sql } from 'kysely';
import type { Rating } from '../../../model/types.js';
import type { FactsRecord } from '../insight/insight.js';
import { factsMatch } from '../reports/report-rows.js';
import type { Db } from '../../database.js';
import { iso, isoOrNull, num } from '../map.js';

export interface OpenReportFilter {
  remedyId?: number | undefined;
  conditionId?: number | undefined;
  rating?: number | undefined;
  outcome?: string | undefined;
  doseBand?: string | undefined;
}

/** Where a page ends: the last report's stored time, exactly as the database compares it. */
export interface OpenCursor {
  at: string;
  id: number;
}

export interface OpenReportRow {
  id: number;
  remedy: { slug: string; name: string };
  condition: { slug: string; name: string };
  authorName: string;
  memberId: number | null;
  place: string | null;
  postedAt: string;
  updatedAt: string | null;
  rating: Rating | null;
  title: string | null;
  body: string;
  helpfulCount: number;
  details: {
    doseMin: number | null;
    doseMax: number | null;
    doseUnit: string | null;
    doseFrequency: string | null;
    form: string | null;
    brand: string | null;
    takenDays: number | null;
    effectDays: number | null;
    outcome: string | null;
    forWhom: string | null;
  };
  cursor: OpenCursor;
}

function openSelect(db: Db) {
  return db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .innerJoin('conditions as c', 'c.id', 'r.condition_id')
    .where('r.status', '=', 'approved')
    .where('m.status', '=', 'published')
    .select([
      'r.id',
      'r.user_id',
      'r.display_name',
      'r.location',
      'r.posted_at',
      'r.updated_at',
      'r.rating',
      'r.title',
      'r.body',
      'r.helpful_count',
      'r.dose_min',
      'r.dose_max',
      'r.dose_unit',
      'r.dose_frequency',
      'r.form',
      'r.brand',
      'r.taken_days',
      'r.effect_days',
      'r.outcome',
      'r.for_whom',
      'm.slug as remedy_slug',
      'm.name as remedy_name',
      'c.slug as condition_slug',
      'c.name as condition_name',
      // The time as the database holds it (microseconds on PostgreSQL), so a cursor compares
      // exactly with the rows it stands between.
      sql<string>`cast(r.posted_at as text)`.as('posted_text'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof openSelect>['executeTakeFirstOrThrow']>>;
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function toOpenReport(row: Row): OpenReportRow {
  return {
    id: row.id,
    remedy: { slug: row.remedy_slug, name: row.remedy_name },
    condition: { slug: row.condition_slug, name: row.condition_name },
    authorName: row.display_name,
    memberId: row.user_id,
    place: row.location,
    postedAt: iso(row.posted_at),
    updatedAt: isoOrNull(row.updated_at),
    rating: row.rating as Rating | null,
    title: row.title,
    body: row.body,
    helpfulCount: num(row.helpful_count),
    details: {
      doseMin: numOrNull(row.dose_min),
      doseMax: numOrNull(row.dose_max),
      doseUnit: row.dose_unit,
      doseFrequency: row.dose_frequency,
      form: row.form,
      brand: row.brand,
      takenDays: numOrNull(row.taken_days),
      effectDays: numOrNull(row.effect_days),
      outcome: row.outcome,
      forWhom: row.for_whom,
    },
    cursor: { at: row.posted_text, id: row.id },
  };
}

/** One page of published reports, newest first, after the cursor (if any). */
export async function listOpenReports(
  db: Db,
  f: OpenReportFilter,
  after: OpenCursor | null,
  limit: number,
): Promise<OpenReportRow[]> {
  let q = openSelect(db);
  if (f.remedyId !== undefined) q = q.where('r.remedy_id', '=', f.remedyId);
  if (f.conditionId !== undefined) q = q.where('r.condition_id', '=', f.conditionId);
  if (f.rating !== undefined) q = q.where('r.rating', '=', f.rating);
  if (f.outcome !== undefined || f.doseBand !== undefined) q = q.where(factsMatch(f));
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('r.posted_at', '<', after.at),
        eb.and([eb('r.posted_at', '=', after.at), eb('r.id', '<', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('r.posted_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toOpenReport);
}

export async function findOpenReport(db: Db, id: number): Promise<OpenReportRow | null> {
  const row = await openSelect(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toOpenReport(row) : null;
}

/** A report's stored facts, as the insight repository writes them. */
export type OpenFacts = Omit<FactsRecord, 'reportId' | 'extractedAt'>;

/** The stored facts of these reports (a report not read yet has none). */
export async function findOpenFacts(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, OpenFacts>> {
  const out = new Map<number, OpenFacts>();
  if (ids.length === 0) return out;
  const [rows, effects] = await Promise.all([
    db
      .selectFrom('report_facts')
      .selectAll()
      .where('report_id', 'in', [...ids])
      .execute(),
    db
      .selectFrom('report_fact_side_effects')
      .select(['report_id', 'term', 'severity'])
      .where('report_id', 'in', [...ids])
      .orderBy('report_id')
      .orderBy('term')
      .execute(),
  ]);
  for (const row of rows)
    out.set(row.report_id, {
      outcome: row.outcome,
      doseBand: row.dose_band,
      dailyMgMin: numOrNull(row.daily_mg_min),
      dailyMgMax: numOrNull(row.daily_mg_max),
      takenDays: numOrNull(row.taken_days),
      effectDays: numOrNull(row.effect_days),
      forWhom: row.for_whom,
      sources: row.sources,
      sideEffects: [],
    });
  for (const e of effects)
    out.get(e.report_id)?.sideEffects.push({ term: e.term, severity: e.severity });
  return out;
}
