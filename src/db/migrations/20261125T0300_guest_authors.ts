import type { Kysely } from 'kysely';

// Guests are counted by their (never shown) email: their approved posts give them a post count.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('reports_author_email')
    .on('reports')
    .columns(['author_email', 'status'])
    .execute();
  await db.schema
    .createIndex('replies_author_email')
    .on('replies')
    .columns(['author_email', 'status'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('replies_author_email').execute();
  await db.schema.dropIndex('reports_author_email').execute();
}
