// What members follow, and the new reports each follow's digest carries.
import { sql } from 'kysely';
import type { Db } from '../../database.js';
import { iso } from '../map.js';

export type Frequency = 'daily' | 'weekly';

export interface FollowTarget {
  remedyId: number | null;
  conditionId: number | null;
}

export interface FollowRow extends FollowTarget {
  id: number;
  userId: number;
  frequency: Frequency;
  remedyName: string | null;
  remedySlug: string | null;
  conditionName: string | null;
  conditionSlug: string | null;
  digestedUntil: string;
}

const sameTarget = (t: FollowTarget) =>
  sql<boolean>`coalesce(remedy_id, 0) = ${t.remedyId ?? 0}
    and coalesce(condition_id, 0) = ${t.conditionId ?? 0}`;

/** Follows a target, or changes how often; one follow per member and target (a unique index). */
export async function upsertFollow(
  db: Db,
  userId: number,
  t: FollowTarget,
  frequency: Frequency,
  at: string,
): Promise<void> {
  const changed = await db
    .updateTable('follows')
    .set({ frequency })
    .where('user_id', '=', userId)
    .where(sameTarget(t))
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) > 0) return;
  // A concurrent follow of the same target fails on the unique index and the transaction runs
  // again, when the update above finds the winner's row.
  await db
    .insertInto('follows')
    .values({
      user_id: userId,
      remedy_id: t.remedyId,
      condition_id: t.conditionId,
      frequency,
      created_at: at,
      digested_until: at,
    })
    .execute();
}

export async function deleteFollow(db: Db, userId: number, id: number): Promise<boolean> {
  const r = await db
    .deleteFrom('follows')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function setFollowFrequency(
  db: Db,
  userId: number,
  id: number,
  frequency: Frequency,
): Promise<boolean> {
  const r = await db
    .updateTable('follows')
    .set({ frequency })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

function followQuery(db: Db) {
  return db
    .selectFrom('follows as f')
    .leftJoin('remedies as m', 'm.id', 'f.remedy_id')
    .leftJoin('conditions as c', 'c.id', 'f.condition_id')
    .select([
      'f.id',
      'f.user_id',
      'f.remedy_id',
      'f.condition_id',
      'f.frequency',
      'f.digested_until',
      'm.name as remedy_name',
      'm.slug as remedy_slug',
      'c.name as condition_name',
      'c.slug as condition_slug',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof followQuery>['execute']>>[number];
const toFollow = (r: Row): FollowRow => ({
  id: r.id,
  userId: r.user_id,
  remedyId: r.remedy_id,
  conditionId: r.condition_id,
  frequency: r.frequency as Frequency,
  digestedUntil: iso(r.digested_until),
  remedyName: r.remedy_name,
  remedySlug: r.remedy_slug,
  conditionName: r.condition_name,
  conditionSlug: r.condition_slug,
});

export async function listFollows(db: Db, userId: number): Promise<FollowRow[]> {
  const rows = await followQuery(db).where('f.user_id', '=', userId).orderBy('f.id').execute();
  return rows.map(toFollow);
}

export async function findFollow(db: Db, id: number): Promise<FollowRow | null> {
  const row = await followQuery(db).where('f.id', '=', id).executeTakeFirst();
  return row ? toFollow(row) : null;
}

/** Follows of this frequency whose last digest covered up to `before` or earlier. */
export async function dueFollows(
  db: Db,
  frequency: Frequency,
  before: string,
  limit: number,
): Promise<{ id: number; digestedUntil: string }[]> {
  const rows = await db
    .selectFrom('follows')
    .select(['id', 'digested_until'])
    .where('frequency', '=', frequency)
    .where('digested_until', '<=', before)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, digestedUntil: iso(r.digested_until) }));
}

/** Moves a follow's digest window on; false when another worker already did. */
export async function advanceFollow(
  db: Db,
  id: number,
  from: string,
  until: string,
): Promise<boolean> {
  const r = await db
    .updateTable('follows')
    .set({ digested_until: until })
    .where('id', '=', id)
    .where('digested_until', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface DigestReport {
  id: number;
  title: string | null;
  body: string;
  rating: number | null;
  displayName: string;
  remedyName: string;
  conditionName: string;
}

/** Reports published in (from, until] on a follow's target, oldest first. */
export async function digestReports(
  db: Db,
  t: FollowTarget,
  from: string,
  until: string,
  limit: number,
): Promise<{ reports: DigestReport[]; total: number }> {
  const base = db
    .selectFrom('reports as r')
    .where('r.status', '=', 'approved')
    .where('r.published_at', '>', from)
    .where('r.published_at', '<=', until)
    .$if(t.remedyId !== null, (q) => q.where('r.remedy_id', '=', t.remedyId as number))
    .$if(t.conditionId !== null, (q) => q.where('r.condition_id', '=', t.conditionId as number));
  const [rows, count] = await Promise.all([
    base
      .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
      .innerJoin('conditions as c', 'c.id', 'r.condition_id')
      .select([
        'r.id',
        'r.title',
        'r.body',
        'r.rating',
        'r.display_name',
        'm.name as remedy_name',
        'c.name as condition_name',
      ])
      .orderBy('r.published_at')
      .orderBy('r.id')
      .limit(limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    reports: rows.map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      rating: r.rating,
      displayName: r.display_name,
      remedyName: r.remedy_name,
      conditionName: r.condition_name,
    })),
  };
}

export interface ReplyMailRow {
  id: number;
  reportId: number;
  status: string;
  userId: number | null;
  displayName: string;
  body: string;
}

export async function findReplyMail(db: Db, id: number): Promise<ReplyMailRow | null> {
  const r = await db
    .selectFrom('replies')
    .select(['id', 'report_id', 'status', 'user_id', 'display_name', 'body'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        reportId: r.report_id,
        status: r.status,
        userId: r.user_id,
        displayName: r.display_name,
        body: r.body,
      }
    : null;
}
