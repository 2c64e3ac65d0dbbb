// What waits for moderators: reports, replies, updates and edits, flags and proposed conditions.

import type { Db } from '../../db/database.js';
import { listConditions } from '../../db/repositories/reading/conditions.js';
import type {
  OpenFlag,
  PendingPost,
  PendingReport,
  ProposedCondition,
} from '../../model/moderation.js';
import {
  listOpenFlags,
  listPendingUpdates,
  listWaitingEdits,
  listPendingReplies,
  listPendingReports,
  listProposedConditions,
} from '../../db/repositories/moderation/queue.js';
import { listPublishedRemedies } from '../../db/repositories/reading/remedies.js';
import { type Viewer, requireModerator } from '../accounts/index.js';
import type { Condition, RemedySummary, ReportWithReplies } from '../../model/types.js';
import { findReportsByIds } from '../../db/repositories/reports/contributions.js';
import { withReplies } from '../reports/index.js';

export interface ModerationQueue {
  reports: PendingReport[];
  /** Each pending report as it will be published (structured fields and side effects read). */
  previews: Map<number, ReportWithReplies>;
  posts: PendingPost[];
  flags: OpenFlag[];
  conditions: ProposedCondition[];
  remedies: RemedySummary[];
  activeConditions: Condition[];
}

const QUEUE_SIZE = 100;

/** Everything waiting for a moderator, safety flags first, then oldest first. */
export async function moderationQueue(db: Db, viewer: Viewer | null): Promise<ModerationQueue> {
  requireModerator(viewer);
  const [reports, replies, updates, edits, flags, conditions, remedies, activeConditions] =
    await Promise.all([
      listPendingReports(db, QUEUE_SIZE),
      listPendingReplies(db, QUEUE_SIZE),
      listPendingUpdates(db, QUEUE_SIZE),
      listWaitingEdits(db, QUEUE_SIZE),
      listOpenFlags(db, QUEUE_SIZE),
      listProposedConditions(db),
      listPublishedRemedies(db),
      listConditions(db),
    ]);
  const previews = new Map(
    (
      await withReplies(
        db,
        await findReportsByIds(
          db,
          reports.map((r) => r.id),
        ),
      )
    ).map((r) => [r.id, r]),
  );
  const posts = [...replies, ...updates, ...edits].sort(
    (a, b) =>
      Number(b.safety.length > 0) - Number(a.safety.length > 0) ||
      (a.postedAt ?? '').localeCompare(b.postedAt ?? ''),
  );
  return { reports, previews, posts, flags, conditions, remedies, activeConditions };
}
