import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../../database.js';

export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * A number that changes when another connection commits (SQLite's data_version); null on
 * PostgreSQL, where instances tell each other with NOTIFY instead.
 */
export async function dataVersion(db: Db): Promise<number | null> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return null;
  const row = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return Number(row.rows[0]?.data_version ?? 0);
}
