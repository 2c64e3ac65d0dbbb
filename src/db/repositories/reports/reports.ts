import type { Outcome, ReportSort } from '../../../model/vocabulary.js';
// Reports written in bulk, found by id, and listed by slice, filter and sort.
import type { Compilable, ExpressionBuilder } from 'kysely';
import {
  type ReportQuery,
  factsMatch,
  reportSelect,
  toReport,
  newestFirst,
} from './report-rows.js';
import type {
  PostStatus,
  Rating,
  Report,
  ReportDetails,
  ReportHighlight,
} from '../../../model/types.js';
import type { SafetyFinding } from '../../../model/safety.js';
import type { Db } from '../../database.js';
import type { DatabaseSchema } from '../../schema.js';
import { prepared } from '../../prepared.js';
import { fromFlag, num, placeValues } from '../map.js';

export interface NewReport {
  remedyId: number;
  conditionId: number;
  userId: number | null;
  displayName: string;
  location: string | null;
  postedAt: string;
  /** Null: not rated (imported without stars). */
  rating: Rating | null;
  title: string | null;
  body: string;
  editorsChoice: boolean;
  status: PostStatus;
  helpfulCount: number;
  /** The outcome the author gave (an old page's vote), if any. */
  outcome?: Outcome | null;
  /** A guest's email (never shown; it counts their posts as one author's). */
  authorEmail?: string | null;
  /** Safety rules the text set off. */
  safety?: SafetyFinding[];
  /** Topic headings of an imported page. */
  tags?: string[];
  /** What the author entered in the form's structured fields (demo volumes). */
  details?: ReportDetails | null;
  /** Why an editor chose it. */
  choiceReason?: string | null;
}

/** The columns of the structured fields; null details leave them empty. */
export function detailValues(d: ReportDetails | null | undefined) {
  return {
    dose_min: d?.dose?.min ?? null,
    dose_max: d?.dose?.max ?? null,
    dose_unit: d?.dose?.unit ?? null,
    dose_frequency: d?.dose?.frequency ?? null,
    form: d?.form ?? null,
    brand: d?.brand ?? null,
    taken_days: d?.takenDays ?? null,
    effect_days: d?.effectDays ?? null,
    outcome: d?.outcome ?? null,
    for_whom: d?.forWhom ?? null,
    commercial_tie: d?.commercialTie ?? null,
  };
}

/** The structured side effects of reports, by report id. */
export async function insertSideEffects(
  db: Db,
  rows: { reportId: number; sideEffects: ReportDetails['sideEffects'] }[],
): Promise<void> {
  const values = rows.flatMap((r) =>
    r.sideEffects.map((e) => ({
      report_id: r.reportId,
      term: e.term,
      severity: e.severity,
      note: e.note,
    })),
  );
  if (values.length > 0) await db.insertInto('report_side_effects').values(values).execute();
}

export function reportValues(r: NewReport) {
  return {
    remedy_id: r.remedyId,
    condition_id: r.conditionId,
    user_id: r.userId,
    display_name: r.displayName,
    ...placeValues(r.location),
    posted_at: r.postedAt,
    rating: r.rating,
    title: r.title,
    body: r.body,
    editors_choice: fromFlag(r.editorsChoice),
    status: r.status,
    ...(r.status === 'approved' ? { published_at: r.postedAt } : {}),
    helpful_count: r.helpfulCount,
    ...(r.details !== undefined ? detailValues(r.details) : {}),
    ...(r.outcome ? { outcome: r.outcome } : {}),
    ...(r.choiceReason ? { choice_reason: r.choiceReason } : {}),
    ...(r.authorEmail ? { author_email: r.authorEmail } : {}),
    ...(r.safety && r.safety.length > 0 ? { safety: JSON.stringify(r.safety) } : {}),
    ...(r.tags && r.tags.length > 0 ? { tags: JSON.stringify(r.tags) } : {}),
  };
}

