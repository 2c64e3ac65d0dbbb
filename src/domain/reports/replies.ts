import type { Db } from '../../db/database.js';
import {
  listUpdates,
  listReplies,
  listSideEffects,
} from '../../db/repositories/reports/report-children.js';
import type { Report, ReportWithReplies } from '../../model/types.js';

/** Attaches each report's approved replies, updates and side effects: one query each for the whole list. */
export async function withReplies(db: Db, reports: Report[]): Promise<ReportWithReplies[]> {
  const ids = reports.map((r) => r.id);
  const [replies, updates, sideEffects] = await Promise.all([
    listReplies(db, ids),
    listUpdates(db, ids),
    listSideEffects(db, ids),
  ]);
  return reports.map((report) => ({
    ...report,
    details: { ...report.details, sideEffects: sideEffects.get(report.id) ?? [] },
    replies: replies.filter((reply) => reply.reportId === report.id),
    updates: updates.filter((f) => f.reportId === report.id),
  }));
}
