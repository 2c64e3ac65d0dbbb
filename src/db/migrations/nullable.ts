import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

/**
 * Makes a column optional (or required again). PostgreSQL alters the column. SQLite cannot drop or
 * add a NOT NULL constraint, so the table is rebuilt as its documentation describes
 * (https://sqlite.org/lang_altertable.html#otheralter): the same CREATE statement with the one
 * constraint changed, every row copied with its id, then its indexes, triggers and id sequence
 * restored. Foreign keys are off meanwhile, so nothing cascades, and checked before the commit.
 */
export async function setNullable(
  db: Kysely<unknown>,
  table: string,
  column: string,
  nullable: boolean,
): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} ${sql.raw(
      nullable ? 'drop not null' : 'set not null',
    )}`.execute(db);
    return;
  }
  const objects = (
    await sql<{ type: string; name: string; sql: string }>`select type, name, sql
      from sqlite_master where tbl_name = ${table} and sql is not null`.execute(db)
  ).rows;
  const create = objects.find((o) => o.type === 'table' && o.name === table)?.sql;
  if (!create) throw new Error(`no table ${table}`);
  const definition = new RegExp(`("${column}" [a-z]+)( not null)?`, 'i');
  const changed = create.replace(definition, (_, def: string) =>
    nullable ? def : `${def} not null`,
  );
  if (changed === create) return;
  const sequence = (
    await sql<{ seq: number }>`select seq from sqlite_sequence where name = ${table}`.execute(db)
  ).rows[0]?.seq;
  const temporary = `${table}__rebuilt`;
  await sql`pragma foreign_keys = off`.execute(db);
  // Renaming the rebuilt table must not rewrite the triggers of other tables that name this one.
  await sql`pragma legacy_alter_table = on`.execute(db);
  try {
    await sql`begin`.execute(db);
    await sql
      .raw(changed.replace(/^CREATE TABLE "[^"]+"/i, `CREATE TABLE "${temporary}"`))
      .execute(db);
    await sql.raw(`insert into "${temporary}" select * from "${table}"`).execute(db);
    await sql.raw(`drop table "${table}"`).execute(db);
    await sql.raw(`alter table "${temporary}" rename to "${table}"`).execute(db);
    for (const o of objects) if (o.type !== 'table') await sql.raw(o.sql).execute(db);
    if (sequence !== undefined) {
      // Ids are never reused: the sequence goes on from where it was, not from the highest id left.
      await sql`delete from sqlite_sequence where name in (${table}, ${temporary})`.execute(db);
      await sql`insert into sqlite_sequence (name, seq) values (${table}, ${sequence})`.execute(db);
    }
    const broken = (await sql`pragma foreign_key_check`.execute(db)).rows;
    if (broken.length > 0) throw new Error(`rebuilding ${table} broke ${broken.length} references`);
    await sql`commit`.execute(db);
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  } finally {
    await sql`pragma legacy_alter_table = off`.execute(db);
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