export async function insertReport(db: Db, r: NewReport): Promise<number> {
  const row = await db
    .insertInto('reports')
    .values(reportValues(r))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts many reports at once (demo and benchmark volumes); returns their ids in order. */
export async function insertReports(db: Db, reports: readonly NewReport[]): Promise<number[]> {
  if (reports.length === 0) return [];
  const rows = await db
    .insertInto('reports')
    .values(reports.map(reportValues))
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function findApprovedReport(db: Db, id: number): Promise<Report | null> {
  const row = await reportSelect(db)
    .where('r.id', '=', id)
    .where('r.status', '=', 'approved')
    .where('m.status', '=', 'published')
    .executeTakeFirst();
  return row ? toReport(row) : null;
}

export interface ReportFilter {
  remedyId: number;
  conditionId: number;
  rating: number | null;
  /** Filters on the report's facts (entered or extracted). */
  outcome?: string | undefined;
  doseBand?: string | undefined;
}

export interface ReportSlice extends ReportFilter {
  offset: number;
  limit: number;
  sort?: ReportSort;
}

/** Exactly a slice's fields, for a prepared query (a caller's object may carry more). */
export const sliceParams = (s: ReportSlice): ReportSlice => ({
  remedyId: s.remedyId,
  conditionId: s.conditionId,
  rating: s.rating,
  outcome: s.outcome,
  doseBand: s.doseBand,
  sort: s.sort,
  offset: s.offset,
  limit: s.limit,
});

export function filtered<Q extends ReportQuery>(q: Q, f: ReportFilter): Q {
  let out = q
    .where('r.remedy_id', '=', f.remedyId)
    .where('r.condition_id', '=', f.conditionId)
    .where('r.status', '=', 'approved') as Q;
  if (f.rating !== null) out = out.where('r.rating', '=', f.rating) as Q;
  if (f.outcome !== undefined || f.doseBand !== undefined) out = out.where(factsMatch(f)) as Q;
  return out;
}

export function sorted<Q extends ReportQuery>(q: Q, sort: ReportSort): Q {
  switch (sort) {
    case 'helpful':
      // helpful_score is the Wilson lower bound of the helpful share, kept on every vote.
      return q.orderBy('r.helpful_score', 'desc').orderBy('r.id', 'desc') as Q;
    // Reports imported without stars come last either way: they are neither high nor low.
    case 'highest':
      return q.orderBy('r.rating', (o) => o.desc().nullsLast()).orderBy('r.posted_at', 'desc') as Q;
    case 'lowest':
      return q.orderBy('r.rating', (o) => o.asc().nullsLast()).orderBy('r.posted_at', 'desc') as Q;
    default:
      return newestFirst(q);
  }
}

/** One condition's approved reports of one remedy, newest first by default: an index range scan. */
const sliceQuery = prepared(
  (db: Db, s: ReportSlice) =>
    sorted(filtered(reportSelect(db), s), s.sort ?? 'newest')
      .limit(s.limit)
      .offset(s.offset),
  { shapeBy: ['sort'] },
);

const highlightQuery = prepared(
  (db: Db, s: ReportSlice) =>
    sorted(
      filtered(
        db
          .selectFrom('reports as r')
          .select([
            'r.id',
            'r.title',
            'r.display_name',
            'r.rating',
            'r.helpful_count',
          ]) as unknown as ReportQuery,
        s,
      ),
      s.sort ?? 'newest',
    )
      .limit(s.limit)
      .offset(s.offset) as unknown as Compilable<{
      id: number;
      title: string | null;
      display_name: string;
      rating: number;
      helpful_count: number;
    }>,
  { shapeBy: ['sort'] },
);

/** The same slice as listRemedyConditionReports, read only as far as a list of examples needs. */
export async function listReportHighlights(db: Db, s: ReportSlice): Promise<ReportHighlight[]> {
  const rows = await highlightQuery(db, sliceParams(s));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    authorName: row.display_name,
    rating: num(row.rating),
    helpfulCount: num(row.helpful_count),
  }));
}

export async function listRemedyConditionReports(db: Db, s: ReportSlice): Promise<Report[]> {
  const rows = await sliceQuery(db, sliceParams(s));
  return rows.map(toReport);
}

/** How many approved reports of a pair pass a filter on their facts (counts are not kept for these). */
export async function countRemedyConditionReports(db: Db, f: ReportFilter): Promise<number> {
  const q = filtered(db.selectFrom('reports as r') as unknown as ReportQuery, f).select((eb) =>
    eb.fn.countAll().as('n'),
  );
  const row = await q.executeTakeFirst();
  return num((row as { n?: unknown } | undefined)?.n);
}

const approvedOnPublished = (
  eb: ExpressionBuilder<
    DatabaseSchema & { r: DatabaseSchema['reports']; m: DatabaseSchema['remedies'] },
    'r' | 'm'
  >,
) => eb.and([eb('r.status', '=', 'approved'), eb('m.status', '=', 'published')]);

export async function listLatestReports(db: Db, offset: number, limit: number): Promise<Report[]> {
  const q = reportSelect(db).where(approvedOnPublished);
  const rows = await newestFirst(q).limit(limit).offset(offset).execute();
  return rows.map(toReport);
}

export async function listConditionReports(
  db: Db,
  conditionId: number,
  offset: number,
  limit: number,
): Promise<Report[]> {
  const q = reportSelect(db).where('r.condition_id', '=', conditionId).where(approvedOnPublished);
  const rows = await newestFirst(q).limit(limit).offset(offset).execute();
  return rows.map(toReport);
}

export async function listUserReports(
  db: Db,
  userId: number,
  offset: number,
  limit: number,
): Promise<Report[]> {
  const q = reportSelect(db).where('r.user_id', '=', userId).where(approvedOnPublished);
  const rows = await newestFirst(q).limit(limit).offset(offset).execute();
  return rows.map(toReport);
}

export async function countUserReports(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('r.user_id', '=', userId)
    .where(approvedOnPublished)
    .executeTakeFirstOrThrow();
  return num(row.n);
}
