// Moderating replies, updates, edits, conditions and flags; the public moderation log.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { findConditionBySlug, listConditions } from '../../db/repositories/reading/conditions.js';
import type { ModerationAction } from '../../model/moderation.js';
import {
  acceptConditionRow,
  deleteCondition,
  findConditionById,
  findUpdateRecord,
  findReplyRecord,
  markAuthorSpam,
  moveConditionReports,
  resolveFlags,
  setUpdateStatus,
  setReplyStatus,
  setReportOutcome,
} from '../../db/repositories/moderation/moderation.js';
import { countActions, listActions } from '../../db/repositories/moderation/log.js';
import {
  deleteWaitingEdit,
  findEditable,
  findWaitingEdit,
} from '../../db/repositories/reports/conversation.js';
import { listPublishedRemedies } from '../../db/repositories/reading/remedies.js';
import { type Act, reasonInput, recount, record, reportOrThrow } from './acts.js';
import { type Viewer, requireModerator } from '../accounts/index.js';
import { applyReportEdit } from '../reports/index.js';
import { DomainError } from '../../model/errors.js';
import { queueReplyMail } from '../notify/index.js';
import { type PageInfo, pageInfo, InvalidInput, validate } from '../common/index.js';
import type { Condition, RemedySummary } from '../../model/types.js';

