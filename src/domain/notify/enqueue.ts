// What queues mail: a moderator's decision, a published reply, a published report's follow-ups, a
// guest's opt-in. Jobs are written in the same transaction as the change that causes them, so a
// decision that rolls back sends nothing, and a committed one is never forgotten.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { insertJob } from '../../db/repositories/mail/jobs.js';
import { findReportMail } from '../../db/repositories/mail/recipients.js';

export const MAIL_ATTEMPTS = 8;
/** The "did it last?" mails, in days after the report. */
export const FOLLOW_UP_DAYS = [30, 90] as const;
const DAY = 86_400_000;

export const jobPayloads = {
  'mail.moderation': z.object({
    reportId: z.number().int(),
    decision: z.enum(['published', 'rejected', 'removed']),
    reason: z.string().nullable(),
  }),
  'mail.reply': z.object({ replyId: z.number().int() }),
  'mail.follow-up': z.object({ reportId: z.number().int(), days: z.number().int() }),
  'mail.digest': z.object({ followId: z.number().int(), from: z.string(), until: z.string() }),
  'mail.confirm': z.object({ reportId: z.number().int() }),
};
export type JobKind = keyof typeof jobPayloads;
export type JobPayload<K extends JobKind> = z.infer<(typeof jobPayloads)[K]>;

export async function enqueue<K extends JobKind>(
  db: Db,
  kind: K,
  payload: JobPayload<K>,
  now: Date,
  options: { runAt?: Date; dedupeKey?: string } = {},
): Promise<boolean> {
  return insertJob(db, {
    kind,
    payload,
    runAt: (options.runAt ?? now).toISOString(),
    ...(options.dedupeKey ? { dedupeKey: options.dedupeKey } : {}),
    maxAttempts: MAIL_ATTEMPTS,
    createdAt: now.toISOString(),
  });
}

/** A moderator published or declined a report: its author hears, with the reason. */
export async function queueDecisionMail(
  db: Db,
  reportId: number,
  decision: 'published' | 'rejected' | 'removed',
  reason: string | null,
  now: Date,
): Promise<void> {
  await enqueue(db, 'mail.moderation', { reportId, decision, reason }, now);
}

export async function queueReplyMail(db: Db, replyId: number, now: Date): Promise<void> {
  await enqueue(db, 'mail.reply', { replyId }, now, { dedupeKey: `reply:${replyId}` });
}

/**
 * A report was published: ask its author 30 and 90 days after it was written whether it lasted.
 * Whether it said it helped is checked when the mail is due, so edits and updates count.
 */
export async function queueFollowUps(db: Db, reportId: number, now: Date): Promise<void> {
  const report = await findReportMail(db, reportId);
  if (!report || (report.member === null && report.guestEmail === null)) return;
  const written = new Date(report.postedAt).getTime();
  for (const days of FOLLOW_UP_DAYS) {
    await enqueue(db, 'mail.follow-up', { reportId, days }, now, {
      runAt: new Date(Math.max(written + days * DAY, now.getTime())),
      dedupeKey: `follow-up:${reportId}:${days}`,
    });
  }
}

/** A guest ticked "email me about this report": confirm the address first, unless it is. */
export async function queueGuestConfirmation(db: Db, reportId: number, now: Date): Promise<void> {
  const report = await findReportMail(db, reportId);
  if (!report?.guestEmail || report.guestConfirmed) return;
  await enqueue(db, 'mail.confirm', { reportId }, now, { dedupeKey: `confirm:${reportId}` });
}
