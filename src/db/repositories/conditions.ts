import type { Condition } from '../../domain/types.js';
import type { Db } from '../database.js';
import type { ConditionsTable } from '../schema.js';
import type { Selectable } from 'kysely';
import { stringList } from './map.js';

export function toCondition(row: Selectable<ConditionsTable>): Condition {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    aliases: stringList(row.aliases),
    category: row.category,
  };
}

export interface NewCondition {
  slug: string;
  name: string;
  aliases: string[];
  category: string;
  createdAt: string;
}

export async function insertCondition(db: Db, c: NewCondition): Promise<number> {
  const row = await db
    .insertInto('conditions')
    .values({
      slug: c.slug,
      name: c.name,
      aliases: JSON.stringify(c.aliases),
      category: c.category,
      created_at: c.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listConditions(db: Db): Promise<Condition[]> {
  const rows = await db
    .selectFrom('conditions')
    .selectAll()
    .orderBy('category')
    .orderBy('name')
    .execute();
  return rows.map(toCondition);
}

export async function findConditionBySlug(db: Db, slug: string): Promise<Condition | null> {
  const row = await db
    .selectFrom('conditions')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? toCondition(row) : null;
}

export async function findConditionsByIds(db: Db, ids: readonly number[]): Promise<Condition[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('conditions').selectAll().where('id', 'in', ids).execute();
  return rows.map(toCondition);
}
