import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';
import { CONDITION_SHOWN as BEFORE } from './20261201T0100_remedy_page_version.js';

// A condition's short editorial description, shown at the top of its page and of each remedy ×
// condition page. Empty until an editor writes one; the pages then leave it out rather than invent
// a line. The remedy pages show it, so the trigger that raises their version watches it too.
export const CONDITION_SHOWN = `${BEFORE}, description`;

async function conditionTrigger(db: Kysely<unknown>, columns: string): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger remedy_page_conditions on conditions`.execute(db);
    await sql`create trigger remedy_page_conditions after update of ${sql.raw(columns)} on conditions
      for each row execute function remedy_page_condition()`.execute(db);
    return;
  }
  await sql`drop trigger remedy_page_conditions`.execute(db);
  await sql`create trigger remedy_page_conditions after update of ${sql.raw(columns)} on conditions begin
    update page_versions set version = version + 1 where remedy_id in
      (select remedy_id from report_tallies where condition_id = new.id
       union select remedy_id from remedy_uses where condition_id = new.id); end`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('conditions')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await conditionTrigger(db, CONDITION_SHOWN);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await conditionTrigger(db, BEFORE);
  await db.schema.alterTable('conditions').dropColumn('description').execute();
}
