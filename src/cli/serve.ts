import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { isEmptySite } from '../domain/transfer/index.js';
import { warmReaders } from '../domain/safety/index.js';
import { reindexAll } from '../domain/search/index.js';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import { type DemoSummary, loadDemo } from '../demo/load.js';
import { buildApp } from '../http/app.js';
import { instanceOptions } from './instance.js';
import { options } from './args.js';
import { startJobWorker } from '../http/jobs.js';

export interface Prepared {
  applied: string[];
  demo: DemoSummary | null;
}

/** Brings the schema up to date; a site with no content gets the demo when `demoContent` is on. */
export async function prepareSite(
  db: Kysely<DatabaseSchema>,
  demoContent: boolean,
): Promise<Prepared> {
  const { applied } = await migrateToLatest(db);
  // A site upgraded to the search migration gets its remedies indexed once.
  if (applied.includes('20261125T0400_search') && !(await isEmptySite(db)))
    await db.transaction().execute((trx) => reindexAll(trx));
  const demo = demoContent && (await isEmptySite(db)) ? await loadDemo(db) : null;
  return { applied, demo };
}

/** Migrates, fills a new database with the demo content (unless DEMO_CONTENT=off), then serves. */
export async function serveCommand(args: string[]): Promise<number> {
  options(args, {});
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl);
  const instance = await instanceOptions(database, {
    pageCache: config.pageCache,
    redisUrl: config.redisUrl,
  });
  const app = await buildApp({
    db: database.db,
    logger: { level: config.logLevel },
    settings: config,
    mail: { smtpUrl: config.smtpUrl, from: config.mailFrom },
    trustProxy: config.trustProxy,
    ...instance.deps,
  });
  try {
    const prepared = await prepareSite(database.db, config.demoContent);
    if (prepared.applied.length > 0)
      app.log.info({ applied: prepared.applied }, 'migrated the database');
    if (prepared.demo) app.log.info(prepared.demo, 'new database: loaded the demo content');
    warmReaders();
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await instance.stop();
    await database.close();
    throw error;
  }
  const stopWorker = startJobWorker(database.db, config, app.log);
  app.log.info(
    `Remedex is serving ${database.describe} on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
  );

  // In-flight requests finish, then the database closes cleanly.
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      app.log.info({ signal }, 'shutting down');
      void stopWorker()
        .then(() => app.close())
        .then(() => instance.stop())
        .then(() => database.close())
        .then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
