// Turns a due mail job into what the mail says, or into the reason it is not sent. Everything is
// read again when the job runs: a report unpublished, an address unsubscribed or a wish turned
// off since the job was queued sends nothing.
import type { Db } from '../../db/database.js';
import { findFollow, digestReports, findReplyMail } from '../../db/repositories/mail/follows.js';
import {
  type ReportMailRow,
  findReportMail,
  isUnsubscribed,
  memberEmail,
} from '../../db/repositories/mail/recipients.js';
import type { Notice, ReportRef } from '../../model/mail.js';
import { maskContacts } from '../../model/privacy.js';
import { type JobKind, type JobPayload, jobPayloads } from './enqueue.js';
import { signLink } from './links.js';

export type Prepared = { notice: Notice } | { skip: string };
type Wish = 'moderation' | 'replies' | 'followUps';
type Address = { to: string; unsubscribe: string; member: boolean };

const ANSWER_DAYS = 60;
const CONFIRM_DAYS = 7;
const DAY = 86_400_000;
const DIGEST_SIZE = 20;

const refOf = (r: ReportMailRow): ReportRef => ({
  id: r.id,
  title: r.title,
  remedyName: r.remedyName,
  remedySlug: r.remedySlug,
  conditionName: r.conditionName,
  conditionSlug: r.conditionSlug,
});

export const excerpt = (text: string, length = 220): string => {
  const flat = maskContacts(text).replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length).replace(/\s+\S*$/, '')}…`;
};

/** Where mail about a report goes, and whether it may: a confirmed address that wants it. */
async function authorAddress(db: Db, r: ReportMailRow, wish: Wish): Promise<Address | string> {
  let address: Address;
  if (r.member) {
    if (!r.member.email) return 'the author has no email';
    if (!r.member.confirmedAt) return 'the address is not confirmed';
    if (!r.member[wish]) return 'the author turned this mail off';
    address = {
      to: r.member.email,
      unsubscribe: await signLink(db, { k: 'unsub', s: 'u', id: r.userId as number }),
      member: true,
    };
  } else {
    if (!r.guestEmail) return 'the guest did not ask for mail';
    if (!r.guestConfirmed) return 'the address is not confirmed';
    address = {
      to: r.guestEmail,
      unsubscribe: await signLink(db, { k: 'unsub', s: 'r', id: r.id }),
      member: false,
    };
  }
  return (await isUnsubscribed(db, address.to)) ? 'the address unsubscribed' : address;
}

type Handler<K extends JobKind> = (db: Db, p: JobPayload<K>, now: Date) => Promise<Prepared>;

const moderation: Handler<'mail.moderation'> = async (db, p) => {
  const report = await findReportMail(db, p.reportId);
  if (!report) return { skip: 'the report is gone' };
  // A later decision overtook this one (published, then removed): its own mail says so.
  const expected = p.decision === 'published' ? 'approved' : 'rejected';
  if (report.status !== expected) return { skip: 'the decision was changed' };
  const to = await authorAddress(db, report, 'moderation');
  if (typeof to === 'string') return { skip: to };
  return {
    notice: {
      ...to,
      kind: 'moderation',
      decision: p.decision,
      reason: p.reason,
      report: refOf(report),
    },
  };
};

const reply: Handler<'mail.reply'> = async (db, p) => {
  const post = await findReplyMail(db, p.replyId);
  if (!post || post.status !== 'approved') return { skip: 'the reply is not published' };
  const report = await findReportMail(db, post.reportId);
  if (!report || report.status !== 'approved') return { skip: 'the report is not published' };
  if (post.userId !== null && post.userId === report.userId)
    return { skip: 'the author replied to their own report' };
  const to = await authorAddress(db, report, 'replies');
  if (typeof to === 'string') return { skip: to };
  return {
    notice: {
      ...to,
      kind: 'reply',
      report: refOf(report),
      replier: post.displayName,
      excerpt: excerpt(post.body),
      replyId: post.id,
    },
  };
};

const followUp: Handler<'mail.follow-up'> = async (db, p, now) => {
  const report = await findReportMail(db, p.reportId);
  if (!report || report.status !== 'approved') return { skip: 'the report is not published' };
  if (report.outcome !== 'helped') return { skip: 'the report does not say it helped' };
  const to = await authorAddress(db, report, 'followUps');
  if (typeof to === 'string') return { skip: to };
  const answer = await signLink(db, {
    k: 'lasted',
    r: report.id,
    d: p.days,
    e: now.getTime() + ANSWER_DAYS * DAY,
  });
  return { notice: { ...to, kind: 'follow-up', report: refOf(report), days: p.days, answer } };
};

const digest: Handler<'mail.digest'> = async (db, p) => {
  const follow = await findFollow(db, p.followId);
  if (!follow) return { skip: 'the follow was removed' };
  const email = await memberEmail(db, follow.userId);
  if (!email) return { skip: 'the member has no confirmed address' };
  if (await isUnsubscribed(db, email)) return { skip: 'the address unsubscribed' };
  const found = await digestReports(db, follow, p.from, p.until, DIGEST_SIZE);
  if (found.total === 0) return { skip: 'no new reports' };
  const subject =
    follow.remedyName && follow.conditionName
      ? `${follow.remedyName} for ${follow.conditionName}`
      : (follow.remedyName ?? follow.conditionName ?? 'Remedex');
  return {
    notice: {
      to: email,
      member: true,
      unsubscribe: await signLink(db, { k: 'unsub', s: 'u', id: follow.userId }),
      kind: 'digest',
      frequency: follow.frequency,
      subject,
      total: found.total,
      reports: found.reports.map((r) => ({
        id: r.id,
        heading: r.title ?? `${r.remedyName} for ${r.conditionName}`,
        excerpt: excerpt(r.body),
        rating: r.rating,
      })),
    },
  };
};

const confirm: Handler<'mail.confirm'> = async (db, p, now) => {
  const report = await findReportMail(db, p.reportId);
  if (!report?.guestEmail) return { skip: 'the guest did not ask for mail' };
  if (report.guestConfirmed) return { skip: 'the address is already confirmed' };
  if (await isUnsubscribed(db, report.guestEmail)) return { skip: 'the address unsubscribed' };
  return {
    notice: {
      to: report.guestEmail,
      member: false,
      unsubscribe: await signLink(db, { k: 'unsub', s: 'r', id: report.id }),
      kind: 'confirm',
      report: refOf(report),
      confirm: await signLink(db, {
        k: 'confirm',
        r: report.id,
        e: now.getTime() + CONFIRM_DAYS * DAY,
      }),
    },
  };
};

const handlers: { [K in JobKind]: Handler<K> } = {
  'mail.moderation': moderation,
  'mail.reply': reply,
  'mail.follow-up': followUp,
  'mail.digest': digest,
  'mail.confirm': confirm,
};

/** What a claimed job sends; an unknown kind or a payload that does not parse is an error. */
export async function prepareJob(
  db: Db,
  kind: string,
  payload: unknown,
  now: Date,
): Promise<Prepared> {
  if (!Object.hasOwn(handlers, kind)) throw new Error(`unknown job kind ${kind}`);
  const k = kind as JobKind;
  const parsed = jobPayloads[k].parse(payload);
  return (handlers[k] as Handler<typeof k>)(db, parsed as never, now);
}
