import {
  type Compilable,
  type ExpressionBuilder,
  type ExpressionWrapper,
  type RawBuilder,
  type SelectQueryBuilder,
  sql,
} from 'kysely';
import type { SafetyFinding } from '../../model/safety.js';
import type {
  FollowUp,
  PostStatus,
  Rating,
  Reply,
  Report,
  ReportDetails,
  ReportHighlight,
} from '../../model/types.js';
import type { ForWhom, Outcome, Severity } from '../../model/vocabulary.js';
import type { Db } from '../database.js';
import type { DatabaseSchema } from '../schema.js';
import { prepared } from '../prepared.js';
import { flag, fromFlag, iso, num } from './map.js';

export type ReportQuery = SelectQueryBuilder<
  DatabaseSchema & { r: DatabaseSchema['reports'] },
  'r',
  object
>;

// Reports are always read with the names of their remedy and condition and the author's count.
export function reportSelect(db: Db) {
  return db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .innerJoin('conditions as c', 'c.id', 'r.condition_id')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.id',
      'r.user_id',
      'r.display_name',
      'r.location',
      'r.posted_at',
      'r.rating',
      'r.title',
      'r.body',
      'r.editors_choice',
      'r.helpful_count',
      'r.status',
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
      'r.commercial_tie',
      'r.safety',
      'r.editor_note',
      'r.choice_reason',
      'r.moderation_reason',
      'r.updated_at',
      'm.slug as remedy_slug',
      'm.name as remedy_name',
      'c.slug as condition_slug',
      'c.name as condition_name',
      'u.post_count',
      'r.author_email',
    ])
    .select((eb) => guestPosts(eb.ref('r.author_email')).as('guest_posts'));
}

/** Approved reports and replies written under one guest email: a guest's post count. */
export function guestPosts(
  email: RawBuilder<string | null> | ExpressionWrapper<never, never, string | null>,
) {
  // Members (no guest email) skip both lookups: most rows on a page.
  return sql<number>`case when ${email} is null then null else
    (select count(*) from reports g where g.author_email = ${email} and g.status = 'approved')
    + (select count(*) from replies gp where gp.author_email = ${email} and gp.status = 'approved') end`;
}

/** A post's author's approved-post count: a member's kept count, a guest's by email, or none. */
export function postCountOf(row: {
  user_id: number | null;
  post_count: unknown;
  author_email: string | null;
  guest_posts: unknown;
}): number | null {
  return row.user_id !== null
    ? num(row.post_count)
    : row.author_email !== null
      ? num(row.guest_posts)
      : null;
}

type ReportRow = Awaited<ReturnType<ReturnType<typeof reportSelect>['executeTakeFirstOrThrow']>>;

export function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    remedy: { slug: row.remedy_slug, name: row.remedy_name },
    condition: { slug: row.condition_slug, name: row.condition_name },
    author: {
      userId: row.user_id,
      displayName: row.display_name,
      location: row.location,
      postCount: postCountOf(row),
    },
    postedAt: iso(row.posted_at),
    rating: row.rating as Rating,
    title: row.title,
    body: row.body,
    editorsChoice: flag(row.editors_choice),
    helpfulCount: num(row.helpful_count),
    status: row.status as PostStatus,
    details: {
      dose:
        row.dose_min !== null && row.dose_unit !== null
          ? {
              min: Number(row.dose_min),
              max: Number(row.dose_max ?? row.dose_min),
              unit: row.dose_unit,
              frequency: row.dose_frequency,
            }
          : null,
      form: row.form,
      brand: row.brand,
      takenDays: row.taken_days,
      effectDays: row.effect_days,
      outcome: row.outcome as Outcome | null,
      forWhom: row.for_whom as ForWhom | null,
      commercialTie: row.commercial_tie,
      sideEffects: [],
    },
    safety: row.safety ? (JSON.parse(row.safety) as SafetyFinding[]) : [],
    editorNote: row.editor_note,
    choiceReason: row.choice_reason,
    moderationReason: row.moderation_reason,
    updatedAt: row.updated_at === null ? null : iso(row.updated_at),
  };
}

const newestFirst = <Q extends ReportQuery>(q: Q): Q =>
  q.orderBy('r.posted_at', 'desc').orderBy('r.id', 'desc') as Q;

