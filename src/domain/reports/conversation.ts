import { z } from 'zod';
import { reportBodyField } from './reports.js';
import type { Db } from '../../db/database.js';
import {
  type EditableReport,
  countReportRevisions,
  findEditable,
  deleteHelpfulVote,
  findVote,
  insertFlag,
  insertUpdate,
  insertHelpfulVote,
  setHelpfulScore,
  insertReply,
  insertReportRevision,
  saveWaitingEdit,
  updateReportText,
} from '../../db/repositories/reports/conversation.js';
import { findReplyRecord, setReportOutcome } from '../../db/repositories/moderation/moderation.js';
import { findPublishedRemedy } from '../../db/repositories/reading/remedies.js';
import { findAnyReport, findReportRecord } from '../../db/repositories/reports/contributions.js';
import { findUser, recountPostCounts } from '../../db/repositories/accounts/users.js';
import {
  type Viewer,
  displayNameField,
  emailField,
  locationField,
  placeCheckedField,
  placeNotice,
  requireSignedIn,
} from '../accounts/index.js';
import { type ContributionSettings, LINKS_FOR_GUESTS, doseContext } from './contribute.js';
import { DomainError } from '../../model/errors.js';
import type { SafetyFinding } from '../../model/safety.js';
import { triage } from '../safety/index.js';
import type { PostStatus } from '../../model/types.js';
import { countLinks, InvalidInput, blankToUndefined, validate, wilson } from '../common/index.js';
import { settleReports } from '../insight/index.js';
import { outcomes } from '../../model/vocabulary.js';
import { queueReplyMail } from '../notify/index.js';

export interface ConversationSettings extends ContributionSettings {
  editWindowMinutes: number;
}

async function publishedReport(db: Db, id: number) {
  const record = await findReportRecord(db, id);
  if (!record || record.status !== 'approved') throw new DomainError('REPORT_NOT_FOUND');
  return record;
}

async function safetyFor(db: Db, reportId: number, text: string) {
  const report = await findAnyReport(db, reportId);
  const remedy = report ? await findPublishedRemedy(db, report.remedy.slug) : null;
  return triage(text, remedy ? doseContext(remedy) : undefined);
}

async function trusted(
  db: Db,
  viewer: Viewer | null,
  settings: ContributionSettings,
): Promise<boolean> {
  const user = viewer ? await findUser(db, viewer.id) : null;
  return user !== null && user.postCount >= settings.trustedPostCount;
}

const replyInput = z.object({
  body: z
    .string({ message: 'Write your reply.' })
    .trim()
    .min(5, 'Write a little more: at least 5 characters.')
    .max(5000, 'Replies can be at most 5,000 characters.'),
  displayName: z.preprocess(blankToUndefined, displayNameField.optional()),
  email: z.preprocess(blankToUndefined, emailField.optional()),
  location: locationField,
  placeChecked: placeCheckedField,
});

/** A reply under a published report. Same rules as reports: guests identify themselves, one link, safety holds. */
export async function addReply(
  db: Db,
  viewer: Viewer | null,
  reportId: number,
  input: unknown,
  settings: ContributionSettings,
  now: Date,
): Promise<PostStatus> {
  await publishedReport(db, reportId);
  const data = validate(replyInput, input);
  const errors: Record<string, string> = {};
  if (!viewer) {
    if (!data.displayName) errors.displayName = 'Enter the name to show beside your reply.';
    if (!data.email) errors.email = 'Enter your email: it is never shown.';
    if (countLinks(data.body) > LINKS_FOR_GUESTS)
      errors.body = `Guests can include at most ${LINKS_FOR_GUESTS} link. Sign in to share more.`;
  }
  const notice = placeNotice(data.location, data.placeChecked);
  if (notice) errors.location = notice;
  if (Object.keys(errors).length > 0) throw new InvalidInput(errors);
  const safety = await safetyFor(db, reportId, data.body);
  const status: PostStatus =
    safety.length === 0 && (await trusted(db, viewer, settings)) ? 'approved' : 'pending';
  const replyId = await insertReply(db, {
    reportId,
    userId: viewer?.id ?? null,
    displayName: viewer?.displayName ?? (data.displayName as string),
    location: viewer ? (data.location ?? viewer.location) : (data.location ?? null),
    authorEmail: viewer ? null : (data.email ?? null),
    postedAt: now.toISOString(),
    body: data.body,
    status,
    safety,
  });
  if (status === 'approved' && viewer) await recountPostCounts(db, [viewer.id]);
  if (status === 'approved') await queueReplyMail(db, replyId, now);
  return status;
}

