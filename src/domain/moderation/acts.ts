// What every moderator verb shares: the log line it writes, the counts it settles, the reason it asks.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { insertAction } from '../../db/repositories/moderation/log.js';
import { findReportRecord } from '../../db/repositories/reports/contributions.js';
import { recountPostCounts } from '../../db/repositories/accounts/users.js';
import type { Viewer } from '../accounts/index.js';
import { settleReports } from '../insight/index.js';
import { DomainError } from '../../model/errors.js';
import { blankToUndefined } from '../common/index.js';

export interface Act {
  db: Db;
  viewer: Viewer;
  now: Date;
}

export async function record(
  a: Act,
  action: string,
  targetType: string,
  targetId: number,
  summary: string,
  reason = '',
): Promise<void> {
  await insertAction(a.db, {
    actorId: a.viewer.id,
    action,
    targetType,
    targetId,
    reason,
    summary,
    createdAt: a.now.toISOString(),
  });
}

/** Public numbers after a report changed: its remedy × condition tally and its author's post count. */
export async function recount(
  db: Db,
  pairs: { remedyId: number; conditionId: number }[],
  userIds: (number | null)[],
  reportIds: number[] = [],
): Promise<void> {
  // Extraction runs again on approve and move, so the numbers use the text as published.
  await settleReports(db, reportIds, pairs);
  const users = [...new Set(userIds.filter((u): u is number => u !== null))];
  if (users.length > 0) await recountPostCounts(db, users);
}

export async function reportOrThrow(db: Db, id: number) {
  const report = await findReportRecord(db, id);
  if (!report) throw new DomainError('REPORT_NOT_FOUND');
  return report;
}

export const reasonInput = z.object({
  reason: z.preprocess(
    blankToUndefined,
    z
      .string({ message: 'Give a reason: it is shown in the public log.' })
      .min(3, 'Give a reason: it is shown in the public log.')
      .max(300, 'Keep the reason under 300 characters.'),
  ),
});

export type ModerationCommand =
  | { action: 'approve' }
  | { action: 'reject'; reason: string }
  | { action: 'spam' }
  | { action: 'move'; remedy: string; condition: string }
  | { action: 'choice'; on: boolean; reason: string }
  | { action: 'note'; note: string };

/**
 * One moderator action on a report. Invariants: only moderators act; every action is logged with
 * who, when and why; approving, rejecting, marking spam or moving recounts every number derived
 * from the report; a report on a proposed condition cannot be published until the condition is.
 */
