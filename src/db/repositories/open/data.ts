// The open data downloads as stored, and the de-identified report rows they are built from.
import { sql } from 'kysely';
import type { Db } from '../../database.js';
import { iso } from '../map.js';

export interface OpenDataFile {
  name: string;
  /** Gzipped. */
  content: Buffer;
  rows: number;
  bytes: number;
  builtAt: string;
}

/**
 * Replaces a file (run inside the build's transaction). An upsert, so two builds at once (the
 * nightly job and `remedex data build`) never meet on the name: the later one wins.
 */
export async function saveOpenDataFile(db: Db, f: OpenDataFile): Promise<void> {
  const values = {
    content: f.content,
    rows: f.rows,
    bytes: f.bytes,
    built_at: f.builtAt,
  };
  await db
    .insertInto('open_data_files')
    .values({ name: f.name, ...values })
    .onConflict((oc) => oc.column('name').doUpdateSet(values))
    .execute();
}

export async function findOpenDataFile(db: Db, name: string): Promise<OpenDataFile | null> {
  const row = await db
    .selectFrom('open_data_files')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst();
  if (!row) return null;
  return {
    name: row.name,
    content: Buffer.from(row.content),
    rows: Number(row.rows),
    bytes: Number(row.bytes),
    builtAt: iso(row.built_at),
  };
}

export async function listOpenDataFiles(
  db: Db,
): Promise<(Omit<OpenDataFile, 'content'> & { compressed: number })[]> {
  const rows = await db
    .selectFrom('open_data_files')
    .select(['name', 'rows', 'bytes', 'built_at', sql<number>`length(content)`.as('compressed')])
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    rows: Number(r.rows),
    bytes: Number(r.bytes),
    compressed: Number(r.compressed),
    builtAt: iso(r.built_at),
  }));
}

export interface DataReportRow {
  id: number;
  remedy: string;
  condition: string;
  rating: number | null;
  postedAt: string;
  outcome: string | null;
  doseBand: string | null;
  dailyMgMin: number | null;
  dailyMgMax: number | null;
  takenDays: number | null;
  effectDays: number | null;
  forWhom: string | null;
  sources: string | null;
  sideEffects: string[];
}

const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Published reports of pairs with at least `minReports` reports, in id order after `after`: only
 * what the numbers take from them, their stars and dates; no text, name or place.
 */
export async function listDataReports(
  db: Db,
  minReports: number,
  after: number,
  limit: number,
): Promise<DataReportRow[]> {
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .innerJoin('conditions as c', 'c.id', 'r.condition_id')
    .innerJoin('report_tallies as t', (j) =>
      j.onRef('t.remedy_id', '=', 'r.remedy_id').onRef('t.condition_id', '=', 'r.condition_id'),
    )
    .leftJoin('report_facts as f', 'f.report_id', 'r.id')
    .select([
      'r.id',
      'm.slug as remedy',
      'c.slug as condition',
      'r.rating',
      'r.posted_at',
      'f.outcome',
      'f.dose_band',
      'f.daily_mg_min',
      'f.daily_mg_max',
      'f.taken_days',
      'f.effect_days',
      'f.for_whom',
      'f.sources',
    ])
    .where('r.id', '>', after)
    .where('r.status', '=', 'approved')
    .where('m.status', '=', 'published')
    .where('t.report_count', '>=', minReports)
    .orderBy('r.id')
    .limit(limit)
    .execute();
  const effects = new Map<number, string[]>();
  if (rows.length > 0) {
    const list = await db
      .selectFrom('report_fact_side_effects')
      .select(['report_id', 'term'])
      .where('report_id', '>=', rows[0]!.id)
      .where('report_id', '<=', rows.at(-1)!.id)
      .orderBy('report_id')
      .orderBy('term')
      .execute();
    for (const e of list) effects.set(e.report_id, [...(effects.get(e.report_id) ?? []), e.term]);
  }
  return rows.map((r) => ({
    id: r.id,
    remedy: r.remedy,
    condition: r.condition,
    rating: numOrNull(r.rating),
    postedAt: iso(r.posted_at),
    outcome: r.outcome,
    doseBand: r.dose_band,
    dailyMgMin: numOrNull(r.daily_mg_min),
    dailyMgMax: numOrNull(r.daily_mg_max),
    takenDays: numOrNull(r.taken_days),
    effectDays: numOrNull(r.effect_days),
    forWhom: r.for_whom,
    sources: r.sources,
    sideEffects: effects.get(r.id) ?? [],
  }));
}
