// A member's own data: their posts with where each stands, profile changes, emailed links, what
// they may download, and erasing them.
import { sql } from 'kysely';
import type { Db } from '../../database.js';
import { iso, isoOrNull, placeValues } from '../map.js';

export interface MyPost {
  kind: 'report' | 'reply' | 'update';
  id: number;
  reportId: number;
  /** The report's title, or its remedy and condition. */
  about: string;
  status: string;
  reason: string | null;
  postedAt: string | null;
}

/** Every report, reply and update of a member, newest first, with its status and reason. */
export async function memberPosts(db: Db, userId: number): Promise<MyPost[]> {
  const about = sql<string>`coalesce(r.title, m.name || ' for ' || c.name)`;
  const reports = await db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .innerJoin('conditions as c', 'c.id', 'r.condition_id')
    .select(['r.id', 'r.status', 'r.moderation_reason', 'r.posted_at', about.as('about')])
    .where('r.user_id', '=', userId)
    .execute();
  const replies = await db
    .selectFrom('replies as p')
    .innerJoin('reports as r', 'r.id', 'p.report_id')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .innerJoin('conditions as c', 'c.id', 'r.condition_id')
    .select([
      'p.id',
      'p.report_id',
      'p.status',
      'p.moderation_reason',
      'p.posted_at',
      about.as('about'),
    ])
    .where('p.user_id', '=', userId)
    .execute();
  const updates = await db
    .selectFrom('updates as u')
    .innerJoin('reports as r', 'r.id', 'u.report_id')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .innerJoin('conditions as c', 'c.id', 'r.condition_id')
    .select(['u.id', 'u.report_id', 'u.status', 'u.posted_at', about.as('about')])
    .where('r.user_id', '=', userId)
    .execute();
  const posts: MyPost[] = [
    ...reports.map((r) => ({
      kind: 'report' as const,
      id: r.id,
      reportId: r.id,
      about: r.about,
      status: r.status,
      reason: r.moderation_reason ?? null,
      postedAt: iso(r.posted_at),
    })),
    ...replies.map((p) => ({
      kind: 'reply' as const,
      id: p.id,
      reportId: p.report_id,
      about: p.about,
      status: p.status,
      reason: p.moderation_reason ?? null,
      postedAt: isoOrNull(p.posted_at),
    })),
    ...updates.map((u) => ({
      kind: 'update' as const,
      id: u.id,
      reportId: u.report_id,
      about: u.about,
      status: u.status,
      reason: null,
      postedAt: iso(u.posted_at),
    })),
  ];
  return posts.sort((a, b) => (b.postedAt ?? '').localeCompare(a.postedAt ?? ''));
}

/** A member's place as shown and as typed. */
export async function memberPlace(
  db: Db,
  userId: number,
): Promise<{ shown: string | null; typed: string | null }> {
  const row = await db
    .selectFrom('users')
    .select(['location', 'location_typed'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return { shown: row?.location ?? null, typed: row?.location_typed ?? null };
}

/** A member's name and place, on their account and on every post that shows them. */
export async function updateProfile(
  db: Db,
  userId: number,
  displayName: string,
  typedPlace: string | null,
): Promise<void> {
  const place = placeValues(typedPlace);
  await db
    .updateTable('users')
    .set({ display_name: displayName, ...place })
    .where('id', '=', userId)
    .execute();
  for (const table of ['reports', 'replies'] as const)
    await db
      .updateTable(table)
      .set({ display_name: displayName, ...place })
      .where('user_id', '=', userId)
      .execute();
}

/** Sets a member's email, confirmed by the link they followed; false when another account has it. */
export async function setEmail(
  db: Db,
  userId: number,
  email: string,
  confirmedAt: string,
): Promise<boolean> {
  const taken = await db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('id', '!=', userId)
    .executeTakeFirst();
  if (taken) return false;
  // A concurrent change to the same email fails on the unique index; the transaction runs again
  // (src/domain/common/transaction.ts) and the check above then sees the winner.
  await db
    .updateTable('users')
    .set({ email, email_confirmed_at: confirmedAt })
    .where('id', '=', userId)
    .execute();
  return true;
}

export interface NewAccountLink {
  id: string;
  kind: 'email' | 'claim';
  userId: number;
  email: string;
  createdAt: string;
  expiresAt: string;
}

export async function insertAccountLink(db: Db, l: NewAccountLink): Promise<void> {
  await db
    .insertInto('account_links')
    .values({
      id: l.id,
      kind: l.kind,
      user_id: l.userId,
      email: l.email,
      created_at: l.createdAt,
      expires_at: l.expiresAt,
    })
    .execute();
}

/**
 * Uses a link once: its member and email, or null when it is unknown, of another kind, used,
 * expired, or of another member. One statement decides, so two clicks at once use it once.
 */
export async function useAccountLink(
  db: Db,
  id: string,
  kind: 'email' | 'claim',
  userId: number,
  now: string,
): Promise<string | null> {
  const row = await db
    .updateTable('account_links')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('kind', '=', kind)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('email')
    .executeTakeFirst();
  return row?.email ?? null;
}

/** How many posts a guest made under this email. */
export async function countGuestPosts(db: Db, email: string): Promise<number> {
  let n = 0;
  for (const table of ['reports', 'replies'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .where('user_id', 'is', null)
      .where(sql`lower(author_email)`, '=', email.toLowerCase())
      .executeTakeFirstOrThrow();
    n += Number(row.n);
  }
  return n;
}

/** Makes a guest's posts under this email the member's; returns how many. */
export async function claimGuestPosts(db: Db, userId: number, email: string): Promise<number> {
  const user = await db
    .selectFrom('users')
    .select(['display_name', 'location', 'location_typed'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  let n = 0;
  for (const table of ['reports', 'replies'] as const) {
    const result = await db
      .updateTable(table)
      .set({
        user_id: userId,
        author_email: null,
        display_name: user.display_name,
        location: user.location,
        location_typed: user.location_typed,
      })
      .where('user_id', 'is', null)
      .where(sql`lower(author_email)`, '=', email.toLowerCase())
      .executeTakeFirst();
    n += Number(result.numUpdatedRows);
  }
  return n;
}
