import type { Kysely } from 'kysely';
import { type Db, isLostRace } from '../../db/database.js';
import type { DatabaseSchema } from '../../db/schema.js';

/** The database as the HTTP and CLI layers hold it: they open transactions, the domain works in them. */
export type Store = Kysely<DatabaseSchema>;

const ATTEMPTS = 4;

/**
 * Runs `work` in one transaction: everything it writes commits together or not at all. A
 * transaction that lost a race for a unique key (two sign-ups with one email, two editors saving
 * revision 7) is run again from the start, where its own checks now see the winner and answer as
 * they would have one request later. So `work` must write only to the database.
 */
export async function transaction<T>(store: Store, work: (trx: Db) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.transaction().execute(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isLostRace(error)) throw error;
    }
  }
}
