import { sql } from 'kysely';
import type { SafetyFinding } from '../../model/safety.js';
import type {
  ModerationAction,
  OpenFlag,
  PendingPost,
  PendingReport,
  ProposedCondition,
} from '../../model/moderation.js';
import type { PostStatus } from '../../model/types.js';
import type { Db } from '../database.js';
import { iso } from './map.js';

// Everything moderators read and change. Public numbers are recounted by the domain afterwards.

export async function listPendingReports(db: Db, limit: number): Promise<PendingReport[]> {
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .innerJoin('conditions as c', 'c.id', 'r.condition_id')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.id',
      'm.slug as remedy_slug',
      'm.name as remedy_name',
      'c.slug as condition_slug',
      'c.name as condition_name',
      'c.status as condition_status',
      'r.display_name',
      'r.location',
      'r.author_email',
      'u.email as user_email',
      'r.user_id',
      'r.posted_at',
      'r.rating',
      'r.title',
      'r.body',
      'r.safety',
    ])
    .where('r.status', '=', 'pending')
    // Safety-flagged first, then oldest first.
    .orderBy(sql`case when r.safety is null then 1 else 0 end`)
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    remedySlug: r.remedy_slug,
    remedyName: r.remedy_name,
    conditionSlug: r.condition_slug,
    conditionName: r.condition_name,
    conditionStatus: r.condition_status,
    displayName: r.display_name,
    location: r.location,
    authorEmail: r.author_email ?? r.user_email,
    userId: r.user_id,
    postedAt: iso(r.posted_at),
    rating: r.rating,
    title: r.title,
    body: r.body,
    safety: r.safety ? (JSON.parse(r.safety) as SafetyFinding[]) : [],
  }));
}

interface PendingPostSource {
  id: number;
  report_id: number;
  title: string | null;
  remedy_name: string;
  display_name: string;
  posted_at: Date | string;
  body: string;
  safety: string | null;
}

/** Replies and updates wait in one list, so they share one shape. */
const toPendingPost = (kind: PendingPost['kind'], r: PendingPostSource): PendingPost => ({
  kind,
  id: r.id,
  reportId: r.report_id,
  reportTitle: r.title ?? `a report on ${r.remedy_name}`,
  displayName: r.display_name,
  postedAt: iso(r.posted_at),
  body: r.body,
  safety: r.safety ? (JSON.parse(r.safety) as SafetyFinding[]) : [],
});

export async function listPendingReplies(db: Db, limit: number): Promise<PendingPost[]> {
  const rows = await db
    .selectFrom('replies as p')
    .innerJoin('reports as r', 'r.id', 'p.report_id')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .select([
      'p.id',
      'p.report_id',
      'r.title',
      'm.name as remedy_name',
      'p.display_name',
      'p.posted_at',
      'p.body',
      'p.safety',
    ])
    .where('p.status', '=', 'pending')
    .orderBy(sql`case when p.safety is null then 1 else 0 end`)
    .orderBy('p.id')
    .limit(limit)
    .execute();
  return rows.map((r) => toPendingPost('reply', r));
}

export async function listPendingFollowUps(db: Db, limit: number): Promise<PendingPost[]> {
  const rows = await db
    .selectFrom('follow_ups as f')
    .innerJoin('reports as r', 'r.id', 'f.report_id')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .select([
      'f.id',
      'f.report_id',
      'r.title',
      'm.name as remedy_name',
      'r.display_name',
      'f.posted_at',
      'f.body',
      'f.safety',
    ])
    .where('f.status', '=', 'pending')
    .orderBy(sql`case when f.safety is null then 1 else 0 end`)
    .orderBy('f.id')
    .limit(limit)
    .execute();
  return rows.map((r) => toPendingPost('follow_up', r));
}

/** Edits of published reports waiting for a moderator, safety flags first. */
export async function listWaitingEdits(db: Db, limit: number): Promise<PendingPost[]> {
  const rows = await db
    .selectFrom('report_edits as e')
    .innerJoin('reports as r', 'r.id', 'e.report_id')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .select([
      'e.report_id as id',
      'e.report_id',
      'r.title',
      'm.name as remedy_name',
      'r.display_name',
      'e.created_at as posted_at',
      'e.body',
      'e.safety',
    ])
    .orderBy(sql`case when e.safety is null then 1 else 0 end`)
    .orderBy('e.created_at')
    .limit(limit)
    .execute();
  return rows.map((r) => toPendingPost('edit', r));
}

