import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { reindexAll } from '../domain/search/index.js';
import { options } from './args.js';
import { withDatabase } from './database.js';
import { progressBar } from './progress.js';

/** Rebuilds the search index of every remedy and report, in one transaction. */
export async function reindexCommand(args: string[]): Promise<number> {
  options(args, {});
  const config = loadConfig();
  await withDatabase(config.databaseUrl, async (d) => {
    await migrateToLatest(d.db);
    let bar: ReturnType<typeof progressBar> | null = null;
    await d.db.transaction().execute((trx) =>
      reindexAll(trx, (done, total) => {
        bar ??= progressBar('indexed', total);
        bar.update(done);
      }),
    );
  });
  console.log('The search index is rebuilt.');
  return 0;
}
