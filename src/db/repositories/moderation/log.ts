// The moderation log: one line per act, public.

import type { ModerationAction } from '../../../model/moderation.js';
import type { Db } from '../../database.js';
import { iso } from '../map.js';

export interface NewAction {
  actorId: number | null;
  action: string;
  targetType: string;
  targetId: number;
  reason: string;
  summary: string;
  createdAt: string;
}

export async function insertAction(db: Db, a: NewAction): Promise<void> {
  await db
    .insertInto('moderation_actions')
    .values({
      actor_id: a.actorId,
      action: a.action,
      target_type: a.targetType,
      target_id: a.targetId,
      reason: a.reason,
      summary: a.summary,
      created_at: a.createdAt,
    })
    .execute();
}

export async function listActions(
  db: Db,
  offset: number,
  limit: number,
): Promise<ModerationAction[]> {
  const rows = await db
    .selectFrom('moderation_actions as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select([
      'a.id',
      'a.action',
      'a.target_type',
      'a.target_id',
      'a.reason',
      'a.summary',
      'a.created_at',
      'u.display_name',
    ])
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    reason: r.reason,
    summary: r.summary,
    createdAt: iso(r.created_at),
    actor: r.display_name,
  }));
}

export async function countActions(db: Db): Promise<number> {
  const r = await db
    .selectFrom('moderation_actions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
