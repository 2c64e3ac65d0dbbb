import type { Kysely } from 'kysely';
import { timestampType } from './dialect.js';

// Emailed single-use links of a member's account: confirming a new email address, and claiming
// the reports they once posted as a guest under an email. Only the token's hash is stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('account_links')
    .addColumn('id', 'text', (c) => c.primaryKey()) // sha-256 of the emailed token
    .addColumn('kind', 'text', (c) => c.notNull()) // 'email' or 'claim'
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('used_at', ts)
    .execute();
  await db.schema.createIndex('account_links_user').on('account_links').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('account_links').execute();
}