const updateInput = z.object({
  body: z
    .string({ message: 'Write your update.' })
    .trim()
    .min(10, 'Write a little more: at least 10 characters.')
    .max(5000, 'Updates can be at most 5,000 characters.'),
  outcome: z.preprocess(
    blankToUndefined,
    z
      .enum(Object.keys(outcomes) as [keyof typeof outcomes], {
        message: 'Choose an outcome from the list.',
      })
      .optional(),
  ),
});

/** A dated update by the report's author, optionally changing its outcome (once approved). */
export async function addUpdate(
  db: Db,
  viewer: Viewer | null,
  reportId: number,
  input: unknown,
  settings: ContributionSettings,
  now: Date,
): Promise<PostStatus> {
  const v = requireSignedIn(viewer);
  const record = await findReportRecord(db, reportId);
  if (!record || record.status !== 'approved') throw new DomainError('REPORT_NOT_FOUND');
  if (record.userId !== v.id)
    throw new DomainError('FORBIDDEN', 'Only the author of a report can add updates to it.');
  const data = validate(updateInput, input);
  const safety = await safetyFor(db, reportId, data.body);
  const status: PostStatus =
    safety.length === 0 && (await trusted(db, viewer, settings)) ? 'approved' : 'pending';
  await insertUpdate(db, {
    reportId,
    postedAt: now.toISOString(),
    body: data.body,
    outcome: data.outcome ?? null,
    status,
    safety,
  });
  if (status === 'approved' && data.outcome) {
    await setReportOutcome(db, reportId, data.outcome);
    await settleReports(db, [reportId], [record]);
  }
  return status;
}

const editInput = z.object({
  rating: z
    .enum(['1', '2', '3', '4', '5'], { message: 'Choose a rating from 1 to 5 stars.' })
    .transform(Number),
  title: z.preprocess(
    blankToUndefined,
    z.string().max(120, 'Titles can be at most 120 characters.').optional(),
  ),
  body: reportBodyField,
});

export interface EditState {
  canEdit: boolean;
  closesAt: string;
  revisions: number;
}

/** Whether this viewer may still edit this report (its author, within the edit window). */
export async function editState(
  db: Db,
  viewer: Viewer | null,
  reportId: number,
  settings: ConversationSettings,
  now: Date,
): Promise<EditState> {
  const record = await findReportRecord(db, reportId);
  if (!record) throw new DomainError('REPORT_NOT_FOUND');
  const closesAt = new Date(Date.parse(record.postedAt) + settings.editWindowMinutes * 60_000);
  return {
    canEdit:
      viewer !== null &&
      viewer.id === record.userId &&
      now < closesAt &&
      record.status !== 'rejected' &&
      record.status !== 'spam',
    closesAt: closesAt.toISOString(),
    revisions: await countReportRevisions(db, reportId),
  };
}

/**
 * The author edits their report within the window. Invariants: the previous text is kept as a
 * revision; triage runs on every edit; an edit of a published report by an author who is not yet
 * trusted, or one that adds links or sets off a safety rule, waits for a moderator while readers
 * keep seeing the published text ('waiting'); counts follow every applied edit.
 */
export async function editReport(
  db: Db,
  viewer: Viewer | null,
  reportId: number,
  input: unknown,
  settings: ConversationSettings,
  now: Date,
): Promise<'published' | 'waiting' | 'pending'> {
  const v = requireSignedIn(viewer);
  const record = await findReportRecord(db, reportId);
  if (!record) throw new DomainError('REPORT_NOT_FOUND');
  if (record.userId !== v.id)
    throw new DomainError('FORBIDDEN', 'Only the author of a report can edit it.');
  if (!(await editState(db, viewer, reportId, settings, now)).canEdit)
    throw new DomainError('EDIT_WINDOW_CLOSED');
  const data = validate(editInput, input);
  const before = await findEditable(db, reportId);
  if (!before) throw new DomainError('REPORT_NOT_FOUND');
  // Triage runs on every edit, as on every new report.
  const safety = await safetyFor(db, reportId, `${data.title ?? ''}\n${data.body}`);
  const edit = { rating: data.rating, title: data.title ?? null, body: data.body };
  const moreLinks =
    countLinks(`${edit.title ?? ''} ${edit.body}`) >
    Math.max(LINKS_FOR_GUESTS, countLinks(`${before.title ?? ''} ${before.body}`));
  // A published report keeps its text until a moderator has seen an edit that its author is not
  // yet trusted to make, or that adds links or trips the safety rules.
  if (
    record.status === 'approved' &&
    (safety.length > 0 || moreLinks || !(await trusted(db, viewer, settings)))
  ) {
    await saveWaitingEdit(db, {
      reportId,
      userId: v.id,
      ...edit,
      safety,
      createdAt: now.toISOString(),
    });
    return 'waiting';
  }
  await applyReportEdit(db, reportId, v.id, before, { ...edit, safety }, now);
  return record.status === 'approved' ? 'published' : 'pending';
}

