import { Redis } from 'ioredis';
import type { Database } from '../db/database.js';
import { changeWatcher } from '../domain/operations/index.js';
import type { AppDeps } from '../http/app.js';
import { PageCache } from '../http/page-cache.js';

// How soon a write by another process on the same SQLite file (a CLI import, a second server)
// reaches this process's cached pages; this process's own writes clear them at once.
const SQLITE_CHANGES_EVERY_MS = 50;

export interface InstanceOptions {
  pageCache: boolean;
  /** Shares rate limits between instances when set. */
  redisUrl: string | null;
  /** Keys of this site in Redis (tests give each run its own). */
  redisNameSpace?: string;
}

/**
 * What makes one process a good member of a group of instances: its page cache hears the others'
 * writes (PostgreSQL LISTEN/NOTIFY; SQLite's data_version for other processes on one file), and its
 * rate limits live in Redis when REDIS_URL is set. Returns the app's options and how to stop.
 */
export async function instanceOptions(
  database: Database,
  options: InstanceOptions,
): Promise<{ deps: Partial<AppDeps>; stop: () => Promise<void> }> {
  const stops: (() => Promise<void>)[] = [];
  const deps: Partial<AppDeps> = { pool: () => database.pool() };
  if (options.pageCache) {
    const cache = new PageCache();
    if (database.changes) {
      const changes = database.changes;
      let dirty = false;
      stops.push(await changes.listen(() => (dirty = true)));
      deps.pageCache = {
        cache,
        changed: () => {
          const was = dirty;
          dirty = false;
          return was;
        },
        onLocalWrite: () => void changes.notify(),
      };
    } else deps.pageCache = { cache, changed: changeWatcher(database, SQLITE_CHANGES_EVERY_MS) };
  }
  if (options.redisUrl) {
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
    await redis.connect();
    deps.redis = redis;
    deps.redisNameSpace = options.redisNameSpace ?? 'remedex-rate:';
    stops.push(async () => {
      await redis.quit();
    });
  }
  return {
    deps,
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
}