export async function listOpenFlags(db: Db, limit: number): Promise<OpenFlag[]> {
  const rows = await db
    .selectFrom('flags')
    .select(['target_type', 'target_id', 'reason', 'note', 'created_at'])
    .where('resolved_at', 'is', null)
    .orderBy('id')
    .limit(limit * 10)
    .execute();
  const grouped = new Map<string, OpenFlag>();
  for (const r of rows) {
    const key = `${r.target_type}:${r.target_id}`;
    const g = grouped.get(key) ?? {
      targetType: r.target_type as 'report' | 'reply',
      targetId: r.target_id,
      reasons: [],
      notes: [],
      count: 0,
      firstAt: iso(r.created_at),
      unsafe: false,
    };
    g.count++;
    if (!g.reasons.includes(r.reason)) g.reasons.push(r.reason);
    if (r.note) g.notes.push(r.note);
    g.unsafe ||= r.reason === 'unsafe';
    grouped.set(key, g);
  }
  return [...grouped.values()]
    .sort((a, b) => Number(b.unsafe) - Number(a.unsafe) || a.firstAt.localeCompare(b.firstAt))
    .slice(0, limit);
}

export async function listProposedConditions(db: Db): Promise<ProposedCondition[]> {
  const rows = await db
    .selectFrom('conditions as c')
    .select([
      'c.id',
      'c.name',
      'c.slug',
      (eb) =>
        eb
          .selectFrom('reports')
          .select(eb.fn.countAll().as('n'))
          .whereRef('reports.condition_id', '=', 'c.id')
          .as('reports'),
    ])
    .where('c.status', '=', 'proposed')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    reports: Number(r.reports ?? 0),
  }));
}

