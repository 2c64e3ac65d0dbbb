import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { findConditionBySlug, listConditions } from '../../db/repositories/conditions.js';
import type {
  ModerationAction,
  OpenFlag,
  PendingPost,
  PendingReport,
  ProposedCondition,
} from '../../model/moderation.js';
import {
  acceptConditionRow,
  countActions,
  deleteCondition,
  findConditionById,
  findFollowUpRecord,
  findReplyRecord,
  insertAction,
  listActions,
  listOpenFlags,
  listPendingFollowUps,
  listWaitingEdits,
  listPendingReplies,
  listPendingReports,
  listProposedConditions,
  markAuthorSpam,
  moveConditionReports,
  moveReportRow,
  reportAuthorEmail,
  resolveFlags,
  setEditorNote,
  setEditorsChoice,
  setFollowUpStatus,
  setReplyStatus,
  setReportOutcome,
  setReportStatus,
} from '../../db/repositories/moderation.js';
import {
  deleteWaitingEdit,
  findEditable,
  findWaitingEdit,
} from '../../db/repositories/conversation.js';
import { findPublishedRemedy, listPublishedRemedies } from '../../db/repositories/remedies.js';
import { findReportRecord } from '../../db/repositories/reports.js';
import { recountPostCounts } from '../../db/repositories/users.js';
import type { Viewer } from '../accounts/accounts.js';
import { settleReports } from '../insight/facts.js';
import { applyReportEdit } from '../reports/conversation.js';
import { DomainError } from '../../model/errors.js';
import { type PageInfo, pageInfo } from '../common/pagination.js';
import { requireModerator } from '../accounts/policies.js';
import type { Condition, RemedySummary } from '../../model/types.js';
import { InvalidInput, blankToUndefined, validate } from '../common/validation.js';

export interface ModerationQueue {
  reports: PendingReport[];
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
  const [reports, replies, followUps, edits, flags, conditions, remedies, activeConditions] =
    await Promise.all([
      listPendingReports(db, QUEUE_SIZE),
      listPendingReplies(db, QUEUE_SIZE),
      listPendingFollowUps(db, QUEUE_SIZE),
      listWaitingEdits(db, QUEUE_SIZE),
      listOpenFlags(db, QUEUE_SIZE),
      listProposedConditions(db),
      listPublishedRemedies(db),
      listConditions(db),
    ]);
  const posts = [...replies, ...followUps, ...edits].sort(
    (a, b) =>
      Number(b.safety.length > 0) - Number(a.safety.length > 0) ||
      a.postedAt.localeCompare(b.postedAt),
  );
  return { reports, posts, flags, conditions, remedies, activeConditions };
}

interface Act {
  db: Db;
  viewer: Viewer;
  now: Date;
}

