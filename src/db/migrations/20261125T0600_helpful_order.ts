import type { Kysely } from 'kysely';

// "Most helpful" lists (and the most helpful reports quoted in "what people are saying") read a
// pair's reports by helpful score; without this index the largest pair sorted 20,000 rows per view.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('reports_pair_helpful')
    .on('reports')
    .columns(['remedy_id', 'condition_id', 'status', 'helpful_score', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('reports_pair_helpful').execute();
}
