import { type Kysely, sql } from 'kysely';
import { timestampType, withId } from './dialect.js';

// Mail that brings people back: a durable job queue, who may be mailed (confirmed addresses,
// preferences, unsubscribes), what members follow, and the signed links that work once.
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  // Members who signed up through the emailed link, or were made by an operator, are confirmed;
  // accounts imported from another site are not until the person confirms.
  await db.schema.alterTable('users').addColumn('email_confirmed_at', ts).execute();
  await sql`update users set email_confirmed_at = created_at
    where email is not null and password_hash is not null`.execute(db);
  for (const column of ['notify_moderation', 'notify_replies', 'notify_follow_ups'])
    await db.schema
      .alterTable('users')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  // A guest asks for mail about one report only, by ticking the box on its form.
  await db.schema
    .alterTable('reports')
    .addColumn('follow_up_mail', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Digests take the reports published since the last one, whenever they were written.
  await db.schema.alterTable('reports').addColumn('published_at', ts).execute();
  await sql`update reports set published_at = posted_at where status = 'approved'`.execute(db);

  await withId(db, db.schema.createTable('jobs'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    // A job that must exist once (the 30-day mail of report 12) names itself; others leave it null.
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('run_at', ts, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // queued, running, done, failed
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', ts)
    .addColumn('last_error', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('finished_at', ts)
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();

  // Guests' addresses confirmed by a link (members' are on users).
  await db.schema
    .createTable('guest_addresses')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('confirmed_at', ts, (c) => c.notNull())
    .execute();
  // One-click unsubscribes (RFC 8058): nothing more is sent to these addresses.
  await db.schema
    .createTable('unsubscribes')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('follows'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('remedy_id', 'integer', (c) => c.references('remedies.id').onDelete('cascade'))
    .addColumn('condition_id', 'integer', (c) => c.references('conditions.id').onDelete('cascade'))
    .addColumn('frequency', 'text', (c) => c.notNull()) // daily, weekly
    .addColumn('created_at', ts, (c) => c.notNull())
    // New reports after this moment go in the next digest.
    .addColumn('digested_until', ts, (c) => c.notNull())
    .execute();
  // Nulls are distinct in unique indexes on both databases, so the pair key uses 0 for "any".
  await sql`create unique index follows_target on follows
    (user_id, coalesce(remedy_id, 0), coalesce(condition_id, 0))`.execute(db);

  // A signed link that works once (the "did it last?" answer) is spent here, by its nonce.
  await db.schema
    .createTable('spent_links')
    .addColumn('nonce', 'text', (c) => c.primaryKey())
    .addColumn('used_at', ts, (c) => c.notNull())
    .execute();
  // The key that signs emailed links, made once and shared by every instance on this database.
  await db.schema
    .createTable('site_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'site_secrets',
    'spent_links',
    'follows',
    'unsubscribes',
    'guest_addresses',
    'jobs',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('reports').dropColumn('published_at').execute();
  await db.schema.alterTable('reports').dropColumn('follow_up_mail').execute();
  for (const column of [
    'notify_follow_ups',
    'notify_replies',
    'notify_moderation',
    'email_confirmed_at',
  ])
    await db.schema.alterTable('users').dropColumn(column).execute();
}
