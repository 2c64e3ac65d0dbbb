import type { Kysely } from 'kysely';

// Authors imported from an older site keep the post count that site showed for them: their
// public count is the larger of it and the posts they have here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('legacy_post_count', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('legacy_post_count').execute();
}
