// Conditions as editors keep them: create, rename (the old address redirects) and merge.
import { text } from './remedy-form.js';
import { z } from 'zod';
import { slugify, InvalidInput, validate } from '../common/index.js';
import type { Db } from '../../db/database.js';
import {
  findConditionBySlug,
  insertConditionIfFree,
  slugTaken,
} from '../../db/repositories/reading/conditions.js';
import {
  conditionRedirect,
  insertConditionAlias,
  listAllConditions,
  markConditionMerged,
  moveRemedyUses,
  renameConditionRow,
} from '../../db/repositories/editorial/editing.js';
import {
  findConditionById,
  moveConditionReports,
} from '../../db/repositories/moderation/moderation.js';
import { insertAction } from '../../db/repositories/moderation/log.js';
import { type Viewer, requireEditor } from '../accounts/index.js';
import { DomainError } from '../../model/errors.js';
import { settleReports } from '../insight/index.js';

const conditionInput = z.object({
  name: z.string({ message: 'Name the condition.' }).trim().min(2, 'Name the condition.').max(80),
  category: z
    .string({ message: 'Choose or type a category.' })
    .trim()
    .min(2, 'Choose or type a category.')
    .max(60),
  aliases: text,
  // Absent (an old form, a script) keeps the description as it is; '' clears it.
  description: z
    .string()
    .max(1500, 'Keep the description under 1,500 characters: a few sentences.')
    .transform((d) =>
      d
        .replace(/\r\n?/g, '\n')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n\n'),
    )
    .optional(),
});

export async function listConditionsForEditors(db: Db, viewer: Viewer | null) {
  requireEditor(viewer);
  return listAllConditions(db);
}

export async function createConditionAsEditor(
  db: Db,
  viewer: Viewer | null,
  body: unknown,
  now: Date,
): Promise<string> {
  requireEditor(viewer);
  const c = validate(conditionInput, body);
  const slug = slugify(c.name);
  const taken = () => new InvalidInput({ name: 'A condition with this name already exists.' });
  if (!slug || (await slugTaken(db, slug))) throw taken();
  const id = await insertConditionIfFree(db, {
    slug,
    name: c.name,
    category: c.category,
    aliases: c.aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    createdAt: now.toISOString(),
    description: c.description ?? '',
  });
  if (id === null) throw taken();
  await recordEdit(
    db,
    viewer,
    'create-condition',
    0,
    `The condition “${c.name}” was added under ${c.category}.`,
    now,
  );
  return slug;
}

/**
 * Edits a condition's name, category, aliases and description; a renamed condition's old address
 * keeps working by redirecting to the new one.
 */
export async function renameCondition(
  db: Db,
  viewer: Viewer | null,
  id: number,
  body: unknown,
  now: Date,
): Promise<string> {
  requireEditor(viewer);
  const current = await findConditionById(db, id);
  if (!current || current.status !== 'active') throw new DomainError('CONDITION_NOT_FOUND');
  const c = validate(conditionInput, body);
  // A form saved without touching the name keeps the address, even one that is not its slug.
  const slug = c.name === current.name ? current.slug : slugify(c.name);
  if (slug !== current.slug && (await slugTaken(db, slug)))
    throw new InvalidInput({ name: 'A condition with this name already exists.' });
  await renameConditionRow(db, id, {
    name: c.name,
    slug,
    category: c.category,
    aliases: c.aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    description: c.description ?? current.description,
  });
  if (slug !== current.slug)
    await insertConditionAlias(db, current.slug, current.name, id, now.toISOString());
  if (c.name !== current.name)
    await recordEdit(
      db,
      viewer,
      'rename-condition',
      id,
      `The condition “${current.name}” was renamed “${c.name}”.`,
      now,
    );
  if (c.description !== undefined && c.description !== current.description)
    await recordEdit(
      db,
      viewer,
      'describe-condition',
      id,
      `The description of “${c.name}” was ${c.description ? 'rewritten' : 'removed'}.`,
      now,
    );
  return slug;
}

/**
 * Merges one condition into another. Invariants: every report and editorial use moves to the
 * target, the numbers of every affected remedy are recounted, and the old address redirects.
 */
export async function mergeConditions(
  db: Db,
  viewer: Viewer | null,
  id: number,
  body: unknown,
  now: Date,
): Promise<string> {
  requireEditor(viewer);
  const from = await findConditionById(db, id);
  if (!from || from.status !== 'active') throw new DomainError('CONDITION_NOT_FOUND');
  const { into } = validate(
    z.object({ into: z.string().min(1, 'Choose the condition to merge into.') }),
    body,
  );
  const target = await findConditionBySlug(db, into);
  if (!target || target.id === id)
    throw new InvalidInput({ into: 'Choose another existing condition.' });
  const moved = await moveConditionReports(db, id, target.id);
  await moveRemedyUses(db, id, target.id);
  await markConditionMerged(db, id, target.id);
  await settleReports(
    db,
    [],
    moved.map((m) => ({ remedyId: m.remedyId, conditionId: target.id })),
  );
  await recordEdit(
    db,
    viewer,
    'merge-condition',
    id,
    `The condition “${from.name}” was merged into “${target.name}”.`,
    now,
  );
  return target.slug;
}

export async function conditionMovedTo(db: Db, slug: string): Promise<string | null> {
  return conditionRedirect(db, slug);
}

async function recordEdit(
  db: Db,
  viewer: Viewer | null,
  action: string,
  targetId: number,
  summary: string,
  now: Date,
): Promise<void> {
  await insertAction(db, {
    actorId: viewer?.id ?? null,
    action,
    targetType: 'condition',
    targetId,
    reason: '',
    summary,
    createdAt: now.toISOString(),
  });
}
