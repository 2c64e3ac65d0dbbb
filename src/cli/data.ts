import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { buildOpenData } from '../domain/open/index.js';
import { UsageError, optionsAndFiles } from './args.js';
import { withDatabase } from './database.js';

/** `remedex data build`: the open data files, now (the job queue builds them every night too). */
export async function dataCommand(args: string[]): Promise<number> {
  const { files } = optionsAndFiles(args, {});
  if (files.length !== 1 || files[0] !== 'build') throw new UsageError('say `data build`');
  const config = loadConfig();
  return withDatabase(config.databaseUrl, async ({ db }) => {
    await migrateToLatest(db);
    const built = await buildOpenData(db, {
      minReports: config.insightMinReports,
      now: new Date(),
    });
    for (const f of built.files) console.log(`${f.name}: ${f.rows} rows, ${f.bytes} bytes`);
    console.log(`Open data built at ${built.builtAt}; served at /data.`);
    return 0;
  });
}
