import type { Kysely } from 'kysely';
import { isPostgres, timestampType } from './dialect.js';

// The open data downloads, rebuilt nightly by the job queue: kept in the database (gzipped), so
// every instance serves the same files whichever of them built them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('open_data_files')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('built_at', timestampType(db), (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('open_data_files').execute();
}
