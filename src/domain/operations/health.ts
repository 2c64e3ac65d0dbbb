import type { Db } from '../../db/database.js';
import { dataVersion, ping } from '../../db/repositories/operations/operations.js';

/** Null when the database answers a trivial query, else why not (for /readyz). */
export async function checkDatabase(db: Db): Promise<string | null> {
  try {
    await ping(db);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Returns a function that says whether another process changed the database since it was last
 * asked (SQLite). Always false on PostgreSQL, where LISTEN/NOTIFY tells instances instead.
 */
export function changeWatcher(db: Db): () => Promise<boolean> {
  let last: number | null | undefined;
  return async () => {
    const now = await dataVersion(db);
    const changed = last !== undefined && now !== last;
    last = now;
    return changed;
  };
}
