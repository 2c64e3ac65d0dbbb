// A member's mail: what they get, what they follow, and taking back an unsubscribe.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import {
  type FollowRow,
  deleteFollow,
  listFollows,
  setFollowFrequency,
  upsertFollow,
} from '../../db/repositories/mail/follows.js';
import {
  type MailPreferences,
  deleteUnsubscribe,
  mailPreferences,
  memberEmail,
  setMailPreferences,
  unsubscribedAt,
} from '../../db/repositories/mail/recipients.js';
import { findConditionBySlug } from '../../db/repositories/reading/conditions.js';
import { findPublishedRemedy } from '../../db/repositories/reading/remedies.js';
import { type Viewer, requireSignedIn } from '../accounts/index.js';
import { InvalidInput, blankToUndefined, validate } from '../common/index.js';

export type { FollowRow, MailPreferences };

export interface MailSettings {
  /** The confirmed address mail goes to; null when there is none yet. */
  email: string | null;
  preferences: MailPreferences;
  unsubscribedAt: string | null;
  follows: FollowRow[];
}

export async function mailSettings(db: Db, viewer: Viewer | null): Promise<MailSettings> {
  const v = requireSignedIn(viewer);
  const email = await memberEmail(db, v.id);
  return {
    email,
    preferences: (await mailPreferences(db, v.id)) ?? {
      moderation: false,
      replies: false,
      followUps: false,
    },
    unsubscribedAt: email ? await unsubscribedAt(db, email) : null,
    follows: await listFollows(db, v.id),
  };
}

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
const preferencesInput = z.object({
  moderation: checkbox,
  replies: checkbox,
  followUps: checkbox,
});

/** Saves the three wishes; saving also takes back an earlier one-click unsubscribe. */
export async function saveMailSettings(
  db: Db,
  viewer: Viewer | null,
  input: unknown,
): Promise<void> {
  const v = requireSignedIn(viewer);
  await setMailPreferences(db, v.id, validate(preferencesInput, input));
  const email = await memberEmail(db, v.id);
  if (email) await deleteUnsubscribe(db, email);
}

const frequencyField = z.enum(['daily', 'weekly'], { message: 'Choose daily or weekly.' });
const followInput = z.object({
  remedy: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  condition: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  frequency: z.preprocess((v) => v ?? 'weekly', frequencyField),
});

/** Follows a remedy, a condition or the pair; following again changes how often. */
export async function follow(
  db: Db,
  viewer: Viewer | null,
  input: unknown,
  now: Date,
): Promise<string> {
  const v = requireSignedIn(viewer);
  const data = validate(followInput, input);
  const remedy = data.remedy ? await findPublishedRemedy(db, data.remedy) : null;
  const condition = data.condition ? await findConditionBySlug(db, data.condition) : null;
  if ((data.remedy && !remedy) || (data.condition && !condition) || (!remedy && !condition))
    throw new InvalidInput({
      form: 'Choose a published remedy or an existing condition to follow.',
    });
  await upsertFollow(
    db,
    v.id,
    { remedyId: remedy?.id ?? null, conditionId: condition?.id ?? null },
    data.frequency,
    now.toISOString(),
  );
  return remedy && condition
    ? `${remedy.name} for ${condition.name}`
    : (remedy?.name ?? condition?.name ?? '');
}

const changeInput = z.object({
  action: z.enum(['remove', 'frequency'], { message: 'Unknown action.' }),
  frequency: z.preprocess(blankToUndefined, frequencyField.optional()),
});

export async function changeFollow(
  db: Db,
  viewer: Viewer | null,
  id: number,
  input: unknown,
): Promise<void> {
  const v = requireSignedIn(viewer);
  const data = validate(changeInput, input);
  const done =
    data.action === 'remove'
      ? await deleteFollow(db, v.id, id)
      : await setFollowFrequency(db, v.id, id, data.frequency ?? 'weekly');
  if (!done) throw new InvalidInput({ form: 'You do not follow this.' });
}
