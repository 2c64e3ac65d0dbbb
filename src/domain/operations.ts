import type { Db } from '../db/database.js';
import { ping } from '../db/repositories/operations.js';

/** Null when the database answers a trivial query, else why not (for /readyz). */
export async function checkDatabase(db: Db): Promise<string | null> {
  try {
    await ping(db);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
