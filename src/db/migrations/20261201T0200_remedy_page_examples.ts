import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

// A remedy × condition page names its most helpful reports per outcome (title, author, stars,
// helpful votes). Raising the remedy's page version whenever one of those or a report's extracted
// outcome changes lets pages keep the examples with the rest of the page's rows. Votes, the most
// frequent of these writes, are far rarer than reads of the pages they change.
const BUMP = 'update remedy_pages set version = version + 1 where remedy_id';
export const SHOWN =
  'helpful_score, helpful_count, title, display_name, rating, status, remedy_id, condition_id';

export async function up(db: Kysely<unknown>): Promise<void> {
  const bump = sql.raw(BUMP);
  if (isPostgres(db)) {
    await sql`create function remedy_page_report() returns trigger language plpgsql as $$
      begin
        ${bump} = old.remedy_id;
        if new.remedy_id <> old.remedy_id then ${bump} = new.remedy_id; end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger remedy_page_reports after update of ${sql.raw(SHOWN)} on reports
      for each row execute function remedy_page_report()`.execute(db);
    await sql`create function remedy_page_fact() returns trigger language plpgsql as $$
      begin
        ${bump} in (select remedy_id from reports
          where id = (case when tg_op = 'DELETE' then old else new end).report_id);
        return null;
      end $$`.execute(db);
    await sql`create trigger remedy_page_report_facts
      after insert or update or delete on report_facts
      for each row execute function remedy_page_fact()`.execute(db);
    return;
  }
  await sql`create trigger remedy_page_reports after update of ${sql.raw(SHOWN)} on reports begin
    ${bump} in (old.remedy_id, new.remedy_id); end`.execute(db);
  for (const [op, row] of [
    ['insert', 'new'],
    ['update', 'new'],
    ['delete', 'old'],
  ] as const)
    await sql`create trigger ${sql.raw(`remedy_page_report_facts_${op}`)}
      after ${sql.raw(op)} on report_facts begin
      ${bump} in (select remedy_id from reports where id = ${sql.raw(row)}.report_id); end`.execute(
      db,
    );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger remedy_page_report_facts on report_facts`.execute(db);
    await sql`drop trigger remedy_page_reports on reports`.execute(db);
    await sql`drop function remedy_page_fact()`.execute(db);
    await sql`drop function remedy_page_report()`.execute(db);
    return;
  }
  for (const op of ['insert', 'update', 'delete'])
    await sql`drop trigger ${sql.raw(`remedy_page_report_facts_${op}`)}`.execute(db);
  await sql`drop trigger remedy_page_reports`.execute(db);
}
