import { type Kysely, sql } from 'kysely';
import { timestampType, withId } from './dialect.js';

// Contributing and moderating: structured report fields, side effects, follow-ups, report
// revisions, helpful votes, flags, safety triage results and the moderation log.
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  const reportColumns: [string, 'text' | 'integer' | 'real' | 'timestamp'][] = [
    ['author_email', 'text'], // guests' email: never shown
    ['dose_min', 'real'],
    ['dose_max', 'real'],
    ['dose_unit', 'text'],
    ['dose_frequency', 'text'],
    ['form', 'text'],
    ['brand', 'text'],
    ['taken_days', 'integer'],
    ['effect_days', 'integer'],
    ['outcome', 'text'],
    ['for_whom', 'text'],
    ['commercial_tie', 'text'],
    ['safety', 'text'], // JSON list of safety-rule matches
    ['editor_note', 'text'],
    ['choice_reason', 'text'],
    ['status_token', 'text'], // sha-256 of the link that shows a guest their report's status
    ['moderation_reason', 'text'],
    ['updated_at', 'timestamp'],
  ];
  for (const [name, type] of reportColumns) {
    const columnType =
      type === 'timestamp'
        ? ts
        : type === 'real'
          ? ts === 'text'
            ? 'real'
            : 'double precision'
          : type;
    await db.schema.alterTable('reports').addColumn(name, sql.raw(columnType)).execute();
  }
  await db.schema.createIndex('reports_pending').on('reports').columns(['status', 'id']).execute();

  for (const [name, type] of [
    ['author_email', 'text'],
    ['safety', 'text'],
    ['moderation_reason', 'text'],
  ] as const) {
    await db.schema.alterTable('replies').addColumn(name, type).execute();
  }
  await db.schema.createIndex('replies_pending').on('replies').columns(['status', 'id']).execute();

  await db.schema
    .alterTable('conditions')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .execute();
  await db.schema.alterTable('conditions').addColumn('redirect_to', 'integer').execute();

  await withId(db, db.schema.createTable('report_side_effects'))
    .addColumn('report_id', 'integer', (c) =>
      c.notNull().references('reports.id').onDelete('cascade'),
    )
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('severity', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('report_side_effects_report')
    .on('report_side_effects')
    .column('report_id')
    .execute();

  await withId(db, db.schema.createTable('follow_ups'))
    .addColumn('report_id', 'integer', (c) =>
      c.notNull().references('reports.id').onDelete('cascade'),
    )
    .addColumn('posted_at', ts, (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('safety', 'text')
    .execute();
  await db.schema
    .createIndex('follow_ups_report')
    .on('follow_ups')
    .columns(['report_id', 'status'])
    .execute();
  await db.schema
    .createIndex('follow_ups_pending')
    .on('follow_ups')
    .columns(['status', 'id'])
    .execute();

  await withId(db, db.schema.createTable('report_revisions'))
    .addColumn('report_id', 'integer', (c) =>
      c.notNull().references('reports.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_revisions_report')
    .on('report_revisions')
    .column('report_id')
    .execute();

  await db.schema
    .createTable('helpful_votes')
    .addColumn('report_id', 'integer', (c) =>
      c.notNull().references('reports.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('helpful_votes_pk', ['report_id', 'user_id'])
    .execute();

  await withId(db, db.schema.createTable('flags'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('resolved_at', ts)
    .execute();
  await db.schema
    .createIndex('flags_open')
    .on('flags')
    .columns(['resolved_at', 'target_type', 'target_id'])
    .execute();

  await withId(db, db.schema.createTable('moderation_actions'))
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c) => c.notNull()) // public wording, no private data
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('moderation_actions_created')
    .on('moderation_actions')
    .columns(['created_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'moderation_actions',
    'flags',
    'helpful_votes',
    'report_revisions',
    'follow_ups',
    'report_side_effects',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('replies_pending').execute();
  await db.schema.dropIndex('reports_pending').execute();
  await db.schema.alterTable('conditions').dropColumn('redirect_to').execute();
  await db.schema.alterTable('conditions').dropColumn('status').execute();
  for (const name of ['moderation_reason', 'safety', 'author_email'])
    await db.schema.alterTable('replies').dropColumn(name).execute();
  for (const name of [
    'updated_at',
    'moderation_reason',
    'status_token',
    'choice_reason',
    'editor_note',
    'safety',
    'commercial_tie',
    'for_whom',
    'outcome',
    'effect_days',
    'taken_days',
    'brand',
    'form',
    'dose_frequency',
    'dose_unit',
    'dose_max',
    'dose_min',
    'author_email',
  ]) {
    await db.schema.alterTable('reports').dropColumn(name).execute();
  }
}
