import type { Kysely } from 'kysely';
import { timestampType } from './dialect.js';

// A sign-up waits here until its email is confirmed: the form's answer is the same whether or not
// the address already has an account (so it tells no one who is a member), and the account is
// made only by whoever can read that mailbox.
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('signups')
    .addColumn('id', 'text', (c) => c.primaryKey()) // sha-256 of the emailed token
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('signups').execute();
}