export interface NewReport {
  remedyId: number;
  conditionId: number;
  userId: number | null;
  displayName: string;
  location: string | null;
  postedAt: string;
  rating: Rating;
  title: string | null;
  body: string;
  editorsChoice: boolean;
  status: PostStatus;
  helpfulCount: number;
}

function reportValues(r: NewReport) {
  return {
    remedy_id: r.remedyId,
    condition_id: r.conditionId,
    user_id: r.userId,
    display_name: r.displayName,
    location: r.location,
    posted_at: r.postedAt,
    rating: r.rating,
    title: r.title,
    body: r.body,
    editors_choice: fromFlag(r.editorsChoice),
    status: r.status,
    helpful_count: r.helpfulCount,
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

export type ReportSort = 'newest' | 'helpful' | 'highest' | 'lowest';

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
  if (f.outcome !== undefined || f.doseBand !== undefined) {
    out = out.where((eb) =>
      eb.exists(
        eb
          .selectFrom('report_facts as f')
          .select('f.report_id')
          .whereRef('f.report_id', '=', 'r.id')
          .$if(f.outcome !== undefined, (s) => s.where('f.outcome', '=', f.outcome as string))
          .$if(f.doseBand !== undefined, (s) => s.where('f.dose_band', '=', f.doseBand as string)),
      ),
    ) as Q;
  }
  return out;
}

export function sorted<Q extends ReportQuery>(q: Q, sort: ReportSort): Q {
  switch (sort) {
    case 'helpful':
      // helpful_score is the Wilson lower bound of the helpful share, kept on every vote.
      return q.orderBy('r.helpful_score', 'desc').orderBy('r.id', 'desc') as Q;
    case 'highest':
      return q.orderBy('r.rating', 'desc').orderBy('r.posted_at', 'desc') as Q;
    case 'lowest':
      return q.orderBy('r.rating', 'asc').orderBy('r.posted_at', 'desc') as Q;
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

export interface NewReply {
  reportId: number;
  userId: number | null;
  displayName: string;
  location: string | null;
  postedAt: string;
  body: string;
  status: PostStatus;
}

export async function insertReplies(db: Db, replies: readonly NewReply[]): Promise<void> {
  if (replies.length === 0) return;
  await db
    .insertInto('replies')
    .values(
      replies.map((r) => ({
        report_id: r.reportId,
        user_id: r.userId,
        display_name: r.displayName,
        location: r.location,
        posted_at: r.postedAt,
        body: r.body,
        status: r.status,
      })),
    )
    .execute();
}

const repliesQuery = prepared((db: Db, p: { reportIds: readonly number[] }) =>
  db
    .selectFrom('replies as p')
    .leftJoin('users as u', 'u.id', 'p.user_id')
    .select([
      'p.id',
      'p.report_id',
      'p.user_id',
      'p.display_name',
      'p.location',
      'p.posted_at',
      'p.body',
      'u.post_count',
      'p.author_email',
      'p.safety',
    ])
    .select((eb) => guestPosts(eb.ref('p.author_email')).as('guest_posts'))
    .where('p.report_id', 'in', p.reportIds)
    .where('p.status', '=', 'approved')
    .orderBy('p.posted_at')
    .orderBy('p.id'),
);

/** Approved replies of the given reports, oldest first (a conversation reads top to bottom). */
export async function listReplies(db: Db, reportIds: readonly number[]): Promise<Reply[]> {
  if (reportIds.length === 0) return [];
  const rows = await repliesQuery(db, { reportIds });
  return rows.map((row) => ({
    id: row.id,
    reportId: row.report_id,
    author: {
      userId: row.user_id,
      displayName: row.display_name,
      location: row.location,
      postCount: postCountOf(row),
    },
    postedAt: iso(row.posted_at),
    body: row.body,
    safety: row.safety ? (JSON.parse(row.safety) as SafetyFinding[]) : [],
  }));
}

const sideEffectsQuery = prepared((db: Db, p: { reportIds: readonly number[] }) =>
  db
    .selectFrom('report_side_effects')
    .select(['report_id', 'term', 'severity', 'note'])
    .where('report_id', 'in', p.reportIds)
    .orderBy('id'),
);

/** Side effects of the given reports, by report id. */
export async function listSideEffects(
  db: Db,
  reportIds: readonly number[],
): Promise<Map<number, ReportDetails['sideEffects']>> {
  const map = new Map<number, ReportDetails['sideEffects']>();
  if (reportIds.length === 0) return map;
  const rows = await sideEffectsQuery(db, { reportIds });
  for (const r of rows) {
    map.set(r.report_id, [
      ...(map.get(r.report_id) ?? []),
      { term: r.term, severity: r.severity as Severity | null, note: r.note },
    ]);
  }
  return map;
}

const followUpsQuery = prepared((db: Db, p: { reportIds: readonly number[] }) =>
  db
    .selectFrom('follow_ups')
    .select(['id', 'report_id', 'posted_at', 'body', 'outcome', 'safety'])
    .where('report_id', 'in', p.reportIds)
    .where('status', '=', 'approved')
    .orderBy('posted_at')
    .orderBy('id'),
);

/** Approved follow-ups of the given reports, oldest first. */
export async function listFollowUps(db: Db, reportIds: readonly number[]): Promise<FollowUp[]> {
  if (reportIds.length === 0) return [];
  const rows = await followUpsQuery(db, { reportIds });
  return rows.map((r) => ({
    id: r.id,
    reportId: r.report_id,
    postedAt: iso(r.posted_at),
    body: r.body,
    outcome: r.outcome as Outcome | null,
    safety: r.safety ? (JSON.parse(r.safety) as SafetyFinding[]) : [],
  }));
}

export interface NewContribution extends NewReport {
  authorEmail: string | null;
  details: ReportDetails;
  safety: SafetyFinding[];
  statusToken: string | null;
}

/** Inserts a reader's report with its structured fields and side effects. */
export async function insertContribution(db: Db, r: NewContribution): Promise<number> {
  const d = r.details;
  const row = await db
    .insertInto('reports')
    .values({
      ...reportValues(r),
      author_email: r.authorEmail,
      dose_min: d.dose?.min ?? null,
      dose_max: d.dose?.max ?? null,
      dose_unit: d.dose?.unit ?? null,
      dose_frequency: d.dose?.frequency ?? null,
      form: d.form,
      brand: d.brand,
      taken_days: d.takenDays,
      effect_days: d.effectDays,
      outcome: d.outcome,
      for_whom: d.forWhom,
      commercial_tie: d.commercialTie,
      safety: r.safety.length > 0 ? JSON.stringify(r.safety) : null,
      status_token: r.statusToken,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (d.sideEffects.length > 0) {
    await db
      .insertInto('report_side_effects')
      .values(
        d.sideEffects.map((e) => ({
          report_id: row.id,
          term: e.term,
          severity: e.severity,
          note: e.note,
        })),
      )
      .execute();
  }
  return row.id;
}

export interface ReportRecord {
  id: number;
  remedyId: number;
  conditionId: number;
  userId: number | null;
  status: PostStatus;
  statusToken: string | null;
  postedAt: string;
  moderationReason: string | null;
}

/** The bare facts of one report in any status (for authors, moderators and policies). */
export async function findReportRecord(db: Db, id: number): Promise<ReportRecord | null> {
  const row = await db
    .selectFrom('reports')
    .select([
      'id',
      'remedy_id',
      'condition_id',
      'user_id',
      'status',
      'status_token',
      'posted_at',
      'moderation_reason',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        remedyId: row.remedy_id,
        conditionId: row.condition_id,
        userId: row.user_id,
        status: row.status as PostStatus,
        statusToken: row.status_token,
        postedAt: iso(row.posted_at),
        moderationReason: row.moderation_reason,
      }
    : null;
}

/** One report in any status, with everything a page shows (for its author or a moderator). */
/** Whether this exact post is already in (a legacy page imported twice adds nothing). */
export async function hasSamePost(
  db: Db,
  p: { remedyId: number; displayName: string; postedAt: string; body: string },
): Promise<boolean> {
  const rows = await db
    .selectFrom('reports')
    .select('body')
    .where('remedy_id', '=', p.remedyId)
    .where('display_name', '=', p.displayName)
    .where('posted_at', '=', p.postedAt)
    .execute();
  return rows.some((r) => r.body === p.body);
}

/** Reports by id in one query (any status), in the order asked. */
export async function findReportsByIds(db: Db, ids: readonly number[]): Promise<Report[]> {
  if (ids.length === 0) return [];
  const rows = await reportSelect(db)
    .where('r.id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, toReport(row)]));
  return ids.map((id) => byId.get(id)).filter((r): r is Report => r !== undefined);
}

export async function findAnyReport(db: Db, id: number): Promise<Report | null> {
  const row = await reportSelect(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toReport(row) : null;
}
