// A contribution from the form: the report with its side effects, and the records its author reads.
import { type NewReport, insertSideEffects, reportValues } from './reports.js';
import { reportSelect, toReport } from './report-rows.js';
import type { SafetyFinding } from '../../../model/safety.js';
import type { PostStatus, Report, ReportDetails } from '../../../model/types.js';
import type { Db } from '../../database.js';
import { iso } from '../map.js';

export interface NewContribution extends NewReport {
  authorEmail: string | null;
  details: ReportDetails;
  safety: SafetyFinding[];
  statusToken: string | null;
  /** A guest asked for mail about this report. */
  followUpMail?: boolean;
}

/** Inserts a reader's report with its structured fields and side effects. */
export async function insertContribution(db: Db, r: NewContribution): Promise<number> {
  const d = r.details;
  const row = await db
    .insertInto('reports')
    .values({
      ...reportValues(r),
      author_email: r.authorEmail,
      safety: r.safety.length > 0 ? JSON.stringify(r.safety) : null,
      status_token: r.statusToken,
      follow_up_mail: r.followUpMail ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertSideEffects(db, [{ reportId: row.id, sideEffects: d.sideEffects }]);
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
