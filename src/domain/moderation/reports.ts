// Moderating reports: approve, reject, spam, move, edit, editor's choice; one at a time or in bulk.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { findConditionBySlug } from '../../db/repositories/reading/conditions.js';
import { type Act, reasonInput, recount, record, reportOrThrow } from './acts.js';
import {
  findConditionById,
  markAuthorSpam,
  moveReportRow,
  reportAuthorEmail,
  resolveFlags,
  setEditorNote,
  setEditorsChoice,
  setReportStatus,
} from '../../db/repositories/moderation/moderation.js';
import { findPublishedRemedy } from '../../db/repositories/reading/remedies.js';
import { findReportRecord } from '../../db/repositories/reports/contributions.js';
import { type Viewer, requireModerator } from '../accounts/index.js';
import { InvalidInput, blankToUndefined, validate } from '../common/index.js';
import { queueDecisionMail, queueFollowUps } from '../notify/index.js';

type ReportRow = Awaited<ReturnType<typeof reportOrThrow>>;
/** What a moderator's decision did to a report, for the confirmation they see. */
export type ReportDecision =
  | 'approved'
  | 'already-approved'
  | 'rejected'
  | 'removed'
  | 'already-rejected'
  | 'spam'
  | 'moved'
  | 'chosen'
  | 'unchosen'
  | 'noted'
  | 'unnoted';
type ReportVerb = (
  a: Act,
  report: ReportRow,
  input: Record<string, unknown>,
) => Promise<ReportDecision>;

const pairOf = (r: ReportRow) => ({ remedyId: r.remedyId, conditionId: r.conditionId });

const approve: ReportVerb = async (a, report) => {
  const { db, now } = a;
  const id = report.id;
  const condition = await findConditionById(db, report.conditionId);
  if (condition?.status === 'proposed') {
    throw new InvalidInput({
      form: `Accept the proposed condition “${condition.name}” first, or move the report to another condition.`,
    });
  }
  // Already published (another moderator, or the same click twice): nothing to do or log.
  if (!(await setReportStatus(db, id, 'approved', null, now.toISOString())))
    return 'already-approved';
  await resolveFlags(db, 'report', id, now.toISOString());
  await recount(db, [pairOf(report)], [report.userId], [id]);
  await record(a, 'approve', 'report', id, `Report #${id} was published.`);
  await queueDecisionMail(db, id, 'published', null, now);
  await queueFollowUps(db, id, now);
  return 'approved';
};

const reject: ReportVerb = async (a, report, input) => {
  const { db, now } = a;
  const id = report.id;
  const { reason } = validate(reasonInput, input);
  if (!(await setReportStatus(db, id, 'rejected', reason))) return 'already-rejected';
  await resolveFlags(db, 'report', id, now.toISOString());
  await recount(db, [pairOf(report)], [report.userId]);
  await record(a, 'reject', 'report', id, `Report #${id} was removed.`, reason);
  const decision = report.status === 'approved' ? 'removed' : 'rejected';
  await queueDecisionMail(db, id, decision, reason, now);
  return decision;
};

const spam: ReportVerb = async (a, report) => {
  const { db, now } = a;
  const id = report.id;
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
  return 'spam';
};

const moveInput = z.object({
  remedy: z.string().min(1, 'Choose a remedy.'),
  condition: z.string().min(1, 'Choose a condition.'),
});

const move: ReportVerb = async (a, report, input) => {
  const { db } = a;
  const id = report.id;
  const data = validate(moveInput, input);
  const remedy = await findPublishedRemedy(db, data.remedy);
  const condition = await findConditionBySlug(db, data.condition);
  if (!remedy || !condition)
    throw new InvalidInput({ form: 'Choose a published remedy and an existing condition.' });
  await moveReportRow(db, id, remedy.id, condition.id);
  await recount(db, [pairOf(report), { remedyId: remedy.id, conditionId: condition.id }], [], [id]);
  await record(
    a,
    'move',
    'report',
    id,
    `Report #${id} was moved to ${remedy.name} for ${condition.name}.`,
    typeof input.reason === 'string' ? input.reason : '',
  );
  return 'moved';
};

const choice: ReportVerb = async (a, report, input) => {
  const id = report.id;
  const on = input.on === 'on' || input.on === 'true';
  const { reason } = validate(reasonInput, input);
  await setEditorsChoice(a.db, id, on, reason);
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
  return on ? 'chosen' : 'unchosen';
};

const noteInput = z.object({
  note: z.preprocess(
    blankToUndefined,
    z.string().max(500, 'Keep notes under 500 characters.').optional(),
  ),
});

const note: ReportVerb = async (a, report, input) => {
  const id = report.id;
  const { note: text } = validate(noteInput, input);
  await setEditorNote(a.db, id, text ?? null);
  await record(
    a,
    'note',
    'report',
    id,
    text
      ? `An editor's note was pinned to report #${id}.`
      : `The editor's note on report #${id} was removed.`,
  );
  return text ? 'noted' : 'unnoted';
};

const REPORT_VERBS: Record<string, ReportVerb> = { approve, reject, spam, move, choice, note };

export async function moderateReport(
  db: Db,
  viewer: Viewer | null,
  id: number,
  input: Record<string, unknown>,
  now: Date,
): Promise<ReportDecision> {
  const a: Act = { db, viewer: requireModerator(viewer), now };
  const report = await reportOrThrow(db, id);
  // Own keys only: an action named like an Object property ("constructor") is unknown too.
  const action = typeof input.action === 'string' ? input.action : '';
  const verb = Object.hasOwn(REPORT_VERBS, action) ? REPORT_VERBS[action] : undefined;
  if (!verb) throw new InvalidInput({ form: 'Unknown moderation action.' });
  return verb(a, report, input);
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
