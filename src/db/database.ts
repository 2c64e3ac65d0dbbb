import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { DatabaseSchema } from './schema.js';
import type { PoolStats } from '../model/operations.js';

export type Dialect = 'sqlite' | 'postgres';
/** What repositories take first: the database or a transaction on it. */
export type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export interface Database {
  db: Kysely<DatabaseSchema>;
  dialect: Dialect;
  /** Where it lives, without credentials, for logs. */
  describe: string;
  /** Connections for /metrics: SQLite has one, in-process. */
  pool(): PoolStats;
  /** An online copy of a SQLite database (readers and writers carry on); null on PostgreSQL. */
  backup: ((file: string) => Promise<void>) | null;
  /**
   * PostgreSQL only: tell the other instances on this database that content changed, and hear
   * them (LISTEN/NOTIFY on a dedicated connection). Null on SQLite, where one file is one site.
   */
  changes: Changes | null;
  /**
   * SQLite only: a number that moves when another connection (another process on the file)
   * commits. Synchronous, so the page cache can ask on every hit; null on PostgreSQL.
   */
  dataVersion: (() => number) | null;
  close(): Promise<void>;
}

export interface Changes {
  notify(): Promise<void>;
  /** Calls `onChange` for every notification (also this instance's own); returns a stop function. */
  listen(onChange: () => void): Promise<() => Promise<void>>;
}

export interface OpenOptions {
  /** PostgreSQL only: use this schema (created if missing) instead of public; tests isolate runs so. */
  schema?: string;
  poolSize?: number;
}

export function dialectOf(url: string): Dialect {
  return url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  return dialectOf(url) === 'sqlite' ? openSqlite(url) : openPostgres(url, options);
}

/**
 * better-sqlite3 compiles every statement Kysely hands it; pages run the same few dozen queries
 * over and over, so compiled statements are kept by their SQL text (compiling was a sixth of a
 * page's time). Bulk statements with changing text are not worth keeping and age out.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

function openSqlite(url: string): Database {
  const path = url.slice('sqlite:'.length);
  // The database holds emails and password hashes: a new one is readable by its owner only
  // (SQLite gives its -wal and -shm files the same mode).
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  }
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  // Prepared once: the page cache reads it on every hit.
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  return {
    db,
    dialect: 'sqlite',
    describe: `sqlite:${path}`,
    pool: () => ({ size: 1, idle: 1, waiting: 0 }),
    backup: async (file) => {
      closeSync(openSync(file, 'wx', 0o600));
      await sqlite.backup(file);
    },
    changes: null,
    dataVersion: () => Number(dataVersion.get()),
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name: ${schema}`);
  }
  if (schema) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  const where = new URL(url);
  return {
    db,
    dialect: 'postgres',
    describe: `postgres://${where.host}${where.pathname}${schema ? ` (schema ${schema})` : ''}`,
    pool: () => ({ size: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    backup: null,
    changes: pgChanges(url, pool, `remedex_changes_${schema ?? 'public'}`),
    dataVersion: null,
    close: () => db.destroy(),
  };
}

function pgChanges(url: string, pool: pg.Pool, channel: string): Changes {
  return {
    notify: async () => {
      await pool.query('select pg_notify($1, $2)', [channel, String(process.pid)]);
    },
    listen: async (onChange) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel === channel) onChange();
      });
      // The channel name is ours (a schema name checked above), never input.
      await client.query(`LISTEN ${channel}`);
      return async () => {
        await client.end();
      };
    },
  };
}

/** Timestamps come back as Date from PostgreSQL and as ISO text from SQLite. */
export function toIso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * Whether a failed transaction lost a race that running it again would settle: a unique key
 * another transaction took first (PostgreSQL 23505, SQLite's UNIQUE or PRIMARY KEY constraint), a
 * serialization failure (40001) or a deadlock (40P01). A second run sees the winner's row.
 */
export function isLostRace(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return (
    code === '23505' ||
    code === '40001' ||
    code === '40P01' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