/** Makes an edit the report's text: the old text kept as a revision, facts and numbers read again. */
export async function applyReportEdit(
  db: Db,
  reportId: number,
  userId: number | null,
  before: EditableReport,
  edit: EditableReport & { safety: SafetyFinding[] },
  now: Date,
): Promise<void> {
  const record = await findReportRecord(db, reportId);
  if (!record) throw new DomainError('REPORT_NOT_FOUND');
  await insertReportRevision(db, {
    reportId,
    userId,
    createdAt: now.toISOString(),
    content: before,
  });
  await updateReportText(db, reportId, {
    ...edit,
    updatedAt: now.toISOString(),
    status: record.status,
  });
  await settleReports(db, [reportId], [record]);
}

/**
 * A member says whether a report was helpful, once. "Most helpful" sorts by the Wilson lower bound
 * of the helpful share, so one vote never outranks forty votes at 90%.
 */
export async function markHelpful(
  db: Db,
  viewer: Viewer | null,
  reportId: number,
  now: Date,
  helpful = true,
): Promise<boolean> {
  const v = requireSignedIn(viewer);
  await publishedReport(db, reportId);
  const counts = await insertHelpfulVote(db, reportId, v.id, now.toISOString(), helpful);
  if (!counts) return false;
  const score = wilson(counts.helpful, counts.helpful + counts.unhelpful).low;
  await setHelpfulScore(db, reportId, score);
  return true;
}

/** A member takes their vote back; false when there was none. The counts and score follow. */
export async function undoHelpful(
  db: Db,
  viewer: Viewer | null,
  reportId: number,
): Promise<boolean> {
  const v = requireSignedIn(viewer);
  await publishedReport(db, reportId);
  const counts = await deleteHelpfulVote(db, reportId, v.id);
  if (!counts) return false;
  await setHelpfulScore(
    db,
    reportId,
    wilson(counts.helpful, counts.helpful + counts.unhelpful).low,
  );
  return true;
}

/** How the viewer voted on a report: 'helpful', 'unhelpful', or null (not voted, or anonymous). */
export async function viewerVote(
  db: Db,
  viewer: Viewer | null,
  reportId: number,
): Promise<'helpful' | 'unhelpful' | null> {
  if (!viewer) return null;
  const vote = await findVote(db, reportId, viewer.id);
  return vote === null ? null : vote ? 'helpful' : 'unhelpful';
}

export const flagReasons = {
  spam: 'Spam or advertising',
  unsafe: 'Unsafe advice',
  'off-topic': 'Off-topic',
  other: 'Something else',
} as const;

const flagInput = z
  .object({
    reason: z.enum(Object.keys(flagReasons) as [keyof typeof flagReasons], {
      message: 'Choose why you are flagging it.',
    }),
    note: z.preprocess(
      blankToUndefined,
      z.string().max(500, 'Keep it under 500 characters.').optional(),
    ),
  })
  .superRefine((d, ctx) => {
    if (d.reason === 'other' && !d.note)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'Tell the moderators what is wrong.',
      });
  });

/** Anyone may flag a published report or reply; it goes to the moderation queue (unsafe first). */
export async function flagPost(
  db: Db,
  viewer: Viewer | null,
  targetType: 'report' | 'reply',
  targetId: number,
  input: unknown,
  now: Date,
): Promise<number> {
  const data = validate(flagInput, input);
  let reportId = targetId;
  if (targetType === 'reply') {
    const reply = await findReplyRecord(db, targetId);
    if (!reply || reply.status !== 'approved') throw new DomainError('REPLY_NOT_FOUND');
    reportId = reply.reportId;
  } else {
    await publishedReport(db, targetId);
  }
  await insertFlag(db, {
    targetType,
    targetId,
    reason: data.reason,
    note: data.note ?? null,
    userId: viewer?.id ?? null,
    createdAt: now.toISOString(),
  });
  return reportId;
}
