import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

// Report cards rendered once and stored (write-time fragments). A card is valid while its
// `version` equals the report's `card_version`; triggers raise that number on every write that
// changes what the card shows (the report, its replies, updates, side effects, its remedy's
// address), so no write path can forget to. Post counts change with other posts and are filled in
// when the card is read, so they never go stale in a stored card. `format` names the markup the
// card was rendered with: a release that renders cards differently ignores the old ones.
export const SHOWN = [
  'user_id',
  'display_name',
  'location',
  'posted_at',
  'rating',
  'title',
  'body',
  'editors_choice',
  'helpful_count',
  'status',
  'dose_min',
  'dose_max',
  'dose_unit',
  'dose_frequency',
  'form',
  'brand',
  'taken_days',
  'effect_days',
  'outcome',
  'for_whom',
  'commercial_tie',
  'safety',
  'editor_note',
  'choice_reason',
  'remedy_id',
  'condition_id',
].join(', ');
export const CHILDREN = ['replies', 'follow_ups', 'report_side_effects'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('reports')
    .addColumn('card_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('report_cards')
    .addColumn('report_id', 'integer', (c) =>
      c.primaryKey().references('reports.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .execute();

  if (isPostgres(db)) {
    await sql`create function report_card_bump() returns trigger language plpgsql as $$
      begin new.card_version := old.card_version + 1; return new; end $$`.execute(db);
    await sql`create trigger report_card_update before update of ${sql.raw(SHOWN)} on reports
      for each row execute function report_card_bump()`.execute(db);
    await sql`create function report_card_child() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then
          update reports set card_version = card_version + 1 where id = old.report_id;
        end if;
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.report_id <> old.report_id) then
          update reports set card_version = card_version + 1 where id = new.report_id;
        end if;
        return null;
      end $$`.execute(db);
    for (const table of CHILDREN)
      await sql`create trigger ${sql.raw(`report_card_${table}`)}
        after insert or update or delete on ${sql.table(table)}
        for each row execute function report_card_child()`.execute(db);
    await sql`create function report_card_remedy() returns trigger language plpgsql as $$
      begin update reports set card_version = card_version + 1 where remedy_id = new.id; return null; end $$`.execute(
      db,
    );
    await sql`create trigger report_card_remedy after update of slug on remedies
      for each row when (old.slug is distinct from new.slug)
      execute function report_card_remedy()`.execute(db);
    return;
  }
  await sql`create trigger report_card_update after update of ${sql.raw(SHOWN)} on reports begin
    update reports set card_version = card_version + 1 where id = new.id; end`.execute(db);
  for (const table of CHILDREN) {
    const t = sql.table(table);
    await sql`create trigger ${sql.raw(`report_card_${table}_insert`)} after insert on ${t} begin
      update reports set card_version = card_version + 1 where id = new.report_id; end`.execute(db);
    await sql`create trigger ${sql.raw(`report_card_${table}_update`)} after update on ${t} begin
      update reports set card_version = card_version + 1 where id in (old.report_id, new.report_id); end`.execute(
      db,
    );
    await sql`create trigger ${sql.raw(`report_card_${table}_delete`)} after delete on ${t} begin
      update reports set card_version = card_version + 1 where id = old.report_id; end`.execute(db);
  }
  await sql`create trigger report_card_remedy after update of slug on remedies
    when old.slug is not new.slug begin
    update reports set card_version = card_version + 1 where remedy_id = new.id; end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger report_card_remedy on remedies`.execute(db);
    for (const table of CHILDREN)
      await sql`drop trigger ${sql.raw(`report_card_${table}`)} on ${sql.table(table)}`.execute(db);
    await sql`drop trigger report_card_update on reports`.execute(db);
    await sql`drop function report_card_remedy()`.execute(db);
    await sql`drop function report_card_child()`.execute(db);
    await sql`drop function report_card_bump()`.execute(db);
  } else {
    await sql`drop trigger report_card_remedy`.execute(db);
    for (const table of CHILDREN)
      for (const op of ['insert', 'update', 'delete'])
        await sql`drop trigger ${sql.raw(`report_card_${table}_${op}`)}`.execute(db);
    await sql`drop trigger report_card_update`.execute(db);
  }
  await db.schema.dropTable('report_cards').execute();
  await db.schema.alterTable('reports').dropColumn('card_version').execute();
}
