import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { loadDemo } from '../demo/load.js';
import { options } from './args.js';

export async function withDatabase<T>(
  url: string,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(url);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export async function migrateCommand(args: string[]): Promise<number> {
  options(args, {});
  const config = loadConfig();
  const { applied } = await withDatabase(config.databaseUrl, (d) => migrateToLatest(d.db));
  console.log(
    applied.length === 0 ? 'The database schema is up to date.' : `Applied: ${applied.join(', ')}`,
  );
  return 0;
}

export async function demoCommand(args: string[]): Promise<number> {
  options(args, {});
  const config = loadConfig();
  const summary = await withDatabase(config.databaseUrl, async (d) => {
    await migrateToLatest(d.db);
    return loadDemo(d.db);
  });
  console.log(
    `Loaded the demo: ${summary.remedies} remedies, ${summary.conditions} conditions, ${summary.authors} authors, ${summary.reports} reports.`,
  );
  return 0;
}
