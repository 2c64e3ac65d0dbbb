// What moderators change. Public numbers are recounted by the domain afterwards.

import { sql } from 'kysely';
import type { PostStatus } from '../../../model/types.js';
import type { Db } from '../../database.js';

export async function setReportStatus(
  db: Db,
  id: number,
  status: PostStatus,
  reason: string | null,
  now?: string,
): Promise<boolean> {
  const result = await db
    .updateTable('reports')
    .set({
      status,
      moderation_reason: reason,
      ...(status === 'approved' && now
        ? { published_at: sql<string>`coalesce(published_at, ${now})` }
        : {}),
    })
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
export async function setUpdateStatus(db: Db, id: number, status: PostStatus): Promise<boolean> {
  const result = await db
    .updateTable('updates')
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

export async function findUpdateRecord(
  db: Db,
  id: number,
): Promise<{ id: number; reportId: number; outcome: string | null } | null> {
  const r = await db
    .selectFrom('updates')
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
): Promise<{ id: number; name: string; slug: string; status: string; description: string } | null> {
  const r = await db
    .selectFrom('conditions')
    .select(['id', 'name', 'slug', 'status', 'description'])
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
