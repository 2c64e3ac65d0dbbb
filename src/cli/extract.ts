import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { reextractAll } from '../domain/insight/index.js';
import { options } from './args.js';
import { withDatabase } from './database.js';
import { progressBar } from './progress.js';

/**
 * Re-reads the facts of every report (after the extractor improved) and rebuilds every remedy ×
 * condition's numbers, in one transaction: readers see the old numbers or the new, never a mix.
 */
export async function extractCommand(args: string[]): Promise<number> {
  options(args, {});
  const config = loadConfig();
  let count = 0;
  await withDatabase(config.databaseUrl, async (d) => {
    await migrateToLatest(d.db);
    let bar: ReturnType<typeof progressBar> | null = null;
    count = await d.db.transaction().execute((trx) =>
      reextractAll(trx, (done, total) => {
        bar ??= progressBar('read', total);
        bar.update(done);
      }),
    );
  });
  console.log(`Extraction ran again over ${count} reports; every remedy's numbers are rebuilt.`);
  return 0;
}
