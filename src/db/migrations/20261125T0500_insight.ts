import { type Kysely, sql } from 'kysely';
import { isPostgres, timestampType } from './dialect.js';

// Insight: the facts each report states (entered by its author or extracted from its text), the
// numbers per remedy × condition precomputed from them on every write, and "not helpful" votes so
// report lists can sort by the Wilson lower bound of the helpful share.
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  const real = isPostgres(db) ? 'double precision' : 'real';
  await db.schema
    .createTable('report_facts')
    .addColumn('report_id', 'integer', (c) =>
      c.primaryKey().references('reports.id').onDelete('cascade'),
    )
    .addColumn('outcome', 'text')
    .addColumn('dose_band', 'text') // "mg:500" (a daily mass band) or "tbsp:1" (an amount as written)
    .addColumn('daily_mg_min', sql.raw(real))
    .addColumn('daily_mg_max', sql.raw(real))
    .addColumn('taken_days', sql.raw(real))
    .addColumn('effect_days', sql.raw(real))
    .addColumn('for_whom', 'text')
    .addColumn('sources', 'text', (c) => c.notNull()) // JSON: where each value came from, with spans
    .addColumn('extracted_at', sql.raw(ts), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('report_fact_side_effects')
    .addColumn('report_id', 'integer', (c) =>
      c.notNull().references('reports.id').onDelete('cascade'),
    )
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('severity', 'text')
    .addPrimaryKeyConstraint('report_fact_side_effects_pk', ['report_id', 'term'])
    .execute();
  await db.schema
    .createTable('insight_stats')
    .addColumn('remedy_id', 'integer', (c) =>
      c.notNull().references('remedies.id').onDelete('cascade'),
    )
    .addColumn('condition_id', 'integer', (c) => c.notNull())
    .addColumn('report_count', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull()) // JSON counts, see src/db/repositories/insight.ts
    .addPrimaryKeyConstraint('insight_stats_pk', ['remedy_id', 'condition_id'])
    .execute();
  await db.schema
    .alterTable('helpful_votes')
    .addColumn('helpful', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('reports')
    .addColumn('unhelpful_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('reports')
    .addColumn('helpful_score', sql.raw(real), (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('reports').dropColumn('helpful_score').execute();
  await db.schema.alterTable('reports').dropColumn('unhelpful_count').execute();
  await db.schema.alterTable('helpful_votes').dropColumn('helpful').execute();
  await db.schema.dropTable('insight_stats').execute();
  await db.schema.dropTable('report_fact_side_effects').execute();
  await db.schema.dropTable('report_facts').execute();
}
