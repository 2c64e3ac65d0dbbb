import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import {
  type AccountRow,
  deleteExpiredSignUps,
  deleteSession,
  deleteSignUp,
  deleteUserSessions,
  expirePasswordResets,
  findAccountByEmail,
  findPasswordReset,
  findSessionAccount,
  findSignUp,
  insertAccount,
  insertPasswordReset,
  insertSession,
  insertSignUp,
  setPasswordHash,
  setRole,
  usePasswordReset,
} from '../../db/repositories/accounts/accounts.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.js';
import { coarsePlace, placeCheckedField, placeNotice } from './places.js';
import type { Role } from '../../model/types.js';
import { InvalidInput, blankToUndefined, validate } from '../common/index.js';

export const SESSION_DAYS = 30;
export const RESET_MINUTES = 60;
const DAY = 86_400_000;

/** Who is signed in, as every page and policy sees them. */
export interface Viewer {
  id: number;
  displayName: string;
  email: string | null;
  location: string | null;
  role: Role;
}

const toViewer = (a: AccountRow): Viewer => ({
  id: a.id,
  displayName: a.displayName,
  email: a.email,
  location: a.location,
  role: a.role,
});
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

export const emailField = z.preprocess(
  blankToUndefined,
  z
    .email({ message: 'Enter an email address such as name@example.com.' })
    .max(254, 'That email address is too long.')
    .transform((e) => e.toLowerCase()),
);
export const passwordField = z
  .string({ message: 'Choose a password of at least 10 characters.' })
  .min(10, 'Choose a password of at least 10 characters.')
  .max(200, 'Passwords can be at most 200 characters.');
export const displayNameField = z.preprocess(
  blankToUndefined,
  z
    .string({ message: 'Enter the name to show beside your posts.' })
    .min(2, 'Names need at least 2 characters.')
    .max(60, 'Names can be at most 60 characters.')
    .refine((n) => !/[<>]/.test(n), 'Names cannot contain < or >.'),
);
export const locationField = z.preprocess(
  blankToUndefined,
  z.string().max(80, 'Places can be at most 80 characters.').optional(),
);

export const signUpInput = z.object({
  displayName: displayNameField,
  email: emailField,
  password: passwordField,
  location: locationField,
  placeChecked: placeCheckedField,
});
export type SignUpInput = z.input<typeof signUpInput>;

const ACCOUNT_EXISTS =
  'An account with this email already exists. Sign in, or reset your password.';

/** Creates a member account. Invariant: one account per email (case-insensitive). */
export async function signUp(
  db: Db,
  input: unknown,
  now: Date,
  role: Role = 'member',
): Promise<Viewer> {
  const data = validate(signUpInput, input);
  if (await findAccountByEmail(db, data.email)) {
    throw new InvalidInput({ email: ACCOUNT_EXISTS });
  }
  const id = await insertAccount(db, {
    displayName: data.displayName,
    email: data.email,
    location: data.location ?? null,
    role,
    passwordHash: await hashPassword(data.password),
    createdAt: now.toISOString(),
  });
  // A concurrent sign-up with the same email got there first.
  if (id === null) throw new InvalidInput({ email: ACCOUNT_EXISTS });
  return {
    id,
    displayName: data.displayName,
    email: data.email,
    location: coarsePlace(data.location),
    role,
  };
}

export const SIGNUP_HOURS = 24;

/** What a sign-up form leads to; the reader is told the same either way ("check your email"). */
export type SignUpRequest =
  | { kind: 'new'; token: string; email: string; displayName: string }
  | { kind: 'exists'; email: string; displayName: string };

/**
 * Takes the sign-up form. Nothing is created yet: a new email gets a link that creates the account
 * (confirmSignUp), an email that already has one gets a note to its owner. The password is hashed
 * in both cases, so the answer takes as long either way.
 */
export async function requestSignUp(db: Db, input: unknown, now: Date): Promise<SignUpRequest> {
  const data = validate(signUpInput, input);
  const notice = placeNotice(data.location, data.placeChecked);
  if (notice) throw new InvalidInput({ location: notice });
  const passwordHash = await hashPassword(data.password);
  const existing = await findAccountByEmail(db, data.email);
  if (existing) return { kind: 'exists', email: data.email, displayName: existing.displayName };
  await deleteExpiredSignUps(db, now.toISOString());
  const token = newToken();
  await insertSignUp(db, {
    id: tokenHash(token),
    displayName: data.displayName,
    email: data.email,
    location: data.location ?? null,
    passwordHash,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SIGNUP_HOURS * 3_600_000).toISOString(),
  });
  return { kind: 'new', token, email: data.email, displayName: data.displayName };
}

