// Everything Remedex holds about a member, to download, and erasing it.
import { sql } from 'kysely';
import type { Db } from '../../database.js';
import { withoutName } from '../../../model/privacy.js';
import { countVote, rebuildHelpfulScores } from '../reports/conversation.js';

type Row = Record<string, unknown>;
const plain = (rows: Row[]): Row[] =>
  rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
    ),
  );
// Derived or secret columns that say nothing about the person.
const INTERNAL = ['status_token', 'card_version', 'helpful_score', 'search'];
const withoutInternal = (rows: Row[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !INTERNAL.includes(k))));

/** The member's rows, table by table: their account, posts, updates, votes and flags. */
export async function memberRows(db: Db, userId: number): Promise<Record<string, Row[]>> {
  const account = await db
    .selectFrom('users')
    .select([
      'id',
      'display_name',
      'email',
      'email_confirmed_at',
      'location',
      'location_typed',
      'role',
      'created_at',
      'notify_moderation',
      'notify_replies',
      'notify_follow_ups',
    ])
    .where('id', '=', userId)
    .execute();
  const reports = await db
    .selectFrom('reports')
    .selectAll()
    .where('user_id', '=', userId)
    .execute();
  const ids = reports.map((r) => r.id);
  const none = [0]; // `in ()` is no SQL: a report id that never exists
  return {
    account: plain(account),
    follows: plain(
      await db.selectFrom('follows').selectAll().where('user_id', '=', userId).execute(),
    ),
    unsubscribes: plain(
      await db
        .selectFrom('unsubscribes')
        .selectAll()
        .where('email', '=', String(account[0]?.email ?? '').toLowerCase())
        .execute(),
    ),
    reports: withoutInternal(plain(reports)),
    report_side_effects: plain(
      await db
        .selectFrom('report_side_effects')
        .selectAll()
        .where('report_id', 'in', ids.length ? ids : none)
        .execute(),
    ),
    updates: plain(
      await db
        .selectFrom('updates')
        .selectAll()
        .where('report_id', 'in', ids.length ? ids : none)
        .execute(),
    ),
    replies: plain(
      await db.selectFrom('replies').selectAll().where('user_id', '=', userId).execute(),
    ),
    helpful_votes: plain(
      await db.selectFrom('helpful_votes').selectAll().where('user_id', '=', userId).execute(),
    ),
    flags: plain(await db.selectFrom('flags').selectAll().where('user_id', '=', userId).execute()),
    sessions: plain(
      await db
        .selectFrom('sessions')
        .select(['created_at', 'expires_at'])
        .where('user_id', '=', userId)
        .execute(),
    ),
  };
}

export const FORMER_MEMBER = 'a former member';

/** Replaces a name in the texts of these rows (see `withoutName`). */
async function scrubName(
  db: Db,
  table: 'reports' | 'replies' | 'updates',
  ids: readonly number[],
  name: string,
): Promise<void> {
  if (ids.length === 0) return;
  const rows =
    table === 'reports'
      ? await db
          .selectFrom('reports')
          .select(['id', 'title', 'body'])
          .where('id', 'in', ids)
          .execute()
      : await db
          .selectFrom(table)
          .select(['id', 'body', sql<null>`null`.as('title')])
          .where('id', 'in', ids)
          .execute();
  for (const r of rows) {
    const body = withoutName(r.body, name, FORMER_MEMBER);
    const title = r.title === null ? null : withoutName(r.title, name, FORMER_MEMBER);
    if (body === r.body && title === r.title) continue;
    if (table === 'reports')
      await db.updateTable('reports').set({ body, title }).where('id', '=', r.id).execute();
    else await db.updateTable(table).set({ body }).where('id', '=', r.id).execute();
  }
}

export interface Erased {
  /** The remedy × condition pairs whose numbers change. */
  pairs: { remedyId: number; conditionId: number }[];
  /** Reports kept, anonymised, whose facts are read again. */
  keptReports: number[];
}

/**
 * Erases a member: their posts stay, anonymised as "a former member", or go; their votes are taken
 * back; the moderation log, flags and revisions keep what was done, not who did it; their account,
 * sessions, links and pending sign-ups go. The caller recounts the numbers.
 */
export async function eraseMember(db: Db, userId: number, keepPosts: boolean): Promise<Erased> {
  const user = await db
    .selectFrom('users')
    .select(['display_name', 'email'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const reports = await db
    .selectFrom('reports')
    .select(['id', 'remedy_id', 'condition_id'])
    .where('user_id', '=', userId)
    .execute();
  const reportIds = reports.map((r) => r.id);
  const theirReplies = await db
    .selectFrom('replies')
    .select(['id', 'report_id'])
    .where('user_id', '=', userId)
    .execute();
  const replyIds = theirReplies.map((r) => r.id);
  // Stored cards show the name on their reports and beside their replies under others'.
  const carded = [...new Set([...reportIds, ...theirReplies.map((r) => r.report_id)])];
  if (carded.length) await db.deleteFrom('report_cards').where('report_id', 'in', carded).execute();
  if (keepPosts) {
    const anonymous = {
      user_id: null,
      display_name: FORMER_MEMBER,
      location: null,
      location_typed: null,
      author_email: null,
    };
    for (const table of ['reports', 'replies'] as const)
      await db.updateTable(table).set(anonymous).where('user_id', '=', userId).execute();
    // Their name goes from their own texts and from what others replied under their reports.
    const underTheirs = reportIds.length
      ? (
          await db.selectFrom('replies').select('id').where('report_id', 'in', reportIds).execute()
        ).map((r) => r.id)
      : [];
    const updateIds = reportIds.length
      ? (
          await db.selectFrom('updates').select('id').where('report_id', 'in', reportIds).execute()
        ).map((r) => r.id)
      : [];
    await scrubName(db, 'reports', reportIds, user.display_name);
    await scrubName(db, 'replies', [...new Set([...replyIds, ...underTheirs])], user.display_name);
    await scrubName(db, 'updates', updateIds, user.display_name);
  } else {
    if (replyIds.length) await db.deleteFrom('replies').where('id', 'in', replyIds).execute();
    if (reportIds.length) await db.deleteFrom('reports').where('id', 'in', reportIds).execute();
  }
  await takeBackVotes(db, userId);
  for (const table of ['flags', 'report_revisions', 'report_edits', 'remedy_revisions'] as const)
    await db.updateTable(table).set({ user_id: null }).where('user_id', '=', userId).execute();
  await db
    .updateTable('moderation_actions')
    .set({ actor_id: null })
    .where('actor_id', '=', userId)
    .execute();
  if (user.email) {
    const email = user.email.toLowerCase();
    await db
      .deleteFrom('signups')
      .where(sql`lower(email)`, '=', email)
      .execute();
    for (const table of ['unsubscribes', 'guest_addresses'] as const)
      await db.deleteFrom(table).where('email', '=', email).execute();
  }
  await db.deleteFrom('users').where('id', '=', userId).execute();
  return {
    pairs: reports.map((r) => ({ remedyId: r.remedy_id, conditionId: r.condition_id })),
    keptReports: keepPosts ? reportIds : [],
  };
}

/** A member's helpful votes taken back: the reports' counts and scores follow. */
async function takeBackVotes(db: Db, userId: number): Promise<void> {
  const votes = await db
    .deleteFrom('helpful_votes')
    .where('user_id', '=', userId)
    .returning(['report_id', 'helpful'])
    .execute();
  for (const v of votes) await countVote(db, v.report_id, Number(v.helpful) === 1, -1);
  await rebuildHelpfulScores(db, [...new Set(votes.map((v) => v.report_id))]);
}
