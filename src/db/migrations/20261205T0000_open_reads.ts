import type { Kysely } from 'kysely';

// The read API lists one remedy's reports across its conditions, newest first, a page at a time
// from a cursor: without this index the largest remedy sorted 70,000 rows per page. Digests and
// feeds read what was published since a moment.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('reports_remedy')
    .on('reports')
    .columns(['remedy_id', 'status', 'posted_at', 'id'])
    .execute();
  await db.schema
    .createIndex('reports_published')
    .on('reports')
    .columns(['status', 'published_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('reports_published').execute();
  await db.schema.dropIndex('reports_remedy').execute();
}
