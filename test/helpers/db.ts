import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Database, type Dialect, openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { type DemoSummary, loadDemo } from '../../src/demo/load.js';

// Every integration test runs once per dialect against a real database: SQLite in memory and
// PostgreSQL at TEST_DATABASE_URL (default: the local `test` database), each file in a schema of
// its own so parallel files and concurrent runs never collide.
export const POSTGRES_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CI = process.env.CI === 'true' || process.env.CI === '1';

async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresProblem = await postgresReachable();
if (postgresProblem) {
  if (CI)
    throw new Error(
      `PostgreSQL is required under CI but unreachable at ${POSTGRES_URL}: ${postgresProblem}`,
    );
  console.warn(
    `\n!!! PostgreSQL unreachable (${postgresProblem}): PostgreSQL tests are SKIPPED. CI would fail.\n`,
  );
}

export const dialects: Dialect[] = postgresProblem ? ['sqlite'] : ['sqlite', 'postgres'];

export interface TestDatabase {
  database: Database;
  drop(): Promise<void>;
}

/** A new, empty database of the given dialect (not migrated). */
export async function freshDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const database = await openDatabase('sqlite::memory:');
    return { database, drop: () => database.close() };
  }
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const database = await openDatabase(POSTGRES_URL, { schema, poolSize: 4 });
  return {
    database,
    drop: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

export interface DemoSite {
  database: Database;
  demo: DemoSummary;
}

/**
 * `describe` once per dialect with a migrated database holding the demo content, shared by the
 * tests inside (they only read, or clean up what they add).
 */
export function describeEachDialect(
  name: string,
  body: (site: () => DemoSite, dialect: Dialect) => void,
): void {
  for (const dialect of dialects) {
    describe(`${name} [${dialect}]`, () => {
      let test: TestDatabase;
      let site: DemoSite;
      beforeAll(async () => {
        test = await freshDatabase(dialect);
        await migrateToLatest(test.database.db);
        site = { database: test.database, demo: await loadDemo(test.database.db) };
      });
      afterAll(async () => {
        await test?.drop();
      });
      body(() => site, dialect);
    });
  }
}

/**
 * A database that another process can open too, by URL: a SQLite file in `dir`, or a PostgreSQL
 * schema named in the URL's search_path. `close` also drops the schema.
 */
export async function sharedSite(
  dialect: Dialect,
  dir: string,
  prefix: string,
): Promise<{ url: string; database: Database; close(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const url = `sqlite:${dir}/site.db`;
    const database = await openDatabase(url);
    return { url, database, close: () => database.close() };
  }
  const schema = `${prefix}_${process.pid}_${Date.now() % 100000}`;
  const database = await openDatabase(POSTGRES_URL, { schema, poolSize: 2 });
  return {
    url: `${POSTGRES_URL}?options=-c%20search_path%3D${schema}`,
    database,
    close: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
