import type { Db } from '../db/database.js';
import { listReplies } from '../db/repositories/reports.js';
import type { Report, ReportWithReplies } from './types.js';

/** Attaches each report's approved replies with one query for the whole list. */
export async function withReplies(db: Db, reports: Report[]): Promise<ReportWithReplies[]> {
  const replies = await listReplies(
    db,
    reports.map((r) => r.id),
  );
  return reports.map((report) => ({
    ...report,
    replies: replies.filter((reply) => reply.reportId === report.id),
  }));
}