/** Sets the status; false when it already had it (a second moderator's click changes nothing). */
export async function setReportStatus(
  db: Db,
  id: number,
  status: PostStatus,
  reason: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('reports')
    .set({ status, moderation_reason: reason })
    .where('id', '=', id)
    .where('status', '!=', status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Sets the status; false when it already had it (a second moderator's click changes nothing). */
export async function setReplyStatus(
  db: Db,
  id: number,
  status: PostStatus,
  reason: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('replies')
    .set({ status, moderation_reason: reason })
    .where('id', '=', id)
    .where('status', '!=', status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Sets the status; false when it already had it. */
export async function setFollowUpStatus(db: Db, id: number, status: PostStatus): Promise<boolean> {
  const result = await db
    .updateTable('follow_ups')
    .set({ status })
    .where('id', '=', id)
    .where('status', '!=', status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function moveReportRow(
  db: Db,
  id: number,
  remedyId: number,
  conditionId: number,
): Promise<void> {
  await db
    .updateTable('reports')
    .set({ remedy_id: remedyId, condition_id: conditionId })
    .where('id', '=', id)
    .execute();
}

export async function setEditorsChoice(
  db: Db,
  id: number,
  on: boolean,
  reason: string | null,
): Promise<void> {
  await db
    .updateTable('reports')
    .set({ editors_choice: on ? 1 : 0, choice_reason: on ? reason : null })
    .where('id', '=', id)
    .execute();
}

export async function setEditorNote(db: Db, id: number, note: string | null): Promise<void> {
  await db.updateTable('reports').set({ editor_note: note }).where('id', '=', id).execute();
}

/** Every report and reply by the same author (account, or guest email) marked as spam; returns what changed. */
export async function markAuthorSpam(
  db: Db,
  author: { userId: number | null; email: string | null },
): Promise<{ reports: { id: number; remedyId: number; conditionId: number }[]; replies: number }> {
  if (author.userId === null && author.email === null) return { reports: [], replies: 0 };
  let reports = db.selectFrom('reports').select(['id', 'remedy_id', 'condition_id']);
  reports =
    author.userId !== null
      ? reports.where('user_id', '=', author.userId)
      : reports.where('author_email', '=', author.email);
  const affected = await reports.execute();
  let updateReports = db.updateTable('reports').set({ status: 'spam', moderation_reason: 'spam' });
  updateReports =
    author.userId !== null
      ? updateReports.where('user_id', '=', author.userId)
      : updateReports.where('author_email', '=', author.email);
  await updateReports.execute();
  let updateReplies = db.updateTable('replies').set({ status: 'spam', moderation_reason: 'spam' });
  updateReplies =
    author.userId !== null
      ? updateReplies.where('user_id', '=', author.userId)
      : updateReplies.where('author_email', '=', author.email);
  const replies = await updateReplies.executeTakeFirst();
  return {
    reports: affected.map((r) => ({
      id: r.id,
      remedyId: r.remedy_id,
      conditionId: r.condition_id,
    })),
    replies: Number(replies.numUpdatedRows),
  };
}

export interface ReplyRecord {
  id: number;
  reportId: number;
  userId: number | null;
  authorEmail: string | null;
  status: PostStatus;
}

export async function findReplyRecord(db: Db, id: number): Promise<ReplyRecord | null> {
  const r = await db
    .selectFrom('replies')
    .select(['id', 'report_id', 'user_id', 'author_email', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        reportId: r.report_id,
        userId: r.user_id,
        authorEmail: r.author_email,
        status: r.status as PostStatus,
      }
    : null;
}

export async function findFollowUpRecord(
  db: Db,
  id: number,
): Promise<{ id: number; reportId: number; outcome: string | null } | null> {
  const r = await db
    .selectFrom('follow_ups')
    .select(['id', 'report_id', 'outcome'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? { id: r.id, reportId: r.report_id, outcome: r.outcome } : null;
}

export async function reportAuthorEmail(db: Db, id: number): Promise<string | null> {
  const r = await db
    .selectFrom('reports')
    .select('author_email')
    .where('id', '=', id)
    .executeTakeFirst();
  return r?.author_email ?? null;
}

export async function setReportOutcome(db: Db, id: number, outcome: string): Promise<void> {
  await db.updateTable('reports').set({ outcome }).where('id', '=', id).execute();
}

export async function acceptConditionRow(db: Db, id: number, category: string): Promise<void> {
  await db
    .updateTable('conditions')
    .set({ status: 'active', category })
    .where('id', '=', id)
    .where('status', '=', 'proposed')
    .execute();
}

export async function moveConditionReports(
  db: Db,
  fromId: number,
  toId: number,
): Promise<{ remedyId: number }[]> {
  const affected = await db
    .selectFrom('reports')
    .select('remedy_id')
    .distinct()
    .where('condition_id', '=', fromId)
    .execute();
  await db
    .updateTable('reports')
    .set({ condition_id: toId })
    .where('condition_id', '=', fromId)
    .execute();
  return affected.map((r) => ({ remedyId: r.remedy_id }));
}

export async function deleteCondition(db: Db, id: number): Promise<void> {
  await db.deleteFrom('report_tallies').where('condition_id', '=', id).execute();
  await db.deleteFrom('conditions').where('id', '=', id).execute();
}

export async function findConditionById(
  db: Db,
  id: number,
): Promise<{ id: number; name: string; slug: string; status: string } | null> {
  const r = await db
    .selectFrom('conditions')
    .select(['id', 'name', 'slug', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r ?? null;
}

export async function resolveFlags(
  db: Db,
  targetType: string,
  targetId: number,
  at: string,
): Promise<number> {
  const r = await db
    .updateTable('flags')
    .set({ resolved_at: at })
    .where('target_type', '=', targetType)
    .where('target_id', '=', targetId)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export interface NewAction {
  actorId: number | null;
  action: string;
  targetType: string;
  targetId: number;
  reason: string;
  summary: string;
  createdAt: string;
}

export async function insertAction(db: Db, a: NewAction): Promise<void> {
  await db
    .insertInto('moderation_actions')
    .values({
      actor_id: a.actorId,
      action: a.action,
      target_type: a.targetType,
      target_id: a.targetId,
      reason: a.reason,
      summary: a.summary,
      created_at: a.createdAt,
    })
    .execute();
}

export async function listActions(
  db: Db,
  offset: number,
  limit: number,
): Promise<ModerationAction[]> {
  const rows = await db
    .selectFrom('moderation_actions as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      'a.id',
      'a.action',
      'a.target_type',
      'a.target_id',
      'a.reason',
      'a.summary',
      'a.created_at',
      'u.display_name',
    ])
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    reason: r.reason,
    summary: r.summary,
    createdAt: iso(r.created_at),
    actor: r.display_name,
  }));
}

export async function countActions(db: Db): Promise<number> {
  const r = await db
    .selectFrom('moderation_actions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
