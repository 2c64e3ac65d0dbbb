// What hangs under a report: its replies, side effects and updates (the updates table).
import { guestPosts, postCountOf } from './report-rows.js';
import type { SafetyFinding } from '../../../model/safety.js';
import type { Update, PostStatus, Reply, ReportDetails } from '../../../model/types.js';
import type { Outcome, Severity } from '../../../model/vocabulary.js';
import type { Db } from '../../database.js';
import { prepared } from '../../prepared.js';
import { iso, placeValues } from '../map.js';

export interface NewReply {
  reportId: number;
  userId: number | null;
  displayName: string;
  location: string | null;
  /** Null: the page it was imported from gave it no date. */
  postedAt: string | null;
  body: string;
  status: PostStatus;
  /** A guest's email (never shown). */
  authorEmail?: string | null;
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
        ...placeValues(r.location),
        posted_at: r.postedAt,
        body: r.body,
        status: r.status,
        author_email: r.authorEmail ?? null,
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
    postedAt: row.posted_at === null ? null : iso(row.posted_at),
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

const updatesQuery = prepared((db: Db, p: { reportIds: readonly number[] }) =>
  db
    .selectFrom('updates')
    .select(['id', 'report_id', 'posted_at', 'body', 'outcome', 'safety'])
    .where('report_id', 'in', p.reportIds)
    .where('status', '=', 'approved')
    .orderBy('posted_at')
    .orderBy('id'),
);

/** Approved updates of the given reports, oldest first. */
export async function listUpdates(db: Db, reportIds: readonly number[]): Promise<Update[]> {
  if (reportIds.length === 0) return [];
  const rows = await updatesQuery(db, { reportIds });
  return rows.map((r) => ({
    id: r.id,
    reportId: r.report_id,
    postedAt: iso(r.posted_at),
    body: r.body,
    outcome: r.outcome as Outcome | null,
    safety: r.safety ? (JSON.parse(r.safety) as SafetyFinding[]) : [],
  }));
}
