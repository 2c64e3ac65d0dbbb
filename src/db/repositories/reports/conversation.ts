import { sql } from 'kysely';
import type { SafetyFinding } from '../../../model/safety.js';
import type { PostStatus } from '../../../model/types.js';
import type { Db } from '../../database.js';
import { iso, placeValues } from '../map.js';

// Replies, updates, report edits with their revisions, helpful votes and flags.

export async function insertReply(
  db: Db,
  r: {
    reportId: number;
    userId: number | null;
    displayName: string;
    location: string | null;
    authorEmail: string | null;
    postedAt: string;
    body: string;
    status: PostStatus;
    safety: SafetyFinding[];
  },
): Promise<number> {
  const row = await db
    .insertInto('replies')
    .values({
      report_id: r.reportId,
      user_id: r.userId,
      display_name: r.displayName,
      ...placeValues(r.location),
      author_email: r.authorEmail,
      posted_at: r.postedAt,
      body: r.body,
      status: r.status,
      safety: r.safety.length > 0 ? JSON.stringify(r.safety) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertUpdate(
  db: Db,
  f: {
    reportId: number;
    postedAt: string;
    body: string;
    outcome: string | null;
    status: PostStatus;
    safety: SafetyFinding[];
  },
): Promise<number> {
  const row = await db
    .insertInto('updates')
    .values({
      report_id: f.reportId,
      posted_at: f.postedAt,
      body: f.body,
      outcome: f.outcome,
      status: f.status,
      safety: f.safety.length > 0 ? JSON.stringify(f.safety) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface EditableReport {
  rating: number | null;
  title: string | null;
  body: string;
}

export async function findEditable(db: Db, id: number): Promise<EditableReport | null> {
  const row = await db
    .selectFrom('reports')
    .select(['rating', 'title', 'body'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

export async function insertReportRevision(
  db: Db,
  r: { reportId: number; userId: number | null; createdAt: string; content: EditableReport },
): Promise<void> {
  await db
    .insertInto('report_revisions')
    .values({
      report_id: r.reportId,
      user_id: r.userId,
      created_at: r.createdAt,
      content: JSON.stringify(r.content),
    })
    .execute();
}

/** An author's edit: always rated, since the edit form asks for the stars. */
export interface WaitingEdit extends Omit<EditableReport, 'rating'> {
  rating: number;
  reportId: number;
  userId: number | null;
  safety: SafetyFinding[];
  createdAt: string;
}

/** Keeps an edit for a moderator (replacing one that already waits for this report). */
export async function saveWaitingEdit(db: Db, e: WaitingEdit): Promise<void> {
  const values = {
    user_id: e.userId,
    rating: e.rating,
    title: e.title,
    body: e.body,
    safety: e.safety.length > 0 ? JSON.stringify(e.safety) : null,
    created_at: e.createdAt,
  };
  await db
    .insertInto('report_edits')
    .values({ report_id: e.reportId, ...values })
    .onConflict((oc) => oc.column('report_id').doUpdateSet(values))
    .execute();
}

export async function findWaitingEdit(db: Db, reportId: number): Promise<WaitingEdit | null> {
  const r = await db
    .selectFrom('report_edits')
    .selectAll()
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return r
    ? {
        reportId: r.report_id,
        userId: r.user_id,
        rating: r.rating,
        title: r.title,
        body: r.body,
        safety: r.safety ? (JSON.parse(r.safety) as SafetyFinding[]) : [],
        createdAt: iso(r.created_at),
      }
    : null;
}

/** Takes the waiting edit away; false when there was none (another moderator decided first). */
export async function deleteWaitingEdit(db: Db, reportId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('report_edits')
    .where('report_id', '=', reportId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function countReportRevisions(db: Db, reportId: number): Promise<number> {
  const row = await db
    .selectFrom('report_revisions')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('report_id', '=', reportId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateReportText(
  db: Db,
  id: number,
  u: EditableReport & { updatedAt: string; safety: SafetyFinding[]; status: PostStatus },
): Promise<void> {
  await db
    .updateTable('reports')
    .set({
      rating: u.rating,
      title: u.title,
      body: u.body,
      updated_at: u.updatedAt,
      safety: u.safety.length > 0 ? JSON.stringify(u.safety) : null,
      status: u.status,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Records a vote (helpful or not); null when this member already voted for this report, else the
 * report's new helpful and not-helpful counts.
 */
export async function insertHelpfulVote(
  db: Db,
  reportId: number,
  userId: number,
  at: string,
  helpful = true,
): Promise<{ helpful: number; unhelpful: number } | null> {
  // One statement decides, so two votes sent at once cannot both count.
  const inserted = await db
    .insertInto('helpful_votes')
    .values({ report_id: reportId, user_id: userId, created_at: at, helpful: helpful ? 1 : 0 })
    .onConflict((oc) => oc.columns(['report_id', 'user_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return null;
  return countVote(db, reportId, helpful, 1);
}

/** Moves a report's helpful or not-helpful count by one vote (never below 0); its new counts. */
export async function countVote(
  db: Db,
  reportId: number,
  helpful: boolean,
  by: 1 | -1,
): Promise<{ helpful: number; unhelpful: number }> {
  const column = helpful ? 'helpful_count' : 'unhelpful_count';
  await db
    .updateTable('reports')
    .set((eb) => ({
      [column]:
        by === 1
          ? eb(column, '+', 1)
          : sql<number>`case when ${eb.ref(column)} > 0 then ${eb.ref(column)} - 1 else 0 end`,
    }))
    .where('id', '=', reportId)
    .execute();
  const row = await db
    .selectFrom('reports')
    .select(['helpful_count', 'unhelpful_count'])
    .where('id', '=', reportId)
    .executeTakeFirstOrThrow();
  return { helpful: Number(row.helpful_count), unhelpful: Number(row.unhelpful_count) };
}

/**
 * Every report's helpful score from its counts (after bulk loads), or only these reports': the
 * same Wilson bound in SQL.
 */
export async function rebuildHelpfulScores(db: Db, ids?: readonly number[]): Promise<void> {
  if (ids && ids.length === 0) return;
  const n = sql`(helpful_count + unhelpful_count) * 1.0`;
  const p = sql`(helpful_count * 1.0 / ${n})`;
  await sql`update reports set helpful_score = case when helpful_count + unhelpful_count = 0 then 0
    else (${p} + 3.8416 / (2 * ${n}) - 1.96 * sqrt((${p} * (1 - ${p}) + 3.8416 / (4 * ${n})) / ${n}))
      / (1 + 3.8416 / ${n}) end ${ids ? sql`where id in (${sql.join(ids)})` : sql``}`.execute(db);
}

/** The sort key of "most helpful": the Wilson lower bound of the helpful share of votes. */
export async function setHelpfulScore(db: Db, reportId: number, score: number): Promise<void> {
  await db
    .updateTable('reports')
    .set({ helpful_score: score })
    .where('id', '=', reportId)
    .execute();
}

/** How this member voted on this report: true helpful, false not helpful, null not at all. */
export async function findVote(db: Db, reportId: number, userId: number): Promise<boolean | null> {
  const row = await db
    .selectFrom('helpful_votes')
    .select('helpful')
    .where('report_id', '=', reportId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? Number(row.helpful) === 1 : null;
}

/**
 * Takes a member's vote back; null when there was none (also when a concurrent undo got there
 * first), else the report's new counts.
 */
export async function deleteHelpfulVote(
  db: Db,
  reportId: number,
  userId: number,
): Promise<{ helpful: number; unhelpful: number } | null> {
  // The delete itself says what the vote was, so two undos at once take one vote back.
  const gone = await db
    .deleteFrom('helpful_votes')
    .where('report_id', '=', reportId)
    .where('user_id', '=', userId)
    .returning('helpful')
    .executeTakeFirst();
  return gone ? countVote(db, reportId, Number(gone.helpful) === 1, -1) : null;
}

export async function insertFlag(
  db: Db,
  f: {
    targetType: 'report' | 'reply';
    targetId: number;
    reason: string;
    note: string | null;
    userId: number | null;
    createdAt: string;
  },
): Promise<void> {
  await db
    .insertInto('flags')
    .values({
      target_type: f.targetType,
      target_id: f.targetId,
      reason: f.reason,
      note: f.note,
      user_id: f.userId,
      created_at: f.createdAt,
    })
    .execute();
}
