import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { writeCorpus } from '../demo/corpus.js';
import { options, positiveInt } from './args.js';
import { withDatabase } from './database.js';
import { progressBar } from './progress.js';

export async function corpusCommand(args: string[]): Promise<number> {
  const values = options(args, { reports: { type: 'string' }, seed: { type: 'string' } });
  const reports = positiveInt('reports', values.reports, 1_000_000);
  const seed = positiveInt('seed', values.seed, 1);
  const config = loadConfig();
  const bar = progressBar('reports', reports);
  const summary = await withDatabase(config.databaseUrl, async (d) => {
    await migrateToLatest(d.db);
    return writeCorpus(d.db, { reports, seed, onProgress: (n) => bar.update(n) });
  });
  console.log(JSON.stringify(summary));
  return 0;
}
