import type { Kysely } from 'kysely';
import type { Db } from '../db/database.js';
import type { DatabaseSchema } from '../db/schema.js';

/** The database as the HTTP and CLI layers hold it: they open transactions, the domain works in them. */
export type Store = Kysely<DatabaseSchema>;

/** Runs `work` in one transaction: everything it writes commits together or not at all. */
export function transaction<T>(store: Store, work: (trx: Db) => Promise<T>): Promise<T> {
  return store.transaction().execute(work);
}
