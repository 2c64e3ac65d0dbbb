// A member's own account: their posts and where each stands, changes to name, place, email and
// password, signing out everywhere, downloading everything held about them, deleting it, and
// claiming the reports they once posted as a guest.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import {
  deleteUserSessions,
  expirePasswordResets,
  findAccountByEmail,
  setPasswordHash,
} from '../../db/repositories/accounts/accounts.js';
import { recountPostCounts } from '../../db/repositories/accounts/users.js';
import {
  type MyPost,
  claimGuestPosts,
  countGuestPosts,
  insertAccountLink,
  memberPlace,
  memberPosts,
  setEmail,
  updateProfile,
  useAccountLink,
} from '../../db/repositories/accounts/member-data.js';
import { eraseMember, memberRows } from '../../db/repositories/accounts/member-erase.js';
import { settleReports } from '../insight/index.js';
import { InvalidInput, validate } from '../common/index.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { placeCheckedField, placeNotice } from './places.js';
import {
  type Viewer,
  displayNameField,
  emailField,
  locationField,
  passwordField,
} from './accounts.js';
import { requireSignedIn } from './policies.js';

export const LINK_HOURS = 24;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface MyAccount {
  id: number;
  displayName: string;
  email: string | null;
  /** The place shown, and the place as typed (only the member sees it). */
  place: string | null;
  placeTyped: string | null;
  posts: MyPost[];
}

export async function myAccount(db: Db, viewer: Viewer | null): Promise<MyAccount> {
  const v = requireSignedIn(viewer);
  const place = await memberPlace(db, v.id);
  return {
    id: v.id,
    displayName: v.displayName,
    email: v.email,
    place: place.shown,
    placeTyped: place.typed,
    posts: await memberPosts(db, v.id),
  };
}

const profileInput = z.object({
  displayName: displayNameField,
  location: locationField,
  placeChecked: placeCheckedField,
});

/** New name and place, shown on the account and on every post of the member. */
export async function changeProfile(db: Db, viewer: Viewer | null, input: unknown): Promise<void> {
  const v = requireSignedIn(viewer);
  const data = validate(profileInput, input);
  const notice = placeNotice(data.location, data.placeChecked);
  if (notice) throw new InvalidInput({ location: notice });
  await updateProfile(db, v.id, data.displayName, data.location ?? null);
}

const passwordCheck = z.object({
  current: z.string({ message: 'Enter your password.' }).min(1, 'Enter your password.'),
});

/** The member proves it is them with their password before a change that matters. */
async function checkPassword(db: Db, v: Viewer, given: string, field = 'current'): Promise<void> {
  const account = v.email ? await findAccountByEmail(db, v.email) : null;
  if (!account?.passwordHash || !(await verifyPassword(given, account.passwordHash)))
    throw new InvalidInput({ [field]: 'That is not your password.' });
}

/** A link to the new address, which becomes the account's email when it is opened. */
export async function requestEmailChange(
  db: Db,
  viewer: Viewer | null,
  input: unknown,
  now: Date,
): Promise<{ token: string; email: string; displayName: string }> {
  const v = requireSignedIn(viewer);
  const data = validate(passwordCheck.extend({ email: emailField }), input);
  await checkPassword(db, v, data.current);
  if (data.email === v.email) throw new InvalidInput({ email: 'That is already your email.' });
  return {
    token: await newLink(db, 'email', v.id, data.email, now),
    email: data.email,
    displayName: v.displayName,
  };
}

async function newLink(
  db: Db,
  kind: 'email' | 'claim',
  userId: number,
  email: string,
  now: Date,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertAccountLink(db, {
    id: tokenHash(token),
    kind,
    userId,
    email,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + LINK_HOURS * 3_600_000).toISOString(),
  });
  return token;
}

const LINK_SPENT =
  'This link has been used, has expired (links work for a day), or belongs to another account.';

/** Opens an email-change link: the new email is the account's from now. */
export async function confirmEmailChange(
  db: Db,
  viewer: Viewer | null,
  token: string,
  now: Date,
): Promise<string> {
  const v = requireSignedIn(viewer);
  const email = await useAccountLink(db, tokenHash(token), 'email', v.id, now.toISOString());
  if (!email) throw new InvalidInput({ form: LINK_SPENT });
  if (!(await setEmail(db, v.id, email, now.toISOString())))
    throw new InvalidInput({ form: 'That email now belongs to another account.' });
  return email;
}

/** A new password; every other session ends (the caller starts a new one for this browser). */
export async function changePassword(
  db: Db,
  viewer: Viewer | null,
  input: unknown,
  now: Date,
): Promise<number> {
  const v = requireSignedIn(viewer);
  const data = validate(passwordCheck.extend({ password: passwordField }), input);
  await checkPassword(db, v, data.current);
  await setPasswordHash(db, v.id, await hashPassword(data.password));
  await expirePasswordResets(db, v.id, now.toISOString());
  await deleteUserSessions(db, v.id);
  return v.id;
}

export async function signOutEverywhere(db: Db, viewer: Viewer | null): Promise<void> {
  await deleteUserSessions(db, requireSignedIn(viewer).id);
}

/** Everything Remedex holds about the member, private place and email included, as one object. */
export async function myData(db: Db, viewer: Viewer | null, now: Date): Promise<object> {
  const v = requireSignedIn(viewer);
  return {
    format: 'remedex-my-data',
    exported_at: now.toISOString(),
    ...(await memberRows(db, v.id)),
  };
}

const deleteInput = passwordCheck.extend({
  posts: z.enum(['keep', 'remove'], {
    message: 'Choose whether your posts stay, as “a former member”, or go.',
  }),
});

/**
 * Deletes the account. Its posts stay anonymised or go, as the member chose; the numbers they
 * fed are recounted in the same transaction.
 */
export async function deleteMyAccount(
  db: Db,
  viewer: Viewer | null,
  input: unknown,
): Promise<void> {
  const v = requireSignedIn(viewer);
  const data = validate(deleteInput, input);
  await checkPassword(db, v, data.current);
  const erased = await eraseMember(db, v.id, data.posts === 'keep');
  await settleReports(db, erased.keptReports, erased.pairs);
}

/**
 * A link to claim the reports a guest posted under an email. Null (and no mail) when that email
 * has no guest posts: the member is told the same either way.
 */
export async function requestClaim(
  db: Db,
  viewer: Viewer | null,
  input: unknown,
  now: Date,
): Promise<{ token: string; email: string; displayName: string } | null> {
  const v = requireSignedIn(viewer);
  const { email } = validate(z.object({ email: emailField }), input);
  if ((await countGuestPosts(db, email)) === 0) return null;
  return { token: await newLink(db, 'claim', v.id, email, now), email, displayName: v.displayName };
}

/** Opens a claim link: the guest's posts under its email become the member's. */
export async function confirmClaim(
  db: Db,
  viewer: Viewer | null,
  token: string,
  now: Date,
): Promise<number> {
  const v = requireSignedIn(viewer);
  const email = await useAccountLink(db, tokenHash(token), 'claim', v.id, now.toISOString());
  if (!email) throw new InvalidInput({ form: LINK_SPENT });
  const n = await claimGuestPosts(db, v.id, email);
  await recountPostCounts(db, [v.id]);
  return n;
}
