import { type Kysely, sql } from 'kysely';
import { timestampType, withId } from './dialect.js';

// The first schema: everything the reading side of the site needs.
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);

  await withId(db, db.schema.createTable('users'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('location', 'text')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('post_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await withId(db, db.schema.createTable('conditions'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conditions_category')
    .on('conditions')
    .columns(['category', 'name'])
    .execute();

  await withId(db, db.schema.createTable('remedies'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('editors_choice', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('modified_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('remedies_status_name')
    .on('remedies')
    .columns(['status', 'name'])
    .execute();

  await withId(db, db.schema.createTable('citations'))
    .addColumn('remedy_id', 'integer', (c) =>
      c.notNull().references('remedies.id').onDelete('cascade'),
    )
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('url', 'text')
    .addUniqueConstraint('citations_remedy_key', ['remedy_id', 'key'])
    .execute();

  await withId(db, db.schema.createTable('remedy_uses'))
    .addColumn('remedy_id', 'integer', (c) =>
      c.notNull().references('remedies.id').onDelete('cascade'),
    )
    .addColumn('condition_id', 'integer', (c) => c.notNull().references('conditions.id'))
    .addColumn('evidence_level', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint('remedy_uses_pair', ['remedy_id', 'condition_id'])
    .execute();
  await db.schema
    .createIndex('remedy_uses_condition')
    .on('remedy_uses')
    .column('condition_id')
    .execute();

  await db.schema
    .createTable('remedy_use_citations')
    .addColumn('remedy_use_id', 'integer', (c) =>
      c.notNull().references('remedy_uses.id').onDelete('cascade'),
    )
    .addColumn('citation_id', 'integer', (c) =>
      c.notNull().references('citations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('remedy_use_citations_pk', ['remedy_use_id', 'citation_id'])
    .execute();

  await withId(db, db.schema.createTable('reports'))
    .addColumn('remedy_id', 'integer', (c) => c.notNull().references('remedies.id'))
    .addColumn('condition_id', 'integer', (c) => c.notNull().references('conditions.id'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('posted_at', ts, (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull().check(sql`rating between 1 and 5`))
    .addColumn('title', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('editors_choice', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('helpful_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Every public list of reports is "approved, newest first" within one of these prefixes, so each
  // page is an index range scan whose cost does not grow with the number of reports (id breaks
  // ties in the same order on both dialects).
  const reportIndexes: [string, string[]][] = [
    ['reports_remedy_condition', ['remedy_id', 'condition_id', 'status', 'posted_at', 'id']],
    [
      'reports_remedy_condition_rating',
      ['remedy_id', 'condition_id', 'status', 'rating', 'posted_at', 'id'],
    ],
    ['reports_condition', ['condition_id', 'status', 'posted_at', 'id']],
    ['reports_user', ['user_id', 'status', 'posted_at', 'id']],
    ['reports_latest', ['status', 'posted_at', 'id']],
  ];
  for (const [name, columns] of reportIndexes) {
    await db.schema.createIndex(name).on('reports').columns(columns).execute();
  }

  await withId(db, db.schema.createTable('replies'))
    .addColumn('report_id', 'integer', (c) =>
      c.notNull().references('reports.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('posted_at', ts, (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .execute();
  await db.schema
    .createIndex('replies_report')
    .on('replies')
    .columns(['report_id', 'status', 'posted_at'])
    .execute();
  await db.schema
    .createIndex('replies_user')
    .on('replies')
    .columns(['user_id', 'status'])
    .execute();

  await withId(db, db.schema.createTable('remedy_revisions'))
    .addColumn('remedy_id', 'integer', (c) =>
      c.notNull().references('remedies.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addUniqueConstraint('remedy_revisions_number', ['remedy_id', 'number'])
    .execute();

  await db.schema
    .createTable('report_tallies')
    .addColumn('remedy_id', 'integer', (c) =>
      c.notNull().references('remedies.id').onDelete('cascade'),
    )
    .addColumn('condition_id', 'integer', (c) => c.notNull().references('conditions.id'))
    .addColumn('report_count', 'integer', (c) => c.notNull())
    .addColumn('rating_sum', 'integer', (c) => c.notNull())
    .addColumn('rating_1', 'integer', (c) => c.notNull())
    .addColumn('rating_2', 'integer', (c) => c.notNull())
    .addColumn('rating_3', 'integer', (c) => c.notNull())
    .addColumn('rating_4', 'integer', (c) => c.notNull())
    .addColumn('rating_5', 'integer', (c) => c.notNull())
    .addColumn('last_posted_at', ts)
    .addPrimaryKeyConstraint('report_tallies_pk', ['remedy_id', 'condition_id'])
    .execute();
  await db.schema
    .createIndex('report_tallies_condition')
    .on('report_tallies')
    .column('condition_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'report_tallies',
    'remedy_revisions',
    'replies',
    'reports',
    'remedy_use_citations',
    'remedy_uses',
    'citations',
    'remedies',
    'conditions',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
