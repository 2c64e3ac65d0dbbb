import type { Kysely } from 'kysely';
import { timestampType } from './dialect.js';

// An edit of a published report that waits for a moderator (its author is not yet trusted, or the
// new text trips the link or safety rules). The published text stays as it is meanwhile; one
// waiting edit per report, a newer one replacing it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('report_edits')
    .addColumn('report_id', 'integer', (c) =>
      c.primaryKey().references('reports.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('safety', 'text')
    .addColumn('created_at', timestampType(db), (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_edits').execute();
}
