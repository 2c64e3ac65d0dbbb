import type { Role } from '../../../model/types.js';
import type { Db } from '../../database.js';
import { iso, placeValues } from '../map.js';

export interface AccountRow {
  id: number;
  displayName: string;
  email: string | null;
  location: string | null;
  role: Role;
  passwordHash: string | null;
}

const accountColumns = [
  'id',
  'display_name',
  'email',
  'location',
  'role',
  'password_hash',
] as const;
type Row = {
  id: number;
  display_name: string;
  email: string | null;
  location: string | null;
  role: string;
  password_hash: string | null;
};
const toAccount = (r: Row): AccountRow => ({
  id: r.id,
  displayName: r.display_name,
  email: r.email,
  location: r.location,
  role: r.role as Role,
  passwordHash: r.password_hash,
});

export async function findAccountByEmail(db: Db, email: string): Promise<AccountRow | null> {
  const row = await db
    .selectFrom('users')
    .select(accountColumns)
    .where('email', '=', email)
    .executeTakeFirst();
  return row ? toAccount(row) : null;
}

export async function findAccount(db: Db, id: number): Promise<AccountRow | null> {
  const row = await db
    .selectFrom('users')
    .select(accountColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toAccount(row) : null;
}

export interface NewAccount {
  displayName: string;
  email: string;
  location: string | null;
  role: Role;
  passwordHash: string;
  createdAt: string;
}

/** Creates the account; null when the email already has one (also when a concurrent sign-up won). */
export async function insertAccount(db: Db, a: NewAccount): Promise<number | null> {
  const row = await db
    .insertInto('users')
    .values({
      display_name: a.displayName,
      email: a.email,
      ...placeValues(a.location),
      role: a.role,
      password_hash: a.passwordHash,
      created_at: a.createdAt,
      // Accounts come from a confirmed sign-up link or from an operator.
      email_confirmed_at: a.createdAt,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function setPasswordHash(db: Db, userId: number, hash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
}

export async function setRole(db: Db, userId: number, role: Role): Promise<void> {
  await db.updateTable('users').set({ role }).where('id', '=', userId).execute();
}

export async function insertSession(
  db: Db,
  s: { id: string; userId: number; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt })
    .execute();
}

/** The account behind a live session, or null when the session is unknown or expired. */
export async function findSessionAccount(
  db: Db,
  id: string,
  now: string,
): Promise<AccountRow | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.display_name', 'u.email', 'u.location', 'u.role', 'u.password_hash'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
  return row ? toAccount(row) : null;
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function insertPasswordReset(
  db: Db,
  r: { id: string; userId: number; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({ id: r.id, user_id: r.userId, created_at: r.createdAt, expires_at: r.expiresAt })
    .execute();
}

export interface ResetRow {
  userId: number;
  expiresAt: string;
  usedAt: string | null;
}

export async function findPasswordReset(db: Db, id: string): Promise<ResetRow | null> {
  const row = await db
    .selectFrom('password_resets')
    .select(['user_id', 'expires_at', 'used_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row
    ? {
        userId: row.user_id,
        expiresAt: iso(row.expires_at),
        usedAt: row.used_at === null ? null : iso(row.used_at),
      }
    : null;
}

/** Marks a reset used; false when it was already used (a concurrent second use loses). */
export async function usePasswordReset(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends every reset link of an account still outstanding (its password has just changed). */
export async function expirePasswordResets(db: Db, userId: number, now: string): Promise<void> {
  await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export interface PendingSignUp {
  displayName: string;
  email: string;
  location: string | null;
  passwordHash: string;
  expiresAt: string;
}

export async function insertSignUp(
  db: Db,
  s: PendingSignUp & { id: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('signups')
    .values({
      id: s.id,
      display_name: s.displayName,
      email: s.email,
      ...placeValues(s.location),
      password_hash: s.passwordHash,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
    })
    .execute();
}

export async function findSignUp(db: Db, id: string): Promise<PendingSignUp | null> {
  const r = await db.selectFrom('signups').selectAll().where('id', '=', id).executeTakeFirst();
  return r
    ? {
        displayName: r.display_name,
        email: r.email,
        location: r.location_typed ?? r.location,
        passwordHash: r.password_hash,
        expiresAt: iso(r.expires_at),
      }
    : null;
}

/** Takes a pending sign-up away; false when it was gone already (used, or a concurrent use won). */
export async function deleteSignUp(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('signups').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Forgets sign-ups whose link has expired. */
export async function deleteExpiredSignUps(db: Db, now: string): Promise<void> {
  await db.deleteFrom('signups').where('expires_at', '<=', now).execute();
}