/** Approve, reject or mark as spam a reply or a follow-up. */
export async function moderatePost(
  db: Db,
  viewer: Viewer | null,
  kind: 'reply' | 'update' | 'edit',
  id: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<void> {
  const a: Act = { db, viewer: requireModerator(viewer), now };
  if (kind === 'edit') return moderateEdit(a, id, input);
  if (kind === 'reply') {
    const reply = await findReplyRecord(db, id);
    if (!reply) throw new DomainError('REPLY_NOT_FOUND', 'No reply has this number.');
    if (input.action === 'approve' || input.action === 'reject') {
      // Approving and rejecting differ only in the status, the reason and the log's wording.
      const approve = input.action === 'approve';
      const reason = approve ? null : validate(reasonInput, input).reason;
      if (!(await setReplyStatus(db, id, approve ? 'approved' : 'rejected', reason))) return;
      await resolveFlags(db, 'reply', id, now.toISOString());
      await recount(db, [], [reply.userId]);
      if (approve) await queueReplyMail(db, id, now);
      await record(
        a,
        input.action,
        'reply',
        id,
        `A reply to report #${reply.reportId} was ${approve ? 'published' : 'removed'}.`,
        reason ?? '',
      );
    } else if (input.action === 'spam') {
      const changed = await markAuthorSpam(db, { userId: reply.userId, email: reply.authorEmail });
      await resolveFlags(db, 'reply', id, now.toISOString());
      await recount(db, changed.reports, [reply.userId]);
      await record(
        a,
        'spam',
        'reply',
        id,
        `A reply was marked as spam; ${changed.reports.length} report(s) and ${changed.replies} reply(ies) by the same author were hidden.`,
        'spam',
      );
    } else throw new InvalidInput({ form: 'Unknown moderation action.' });
    return;
  }
  const update = await findUpdateRecord(db, id);
  if (!update) throw new DomainError('UPDATE_NOT_FOUND');
  if (input.action === 'approve') {
    if (!(await setUpdateStatus(db, id, 'approved'))) return;
    // An update may change the outcome the report counts under.
    if (update.outcome) {
      await setReportOutcome(db, update.reportId, update.outcome);
      const report = await reportOrThrow(db, update.reportId);
      await recount(db, [report], [], [report.id]);
    }
    await record(
      a,
      'approve',
      'update',
      id,
      `An update to report #${update.reportId} was published.`,
    );
  } else if (input.action === 'reject') {
    const { reason } = validate(reasonInput, input);
    if (!(await setUpdateStatus(db, id, 'rejected'))) return;
    await record(
      a,
      'reject',
      'update',
      id,
      `An update to report #${update.reportId} was removed.`,
      reason,
    );
  } else throw new InvalidInput({ form: 'Unknown moderation action.' });
}

/** Accept a proposed condition (into a category), or reject it by moving its reports to an existing one. */
export async function moderateCondition(
  db: Db,
  viewer: Viewer | null,
  id: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<void> {
  const a: Act = { db, viewer: requireModerator(viewer), now };
  const condition = await findConditionById(db, id);
  if (!condition || condition.status !== 'proposed') throw new DomainError('CONDITION_NOT_FOUND');
  if (input.action === 'accept') {
    const { category } = validate(
      z.object({ category: z.string().trim().min(2, 'Choose or type a category.').max(60) }),
      input,
    );
    await acceptConditionRow(db, id, category);
    await record(
      a,
      'accept',
      'condition',
      id,
      `The condition “${condition.name}” was added under ${category}.`,
    );
  } else if (input.action === 'reject') {
    const { into } = validate(
      z.object({ into: z.string().min(1, 'Choose the condition its reports belong to.') }),
      input,
    );
    const target = await findConditionBySlug(db, into);
    if (!target) throw new InvalidInput({ into: 'Choose an existing condition.' });
    const moved = await moveConditionReports(db, id, target.id);
    await deleteCondition(db, id);
    await recount(
      db,
      moved.map((m) => ({ remedyId: m.remedyId, conditionId: target.id })),
      [],
    );
    await record(
      a,
      'merge',
      'condition',
      id,
      `The proposed condition “${condition.name}” was folded into ${target.name}.`,
    );
  } else throw new InvalidInput({ form: 'Unknown moderation action.' });
}

/** Flags looked at and left as they are. */
export async function dismissFlags(
  db: Db,
  viewer: Viewer | null,
  targetType: 'report' | 'reply',
  targetId: number,
  now: Date,
): Promise<void> {
  const a: Act = { db, viewer: requireModerator(viewer), now };
  const n = await resolveFlags(db, targetType, targetId, now.toISOString());
  if (n > 0)
    await record(
      a,
      'dismiss-flags',
      targetType,
      targetId,
      `${n} flag(s) on ${targetType} #${targetId} were reviewed; it stays as it is.`,
    );
}

export interface ModerationLog {
  actions: ModerationAction[];
  page: PageInfo;
}

/** The public log: what was removed or changed, and why, without private data. */
export async function moderationLog(db: Db, page: number): Promise<ModerationLog> {
  const info = pageInfo(page, await countActions(db), 50);
  if (page > info.pageCount) throw new DomainError('PAGE_NOT_FOUND');
  return { actions: await listActions(db, (page - 1) * 50, 50), page: info };
}

/** Publishes or declines the edit waiting for report `reportId`; the published text stays till then. */
async function moderateEdit(a: Act, reportId: number, input: Record<string, unknown>) {
  const edit = await findWaitingEdit(a.db, reportId);
  if (!edit) throw new DomainError('REPORT_NOT_FOUND', 'No edit of this report is waiting.');
  if (input.action === 'approve') {
    const before = await findEditable(a.db, reportId);
    if (!before || !(await deleteWaitingEdit(a.db, reportId))) return;
    await applyReportEdit(a.db, reportId, edit.userId, before, edit, a.now);
    await record(a, 'approve', 'report', reportId, `An edit of report #${reportId} was published.`);
  } else if (input.action === 'reject') {
    const { reason } = validate(reasonInput, input);
    if (!(await deleteWaitingEdit(a.db, reportId))) return;
    await record(
      a,
      'reject',
      'report',
      reportId,
      `An edit of report #${reportId} was declined; the report stays as it was.`,
      reason,
    );
  } else throw new InvalidInput({ form: 'Unknown moderation action.' });
}

/** Where a moderator may move a report: every published remedy and active condition. */
export async function moveTargets(
  db: Db,
  viewer: Viewer | null,
): Promise<{ remedies: RemedySummary[]; conditions: Condition[] }> {
  requireModerator(viewer);
  const [remedies, conditions] = await Promise.all([listPublishedRemedies(db), listConditions(db)]);
  return { remedies, conditions };
}
