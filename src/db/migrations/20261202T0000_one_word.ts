import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

// One word per thing: the author's later word on a report is an "update" in tables, types, routes
// and pages, and the table that holds only a remedy page's version is named for it. SQLite rewrites
// the triggers that name a renamed table; PostgreSQL trigger functions name tables in their text,
// so every function of this schema that names one is recreated with the new name. The moderation
// log's target type for updates follows.
const RENAMES: readonly (readonly [string, string])[] = [
  ['follow_ups', 'updates'],
  ['remedy_pages', 'page_versions'],
];

async function rename(
  db: Kysely<unknown>,
  pairs: readonly (readonly [string, string])[],
  kinds: readonly [string, string],
): Promise<void> {
  for (const [from, to] of pairs)
    await sql`alter table ${sql.table(from)} rename to ${sql.table(to)}`.execute(db);
  if (isPostgres(db))
    for (const [from, to] of pairs) {
      const { rows } = await sql<{ def: string }>`select pg_get_functiondef(p.oid) as def
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = current_schema() and p.prosrc like ${`%${from}%`}`.execute(db);
      for (const { def } of rows)
        await sql.raw(def.replace(new RegExp(`\\b${from}\\b`, 'g'), to)).execute(db);
    }
  await sql`update moderation_actions set target_type = ${kinds[1]}
    where target_type = ${kinds[0]}`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rename(db, RENAMES, ['follow_up', 'update']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await rename(
    db,
    RENAMES.map(([from, to]) => [to, from] as const),
    ['update', 'follow_up'],
  );
}
