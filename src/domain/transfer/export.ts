// Export of a whole site as JSON Lines: one header line, then one line per row, table by table.
import { FORMAT, FORMAT_VERSION, TABLES } from './format.js';
import type { Db } from '../../db/database.js';
import { type Row, readRows } from '../../db/repositories/transfer/transfer.js';

// Export

/** Every line of the export, read in batches (constant memory whatever the site's size). */
export async function* exportLines(
  db: Db,
  now: Date,
  batch = 1000,
  /** Whether emails and places as typed go in too (a site move); otherwise they are null. */
  includePrivate = false,
): AsyncGenerator<string, void, undefined> {
  yield JSON.stringify({ type: FORMAT, version: FORMAT_VERSION, exported_at: now.toISOString() });
  for (const table of TABLES) {
    if (table.privateTable && !includePrivate) continue;
    const columns = Object.keys(table.columns);
    let after: Row | null = null;
    for (;;) {
      const rows = await readRows(db, table.name, columns, table.key, after, batch);
      for (const row of rows) {
        if (!includePrivate) for (const c of table.private ?? []) row[c] = null;
        yield JSON.stringify({ type: table.name, row });
      }
      if (rows.length < batch) break;
      after = rows[rows.length - 1] ?? null;
    }
  }
}
