import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect.js';

// Full-text search, native to each engine and kept current inside the writing transaction:
// SQLite: FTS5 tables (porter stemming); reports are synced by triggers, remedies by the domain.
// PostgreSQL: stored generated tsvector columns (english stemming) with GIN indexes.
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table reports add column search tsvector generated always as
      (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', body), 'B')) stored`.execute(
      db,
    );
    await sql`create index reports_search on reports using gin (search)`.execute(db);
    await sql`alter table remedies add column search_text text not null default ''`.execute(db);
    await sql`alter table remedies add column search tsvector generated always as
      (setweight(to_tsvector('english', name || ' ' || aliases), 'A') || setweight(to_tsvector('english', summary), 'B') || setweight(to_tsvector('english', search_text), 'C')) stored`.execute(
      db,
    );
    await sql`create index remedies_search on remedies using gin (search)`.execute(db);
    return;
  }
  await sql`create virtual table reports_fts using fts5(title, body, content='reports', content_rowid='id', tokenize='porter unicode61')`.execute(
    db,
  );
  await sql`insert into reports_fts(reports_fts) values ('rebuild')`.execute(db);
  await sql`create trigger reports_fts_insert after insert on reports begin
      insert into reports_fts(rowid, title, body) values (new.id, coalesce(new.title, ''), new.body); end`.execute(
    db,
  );
  await sql`create trigger reports_fts_delete after delete on reports begin
      insert into reports_fts(reports_fts, rowid, title, body) values ('delete', old.id, coalesce(old.title, ''), old.body); end`.execute(
    db,
  );
  await sql`create trigger reports_fts_update after update of title, body on reports begin
      insert into reports_fts(reports_fts, rowid, title, body) values ('delete', old.id, coalesce(old.title, ''), old.body);
      insert into reports_fts(rowid, title, body) values (new.id, coalesce(new.title, ''), new.body); end`.execute(
    db,
  );
  await sql`alter table remedies add column search_text text not null default ''`.execute(db);
  await sql`create virtual table remedies_fts using fts5(name, summary, body, tokenize='porter unicode61')`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop index remedies_search`.execute(db);
    await sql`alter table remedies drop column search`.execute(db);
    await sql`alter table remedies drop column search_text`.execute(db);
    await sql`drop index reports_search`.execute(db);
    await sql`alter table reports drop column search`.execute(db);
    return;
  }
  await sql`drop table remedies_fts`.execute(db);
  await sql`alter table remedies drop column search_text`.execute(db);
  for (const t of ['reports_fts_update', 'reports_fts_delete', 'reports_fts_insert'])
    await sql`drop trigger ${sql.raw(t)}`.execute(db);
  await sql`drop table reports_fts`.execute(db);
}
