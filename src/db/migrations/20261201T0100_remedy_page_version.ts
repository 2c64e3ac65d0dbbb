import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

// A number per remedy (`remedy_pages.version`) that triggers raise on every write that changes
// what its pages show above the report list: the remedy itself, its citations and editorial uses,
// its counts (tallies and insight), and the names or addresses of its conditions. Pages keep what
// they read and computed from those rows under (remedy, version), so no write path can leave them
// stale. A table of its own, so raising it never rewrites a remedy row (on PostgreSQL that would
// recompute the remedy's search vector on every approved report).
const BY_REMEDY = ['report_tallies', 'insight_stats', 'citations', 'remedy_uses'] as const;
const BUMP = 'update remedy_pages set version = version + 1 where remedy_id';
/** The columns of conditions that a remedy's pages show (tests hold the list to the table). */
export const CONDITION_SHOWN = 'slug, name, status, redirect_to';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('remedy_pages')
    .addColumn('remedy_id', 'integer', (c) =>
      c.primaryKey().references('remedies.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`insert into remedy_pages (remedy_id) select id from remedies`.execute(db);
  const bump = sql.raw(BUMP);

  if (isPostgres(db)) {
    await sql`create function remedy_page_new() returns trigger language plpgsql as $$
      begin insert into remedy_pages (remedy_id) values (new.id); return null; end $$`.execute(db);
    await sql`create trigger remedy_page_new after insert on remedies
      for each row execute function remedy_page_new()`.execute(db);
    await sql`create function remedy_page_remedy() returns trigger language plpgsql as $$
      begin ${bump} = new.id; return null; end $$`.execute(db);
    await sql`create trigger remedy_page_remedy after update on remedies
      for each row execute function remedy_page_remedy()`.execute(db);
    await sql`create function remedy_page_child() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then ${bump} = old.remedy_id; end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.remedy_id <> old.remedy_id) then
          ${bump} = new.remedy_id;
        end if;
        return null;
      end $$`.execute(db);
    for (const table of BY_REMEDY)
      await sql`create trigger ${sql.raw(`remedy_page_${table}`)}
        after insert or update or delete on ${sql.table(table)}
        for each row execute function remedy_page_child()`.execute(db);
    await sql`create function remedy_page_use_citation() returns trigger language plpgsql as $$
      begin
        ${bump} in (select remedy_id from remedy_uses
          where id = (case when tg_op = 'DELETE' then old else new end).remedy_use_id);
        return null;
      end $$`.execute(db);
    await sql`create trigger remedy_page_remedy_use_citations
      after insert or update or delete on remedy_use_citations
      for each row execute function remedy_page_use_citation()`.execute(db);
    await sql`create function remedy_page_condition() returns trigger language plpgsql as $$
      begin
        ${bump} in (select remedy_id from report_tallies where condition_id = new.id
          union select remedy_id from remedy_uses where condition_id = new.id);
        return null;
      end $$`.execute(db);
    await sql`create trigger remedy_page_conditions
      after update of ${sql.raw(CONDITION_SHOWN)} on conditions
      for each row execute function remedy_page_condition()`.execute(db);
    return;
  }
  await sql`create trigger remedy_page_new after insert on remedies begin
    insert into remedy_pages (remedy_id) values (new.id); end`.execute(db);
  await sql`create trigger remedy_page_remedy after update on remedies begin
    ${bump} = new.id; end`.execute(db);
  for (const table of BY_REMEDY) {
    const t = sql.table(table);
    await sql`create trigger ${sql.raw(`remedy_page_${table}_insert`)} after insert on ${t} begin
      ${bump} = new.remedy_id; end`.execute(db);
    await sql`create trigger ${sql.raw(`remedy_page_${table}_update`)} after update on ${t} begin
      ${bump} in (old.remedy_id, new.remedy_id); end`.execute(db);
    await sql`create trigger ${sql.raw(`remedy_page_${table}_delete`)} after delete on ${t} begin
      ${bump} = old.remedy_id; end`.execute(db);
  }
  for (const [op, row] of [
    ['insert', 'new'],
    ['update', 'new'],
    ['delete', 'old'],
  ] as const)
    await sql`create trigger ${sql.raw(`remedy_page_remedy_use_citations_${op}`)}
      after ${sql.raw(op)} on remedy_use_citations begin
      ${bump} in (select remedy_id from remedy_uses where id = ${sql.raw(row)}.remedy_use_id); end`.execute(
      db,
    );
  await sql`create trigger remedy_page_conditions
    after update of ${sql.raw(CONDITION_SHOWN)} on conditions begin
    ${bump} in (select remedy_id from report_tallies where condition_id = new.id
      union select remedy_id from remedy_uses where condition_id = new.id); end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger remedy_page_conditions on conditions`.execute(db);
    await sql`drop trigger remedy_page_remedy_use_citations on remedy_use_citations`.execute(db);
    for (const table of BY_REMEDY)
      await sql`drop trigger ${sql.raw(`remedy_page_${table}`)} on ${sql.table(table)}`.execute(db);
    await sql`drop trigger remedy_page_remedy on remedies`.execute(db);
    await sql`drop trigger remedy_page_new on remedies`.execute(db);
    for (const f of ['condition', 'use_citation', 'child', 'remedy', 'new'])
      await sql`drop function ${sql.raw(`remedy_page_${f}`)}()`.execute(db);
  } else {
    await sql`drop trigger remedy_page_conditions`.execute(db);
    for (const table of [...BY_REMEDY, 'remedy_use_citations'])
      for (const op of ['insert', 'update', 'delete'])
        await sql`drop trigger ${sql.raw(`remedy_page_${table}_${op}`)}`.execute(db);
    await sql`drop trigger remedy_page_remedy`.execute(db);
    await sql`drop trigger remedy_page_new`.execute(db);
  }
  await db.schema.dropTable('remedy_pages').execute();
}
