// What the links in mail open: one-click unsubscribe, a guest's address confirmation, and the
// one-question "did it last?" form that needs no sign-in.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { deleteQueuedJob } from '../../db/repositories/mail/jobs.js';
import {
  confirmGuestAddress,
  findReportMail,
  insertUnsubscribe,
  isSpent,
  memberEmail,
  reportGuestEmail,
  spendLink,
  unsubscribedAt,
} from '../../db/repositories/mail/recipients.js';
import { setReportOutcome } from '../../db/repositories/moderation/moderation.js';
import { findReportRecord } from '../../db/repositories/reports/contributions.js';
import { insertUpdate } from '../../db/repositories/reports/conversation.js';
import { type LastedAnswer, type ReportRef, lastedAnswers } from '../../model/mail.js';
import { InvalidInput, blankToUndefined, validate } from '../common/index.js';
import { settleReports } from '../insight/index.js';
import { triage } from '../safety/index.js';
import { answerNonce, readLink } from './links.js';

export const LINK_BROKEN =
  'This link does not work: it may be incomplete (copy the whole address from the mail) or expired.';

async function unsubscribeAddress(db: Db, token: string, now: Date): Promise<string> {
  const p = await readLink(db, token, 'unsub', now);
  const email = p ? await (p.s === 'u' ? memberEmail(db, p.id) : reportGuestEmail(db, p.id)) : null;
  if (!email) throw new InvalidInput({ form: LINK_BROKEN });
  return email;
}

/** For the page an unsubscribe link opens: whether that address already gets nothing. */
export async function unsubscribeState(
  db: Db,
  token: string,
  now: Date,
): Promise<{ unsubscribedAt: string | null }> {
  return { unsubscribedAt: await unsubscribedAt(db, await unsubscribeAddress(db, token, now)) };
}

/** One click (or a mail client's RFC 8058 POST): nothing more is mailed to this address. */
export async function unsubscribe(db: Db, token: string, now: Date): Promise<void> {
  await insertUnsubscribe(db, await unsubscribeAddress(db, token, now), now.toISOString());
}

/** A guest confirms the address they gave for mail about their report. */
export async function confirmAddress(db: Db, token: string, now: Date): Promise<void> {
  const p = await readLink(db, token, 'confirm', now);
  const email = p ? await reportGuestEmail(db, p.r) : null;
  if (!email) throw new InvalidInput({ form: LINK_BROKEN });
  await confirmGuestAddress(db, email, now.toISOString());
}

export interface LastedForm {
  report: ReportRef;
  days: number;
  /** The link was used before: the form is not shown again. */
  answered: boolean;
}

async function lastedLink(db: Db, reportId: number, token: string, now: Date) {
  const p = await readLink(db, token, 'lasted', now);
  const report = p && p.r === reportId ? await findReportMail(db, reportId) : null;
  if (!p || !report || report.status !== 'approved') throw new InvalidInput({ form: LINK_BROKEN });
  return { p, report };
}

export async function lastedForm(
  db: Db,
  reportId: number,
  token: string,
  now: Date,
): Promise<LastedForm> {
  const { p, report } = await lastedLink(db, reportId, token, now);
  const answered = await isSpent(db, answerNonce(p));
  return {
    report: {
      id: report.id,
      title: report.title,
      remedyName: report.remedyName,
      remedySlug: report.remedySlug,
      conditionName: report.conditionName,
      conditionSlug: report.conditionSlug,
    },
    days: p.d,
    answered,
  };
}

const answerInput = z.object({
  answer: z.enum(Object.keys(lastedAnswers) as [LastedAnswer], {
    message: 'Choose the answer that fits.',
  }),
  note: z.preprocess(
    blankToUndefined,
    z.string().trim().max(2000, 'Keep it under 2,000 characters.').optional(),
  ),
});

const ANSWER_TEXT: Record<LastedAnswer, (when: string) => string> = {
  still_helping: (when) => `Still helping ${when} on.`,
  stopped_helping: (when) => `It had stopped helping ${when} on.`,
  stopped_taking: (when) => `I had stopped taking it ${when} on.`,
  side_effects: (when) => `It gave me side effects ${when} on.`,
};

/**
 * The author's answer, added as a dated update. Invariants: a link answers once (its nonce is
 * spent, also against a concurrent click); a chosen answer publishes at once and may move the
 * outcome the report counts under; words added go to a moderator first, like any guest's post.
 */
export async function answerLasted(
  db: Db,
  reportId: number,
  token: string,
  input: unknown,
  now: Date,
): Promise<'published' | 'pending'> {
  const { p } = await lastedLink(db, reportId, token, now);
  const data = validate(answerInput, input);
  if (!(await spendLink(db, answerNonce(p), now.toISOString())))
    throw new InvalidInput({ form: 'This question was answered already: thank you.' });
  const when = p.d >= 60 ? `${Math.round(p.d / 30)} months` : `${p.d} days`;
  const body = [ANSWER_TEXT[data.answer](when), data.note].filter(Boolean).join('\n\n');
  const outcome = data.answer === 'stopped_helping' ? 'helped_temporarily' : null;
  // Words added always wait for a moderator; the flags tell them what to look at first.
  const safety = data.note ? triage(data.note) : [];
  const status = data.note ? 'pending' : 'approved';
  await insertUpdate(db, { reportId, postedAt: now.toISOString(), body, outcome, status, safety });
  if (status === 'approved' && outcome) {
    const record = await findReportRecord(db, reportId);
    await setReportOutcome(db, reportId, outcome);
    if (record) await settleReports(db, [reportId], [record]);
  }
  // Nothing more to ask someone who has stopped.
  if (data.answer === 'stopped_helping' || data.answer === 'stopped_taking')
    await deleteQueuedJob(db, `follow-up:${reportId}:90`);
  return status === 'approved' ? 'published' : 'pending';
}
