import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';
import { SHOWN as BEFORE } from './20261201T0000_report_cards.js';

// Topic headings of an old site ("Ginger Dosages") that are no condition are kept as the report's
// tags (a JSON list). A card shows them, so the card trigger now watches the column too.
export const SHOWN = `${BEFORE}, tags`;

async function cardTrigger(db: Kysely<unknown>, columns: string): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger report_card_update on reports`.execute(db);
    await sql`create trigger report_card_update before update of ${sql.raw(columns)} on reports
      for each row execute function report_card_bump()`.execute(db);
    return;
  }
  await sql`drop trigger report_card_update`.execute(db);
  await sql`create trigger report_card_update after update of ${sql.raw(columns)} on reports begin
    update reports set card_version = card_version + 1 where id = new.id; end`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('reports').addColumn('tags', 'text').execute();
  await cardTrigger(db, SHOWN);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await cardTrigger(db, BEFORE);
  await db.schema.alterTable('reports').dropColumn('tags').execute();
}