async function record(
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
async function recount(
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

async function reportOrThrow(db: Db, id: number) {
  const report = await findReportRecord(db, id);
  if (!report) throw new DomainError('REPORT_NOT_FOUND');
  return report;
}

const reasonInput = z.object({
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
export async function moderateReport(
  db: Db,
  viewer: Viewer | null,
  id: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<void> {
  const a: Act = { db, viewer: requireModerator(viewer), now };
  const report = await reportOrThrow(db, id);
  const pair = { remedyId: report.remedyId, conditionId: report.conditionId };
  switch (input.action) {
    case 'approve': {
      const condition = await findConditionById(db, report.conditionId);
      if (condition?.status === 'proposed') {
        throw new InvalidInput({
          form: `Accept the proposed condition “${condition.name}” first, or move the report to another condition.`,
        });
      }
      // Already published (another moderator, or the same click twice): nothing to do or log.
      if (!(await setReportStatus(db, id, 'approved', null))) return;
      await resolveFlags(db, 'report', id, now.toISOString());
      await recount(db, [pair], [report.userId], [id]);
      await record(a, 'approve', 'report', id, `Report #${id} was published.`);
      return;
    }
    case 'reject': {
      const { reason } = validate(reasonInput, input);
      if (!(await setReportStatus(db, id, 'rejected', reason))) return;
      await resolveFlags(db, 'report', id, now.toISOString());
      await recount(db, [pair], [report.userId]);
      await record(a, 'reject', 'report', id, `Report #${id} was removed.`, reason);
      return;
    }
    case 'spam': {
      const email = await reportAuthorEmail(db, id);
      const changed = await markAuthorSpam(db, { userId: report.userId, email });
      await resolveFlags(db, 'report', id, now.toISOString());
      await recount(db, changed.reports, [report.userId]);
      await record(
        a,
        'spam',
        'report',
        id,
        `Report #${id} was marked as spam; ${changed.reports.length} report(s) and ${changed.replies} reply(ies) by the same author were hidden.`,
        'spam',
      );
      return;
    }
    case 'move': {
      const data = validate(
        z.object({
          remedy: z.string().min(1, 'Choose a remedy.'),
          condition: z.string().min(1, 'Choose a condition.'),
        }),
        input,
      );
      const remedy = await findPublishedRemedy(db, data.remedy);
      const condition = await findConditionBySlug(db, data.condition);
      if (!remedy || !condition)
        throw new InvalidInput({ form: 'Choose a published remedy and an existing condition.' });
      await moveReportRow(db, id, remedy.id, condition.id);
      await recount(db, [pair, { remedyId: remedy.id, conditionId: condition.id }], [], [id]);
      await record(
        a,
        'move',
        'report',
        id,
        `Report #${id} was moved to ${remedy.name} for ${condition.name}.`,
        typeof input.reason === 'string' ? input.reason : '',
      );
      return;
    }
    case 'choice': {
      const on = input.on === 'on' || input.on === 'true';
      const { reason } = validate(reasonInput, input);
      await setEditorsChoice(db, id, on, reason);
      await record(
        a,
        on ? 'choice' : 'unchoice',
        'report',
        id,
        on
          ? `Report #${id} was made an Editor's Choice.`
          : `Report #${id} is no longer an Editor's Choice.`,
        reason,
      );
      return;
    }
    case 'note': {
      const { note } = validate(
        z.object({
          note: z.preprocess(
            blankToUndefined,
            z.string().max(500, 'Keep notes under 500 characters.').optional(),
          ),
        }),
        input,
      );
      await setEditorNote(db, id, note ?? null);
      await record(
        a,
        'note',
        'report',
        id,
        note
          ? `An editor's note was pinned to report #${id}.`
          : `The editor's note on report #${id} was removed.`,
      );
      return;
    }
    default:
      throw new InvalidInput({ form: 'Unknown moderation action.' });
  }
}

/** Approves several pending reports at once (each logged and counted as if approved alone). */
export async function bulkApprove(
  db: Db,
  viewer: Viewer | null,
  ids: number[],
  now: Date,
): Promise<number> {
  requireModerator(viewer);
  let approved = 0;
  for (const id of ids) {
    const report = await findReportRecord(db, id);
    if (!report || report.status !== 'pending') continue;
    const condition = await findConditionById(db, report.conditionId);
    if (condition?.status === 'proposed') continue;
    await moderateReport(db, viewer, id, { action: 'approve' }, now);
    approved++;
  }
  return approved;
}

/** Approve, reject or mark as spam a reply or a follow-up. */
export async function moderatePost(
  db: Db,
  viewer: Viewer | null,
  kind: 'reply' | 'follow_up' | 'edit',
  id: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<void> {
  const a: Act = { db, viewer: requireModerator(viewer), now };
  if (kind === 'edit') return moderateEdit(a, id, input);
  if (kind === 'reply') {
    const reply = await findReplyRecord(db, id);
    if (!reply) throw new DomainError('REPORT_NOT_FOUND', 'No reply has this number.');
    if (input.action === 'approve' || input.action === 'reject') {
      // Approving and rejecting differ only in the status, the reason and the log's wording.
      const approve = input.action === 'approve';
      const reason = approve ? null : validate(reasonInput, input).reason;
      if (!(await setReplyStatus(db, id, approve ? 'approved' : 'rejected', reason))) return;
      await resolveFlags(db, 'reply', id, now.toISOString());
      await recount(db, [], [reply.userId]);
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
  const followUp = await findFollowUpRecord(db, id);
  if (!followUp) throw new DomainError('REPORT_NOT_FOUND', 'No update has this number.');
  if (input.action === 'approve') {
    if (!(await setFollowUpStatus(db, id, 'approved'))) return;
    // An update may change the outcome the report counts under.
    if (followUp.outcome) {
      await setReportOutcome(db, followUp.reportId, followUp.outcome);
      const report = await reportOrThrow(db, followUp.reportId);
      await recount(db, [report], [], [report.id]);
    }
    await record(
      a,
      'approve',
      'follow_up',
      id,
      `An update to report #${followUp.reportId} was published.`,
    );
  } else if (input.action === 'reject') {
    const { reason } = validate(reasonInput, input);
    if (!(await setFollowUpStatus(db, id, 'rejected'))) return;
    await record(
      a,
      'reject',
      'follow_up',
      id,
      `An update to report #${followUp.reportId} was removed.`,
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