/** Whether a sign-up link can still be used (asked before showing its confirm button). */
export async function signUpTokenUsable(db: Db, token: string, now: Date): Promise<boolean> {
  const pending = await findSignUp(db, tokenHash(token));
  return pending !== null && pending.expiresAt > now.toISOString();
}

/** Creates the account a confirmed sign-up link stands for. Invariant: a link works once, for a day. */
export async function confirmSignUp(db: Db, input: unknown, now: Date): Promise<Viewer> {
  const { token } = validate(z.object({ token: z.string().min(1) }), input);
  const id = tokenHash(token);
  const pending = await findSignUp(db, id);
  if (!pending || pending.expiresAt <= now.toISOString() || !(await deleteSignUp(db, id)))
    throw new InvalidInput({
      form: 'This sign-up link has expired or was already used. Sign up again.',
    });
  const account = await insertAccount(db, {
    displayName: pending.displayName,
    email: pending.email,
    location: pending.location,
    role: 'member',
    passwordHash: pending.passwordHash,
    createdAt: now.toISOString(),
  });
  // Whoever reads this mailbox may know it has an account: sign in instead.
  if (account === null) throw new InvalidInput({ form: ACCOUNT_EXISTS });
  return {
    id: account,
    displayName: pending.displayName,
    email: pending.email,
    location: pending.location,
    role: 'member',
  };
}

const signInInput = z.object({
  email: emailField,
  password: z.string({ message: 'Enter your password.' }).min(1, 'Enter your password.'),
});

/** Checks credentials; the same error for an unknown email and a wrong password. */
export async function signIn(db: Db, input: unknown): Promise<Viewer> {
  const data = validate(signInInput, input);
  const account = await findAccountByEmail(db, data.email);
  const ok = await verifyPassword(data.password, account?.passwordHash ?? DUMMY_HASH);
  if (!account || !account.passwordHash || !ok) {
    throw new InvalidInput({ form: 'That email and password do not match an account.' });
  }
  return toViewer(account);
}

/** Starts a session and returns the token for the cookie; only its hash is stored. */
export async function startSession(db: Db, userId: number, now: Date): Promise<string> {
  const token = newToken();
  await insertSession(db, {
    id: tokenHash(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY).toISOString(),
  });
  return token;
}

export async function viewerForSession(db: Db, token: string, now: Date): Promise<Viewer | null> {
  const account = await findSessionAccount(db, tokenHash(token), now.toISOString());
  return account ? toViewer(account) : null;
}

export async function endSession(db: Db, token: string): Promise<void> {
  await deleteSession(db, tokenHash(token));
}

/**
 * Creates a single-use reset token valid for an hour, or null for an unknown email (the caller
 * answers the same either way, so the form does not reveal who has an account).
 */
export async function requestPasswordReset(
  db: Db,
  input: unknown,
  now: Date,
): Promise<{ token: string; email: string; displayName: string } | null> {
  const { email } = validate(z.object({ email: emailField }), input);
  const account = await findAccountByEmail(db, email);
  if (!account) return null;
  const token = newToken();
  await insertPasswordReset(db, {
    id: tokenHash(token),
    userId: account.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000).toISOString(),
  });
  return { token, email, displayName: account.displayName };
}

/** Whether a reset token can still be used (shown before asking for the new password). */
export async function resetTokenUsable(db: Db, token: string, now: Date): Promise<boolean> {
  const reset = await findPasswordReset(db, tokenHash(token));
  return reset !== null && reset.usedAt === null && reset.expiresAt > now.toISOString();
}

/**
 * Sets a new password with a reset token. Invariant: a token works once, within its hour; every
 * other outstanding token of the account and every old session end with it.
 */
export async function resetPassword(db: Db, input: unknown, now: Date): Promise<number> {
  const data = validate(z.object({ token: z.string().min(1), password: passwordField }), input);
  const reset = await findPasswordReset(db, tokenHash(data.token));
  if (
    !reset ||
    reset.usedAt !== null ||
    reset.expiresAt <= now.toISOString() ||
    !(await usePasswordReset(db, tokenHash(data.token), now.toISOString()))
  ) {
    throw new InvalidInput({
      form: 'This reset link has expired or was already used. Ask for a new one.',
    });
  }
  await setPasswordHash(db, reset.userId, await hashPassword(data.password));
  // Any other link sent before the change stops working too, as does every old session.
  await expirePasswordResets(db, reset.userId, now.toISOString());
  await deleteUserSessions(db, reset.userId);
  return reset.userId;
}

/** Changes an account's role (operators, from the command line). */
export async function changeRole(db: Db, email: string, role: Role): Promise<Viewer> {
  const account = await findAccountByEmail(db, email.toLowerCase());
  if (!account) throw new InvalidInput({ email: `No account has the email ${email}.` });
  await setRole(db, account.id, role);
  return { ...toViewer(account), role };
}
