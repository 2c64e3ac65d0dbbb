import { existsSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { UsageError, optionsAndFiles } from './args.js';

/** An online backup of the SQLite database into FILE; on PostgreSQL, how to use pg_dump instead. */
export async function backupCommand(args: string[]): Promise<number> {
  const { files } = optionsAndFiles(args, {});
  const [file, ...extra] = files;
  if (!file || extra.length > 0) throw new UsageError('name the backup file to write');
  if (existsSync(file)) throw new UsageError(`${file} exists already; choose a new name`);
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl);
  try {
    if (!database.backup) {
      console.error(
        'remedex backup copies SQLite databases. For PostgreSQL use pg_dump, for example:\n' +
          '  pg_dump --format=custom --file=remedex.dump "$DATABASE_URL"\n' +
          'and pg_restore to bring it back (see docs/OPERATIONS.md).',
      );
      return 1;
    }
    const started = Date.now();
    await database.backup(file);
    console.log(
      `Backed up ${database.describe} to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s (the site kept running).`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
