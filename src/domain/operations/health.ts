import type { Database, Db } from '../../db/database.js';
import { ping } from '../../db/repositories/operations/operations.js';

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
 * asked (SQLite's data_version). Reading it takes a lock on the shared WAL index, which cost a
 * quarter of a cached page's throughput when read on every hit, so it is read at most once per
 * `everyMs`: another process's write reaches cached pages within that time. Always false on
 * PostgreSQL, where LISTEN/NOTIFY tells instances instead.
 */
export function changeWatcher(database: Pick<Database, 'dataVersion'>, everyMs = 0): () => boolean {
  const version = database.dataVersion;
  if (!version) return () => false;
  let last = version();
  let readAt = Date.now();
  return () => {
    if (everyMs > 0) {
      const now = Date.now();
      if (now - readAt < everyMs) return false;
      readAt = now;
    }
    const current = version();
    const changed = current !== last;
    last = current;
    return changed;
  };
}
