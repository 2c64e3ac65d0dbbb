import { sql } from 'kysely';
import type { Role, User } from '../../../model/types.js';
import type { Db } from '../../database.js';
import { iso, num, placeValues } from '../map.js';

export interface NewUser {
  displayName: string;
  email: string | null;
  location: string | null;
  role: Role;
  createdAt: string;
}

export async function insertUser(db: Db, user: NewUser): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      display_name: user.displayName,
      email: user.email,
      ...placeValues(user.location),
      role: user.role,
      created_at: user.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A member with this display name who came from an older site (or, failing that, any member). */
export async function findAuthorByName(db: Db, name: string): Promise<number | null> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(display_name)`, '=', name.toLowerCase())
    .orderBy(sql`case when legacy_post_count is null then 1 else 0 end`)
    .orderBy('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Keeps the largest post count an older site showed for an author. */
export async function setLegacyPostCount(db: Db, id: number, count: number): Promise<void> {
  await db
    .updateTable('users')
    .set({
      legacy_post_count: sql<number>`case when coalesce(legacy_post_count, 0) > ${count} then legacy_post_count else ${count} end`,
    })
    .where('id', '=', id)
    .execute();
}

export async function findUser(db: Db, id: number): Promise<User | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    displayName: row.display_name,
    location: row.location,
    role: row.role as Role,
    createdAt: iso(row.created_at),
    postCount: num(row.post_count),
  };
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return num(row.n);
}

/**
 * Sets every user's post count (approved reports plus approved replies, or the count an older site
 * showed for an imported author if that is larger); `ids` limits it to some.
 */
export async function recountPostCounts(db: Db, ids?: readonly number[]): Promise<void> {
  if (ids && ids.length === 0) return;
  const here = sql<number>`((select count(*) from reports where reports.user_id = users.id and reports.status = 'approved')
      + (select count(*) from replies where replies.user_id = users.id and replies.status = 'approved'))`;
  let query = db.updateTable('users').set({
    post_count: sql<number>`case when coalesce(legacy_post_count, 0) > ${here} then legacy_post_count else ${here} end`,
  });
  if (ids) query = query.where('id', 'in', ids);
  await query.execute();
}
