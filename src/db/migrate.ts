import {
  type Kysely,
  type Migration,
  type MigrationResultSet,
  Migrator,
  NO_MIGRATIONS,
} from 'kysely';
import * as initial from './migrations/20261125T0000_initial.js';

// Migrations are history: listed here in order, never edited once landed.
const migrations: Record<string, Migration> = {
  '20261125T0000_initial': initial,
};

function migrator(db: Kysely<unknown>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export interface MigrationOutcome {
  applied: string[];
}

function unwrap(result: MigrationResultSet): MigrationOutcome {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`migration ${failed ?? '(unknown)'} failed: ${reason}`);
  }
  return {
    applied: (result.results ?? [])
      .filter((r) => r.status === 'Success')
      .map((r) => r.migrationName),
  };
}

export async function migrateToLatest<T>(db: Kysely<T>): Promise<MigrationOutcome> {
  return unwrap(await migrator(db as unknown as Kysely<unknown>).migrateToLatest());
}

export async function migrateDownAll<T>(db: Kysely<T>): Promise<MigrationOutcome> {
  return unwrap(await migrator(db as unknown as Kysely<unknown>).migrateTo(NO_MIGRATIONS));
}
