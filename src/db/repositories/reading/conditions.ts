import type { Condition } from '../../../model/types.js';
import { prepared } from '../../prepared.js';
import type { Db } from '../../database.js';
import type { ConditionsTable } from '../../schema.js';
import type { Selectable } from 'kysely';
import { stringList } from '../map.js';

export function toCondition(
  row: Pick<
    Selectable<ConditionsTable>,
    'id' | 'slug' | 'name' | 'aliases' | 'category' | 'description'
  >,
): Condition {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    aliases: stringList(row.aliases),
    category: row.category,
    description: row.description,
  };
}

export interface NewCondition {
  slug: string;
  name: string;
  aliases: string[];
  category: string;
  createdAt: string;
  status?: 'active' | 'proposed';
  description?: string;
}

/** Creates the condition unless its slug is taken (also by a concurrent request): then null. */
export async function insertConditionIfFree(db: Db, c: NewCondition): Promise<number | null> {
  const row = await db
    .insertInto('conditions')
    .values({
      slug: c.slug,
      name: c.name,
      aliases: JSON.stringify(c.aliases),
      category: c.category,
      created_at: c.createdAt,
      status: c.status ?? 'active',
      description: c.description ?? '',
    })
    .onConflict((oc) => oc.column('slug').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Creates the condition; its slug must be free (callers check, and lose no race: see IfFree). */
export async function insertCondition(db: Db, c: NewCondition): Promise<number> {
  const id = await insertConditionIfFree(db, c);
  if (id === null) throw new Error(`the condition address ${c.slug} is taken`);
  return id;
}

export async function listConditions(db: Db): Promise<Condition[]> {
  const rows = await db
    .selectFrom('conditions')
    .selectAll()
    .where('status', '=', 'active')
    .orderBy('category')
    .orderBy('name')
    .execute();
  return rows.map(toCondition);
}

const activeBySlug = prepared((db: Db, p: { slug: string }) =>
  db.selectFrom('conditions').selectAll().where('slug', '=', p.slug).where('status', '=', 'active'),
);

export async function findConditionBySlug(db: Db, slug: string): Promise<Condition | null> {
  const [row] = await activeBySlug(db, { slug });
  return row ? toCondition(row) : null;
}

const conditionsById = prepared((db: Db, p: { ids: readonly number[] }) =>
  db.selectFrom('conditions').selectAll().where('id', 'in', p.ids),
);

export async function findConditionsByIds(db: Db, ids: readonly number[]): Promise<Condition[]> {
  if (ids.length === 0) return [];
  return (await conditionsById(db, { ids })).map(toCondition);
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  return (
    (await db.selectFrom('conditions').select('id').where('slug', '=', slug).executeTakeFirst()) !==
    undefined
  );
}
