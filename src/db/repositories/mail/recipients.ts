// Who may be mailed about a report, and the addresses that asked for no more mail.
import type { Db } from '../../database.js';
import { iso, isoOrNull } from '../map.js';

export interface ReportMailRow {
  id: number;
  status: string;
  title: string | null;
  postedAt: string;
  remedyName: string;
  remedySlug: string;
  conditionName: string;
  conditionSlug: string;
  /** The outcome the numbers count it under (from the form, else read from the text). */
  outcome: string | null;
  userId: number | null;
  displayName: string;
  /** The member's address, with its confirmation and wishes; null for a guest. */
  member: {
    email: string | null;
    confirmedAt: string | null;
    moderation: boolean;
    replies: boolean;
    followUps: boolean;
  } | null;
  /** A guest's address, when they ticked "email me about this report". */
  guestEmail: string | null;
  guestConfirmed: boolean;
}

export async function findReportMail(db: Db, reportId: number): Promise<ReportMailRow | null> {
  const r = await db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .innerJoin('conditions as c', 'c.id', 'r.condition_id')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('report_facts as f', 'f.report_id', 'r.id')
    .leftJoin('guest_addresses as g', 'g.email', 'r.author_email')
    .select([
      'r.id',
      'r.status',
      'r.title',
      'r.posted_at',
      'r.outcome',
      'r.user_id',
      'r.display_name',
      'r.author_email',
      'r.follow_up_mail',
      'm.name as remedy_name',
      'm.slug as remedy_slug',
      'c.name as condition_name',
      'c.slug as condition_slug',
      'f.outcome as facts_outcome',
      'u.email as user_email',
      'u.email_confirmed_at',
      'u.notify_moderation',
      'u.notify_replies',
      'u.notify_follow_ups',
      'g.confirmed_at as guest_confirmed_at',
    ])
    .where('r.id', '=', reportId)
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    status: r.status,
    title: r.title,
    postedAt: iso(r.posted_at),
    remedyName: r.remedy_name,
    remedySlug: r.remedy_slug,
    conditionName: r.condition_name,
    conditionSlug: r.condition_slug,
    outcome: r.outcome ?? r.facts_outcome,
    userId: r.user_id,
    displayName: r.display_name,
    member:
      r.user_id === null
        ? null
        : {
            email: r.user_email,
            confirmedAt: isoOrNull(r.email_confirmed_at ?? null),
            moderation: r.notify_moderation === 1,
            replies: r.notify_replies === 1,
            followUps: r.notify_follow_ups === 1,
          },
    guestEmail: r.user_id === null && r.follow_up_mail === 1 ? r.author_email : null,
    guestConfirmed: r.guest_confirmed_at !== null && r.guest_confirmed_at !== undefined,
  };
}

export async function isUnsubscribed(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('unsubscribes')
    .select('email')
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

export async function unsubscribedAt(db: Db, email: string): Promise<string | null> {
  const row = await db
    .selectFrom('unsubscribes')
    .select('created_at')
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row ? iso(row.created_at) : null;
}

/** Records an unsubscribe; a second one (a mail client's retry) changes nothing. */
export async function insertUnsubscribe(db: Db, email: string, at: string): Promise<void> {
  await db
    .insertInto('unsubscribes')
    .values({ email: email.toLowerCase(), created_at: at })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
}

export async function deleteUnsubscribe(db: Db, email: string): Promise<void> {
  await db.deleteFrom('unsubscribes').where('email', '=', email.toLowerCase()).execute();
}

export async function confirmGuestAddress(db: Db, email: string, at: string): Promise<void> {
  await db
    .insertInto('guest_addresses')
    .values({ email: email.toLowerCase(), confirmed_at: at })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
}

/** The guest address of a report, when its author asked for mail about it. */
export async function reportGuestEmail(db: Db, reportId: number): Promise<string | null> {
  const row = await db
    .selectFrom('reports')
    .select('author_email')
    .where('id', '=', reportId)
    .where('user_id', 'is', null)
    .where('follow_up_mail', '=', 1)
    .executeTakeFirst();
  return row?.author_email ?? null;
}

export async function memberEmail(db: Db, userId: number): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .where('email_confirmed_at', 'is not', null)
    .executeTakeFirst();
  return row?.email ?? null;
}

export interface MailPreferences {
  moderation: boolean;
  replies: boolean;
  followUps: boolean;
}

export async function setMailPreferences(
  db: Db,
  userId: number,
  p: MailPreferences,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      notify_moderation: p.moderation ? 1 : 0,
      notify_replies: p.replies ? 1 : 0,
      notify_follow_ups: p.followUps ? 1 : 0,
    })
    .where('id', '=', userId)
    .execute();
}

export async function mailPreferences(db: Db, userId: number): Promise<MailPreferences | null> {
  const row = await db
    .selectFrom('users')
    .select(['notify_moderation', 'notify_replies', 'notify_follow_ups'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return row
    ? {
        moderation: row.notify_moderation === 1,
        replies: row.notify_replies === 1,
        followUps: row.notify_follow_ups === 1,
      }
    : null;
}

/** Spends a single-use link; false when it was spent before (also by a concurrent request). */
export async function spendLink(db: Db, nonce: string, at: string): Promise<boolean> {
  const row = await db
    .insertInto('spent_links')
    .values({ nonce, used_at: at })
    .onConflict((oc) => oc.column('nonce').doNothing())
    .returning('nonce')
    .executeTakeFirst();
  return row !== undefined;
}

export async function isSpent(db: Db, nonce: string): Promise<boolean> {
  const row = await db
    .selectFrom('spent_links')
    .select('nonce')
    .where('nonce', '=', nonce)
    .executeTakeFirst();
  return row !== undefined;
}

/** The named secret, made by the first caller: every instance on this database reads the same. */
export async function siteSecret(db: Db, name: string, fresh: string): Promise<string> {
  const read = () =>
    db.selectFrom('site_secrets').select('value').where('name', '=', name).executeTakeFirst();
  // Read first: links are checked on every page they open, and a write each time is not needed.
  const found = await read();
  if (found) return found.value;
  await db
    .insertInto('site_secrets')
    .values({ name, value: fresh })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const made = await read();
  if (!made) throw new Error(`site secret ${name} could not be made`);
  return made.value;
}
