import {
  type Kysely,
  type Migration,
  type MigrationResultSet,
  Migrator,
  NO_MIGRATIONS,
  sql,
} from 'kysely';
import { isPostgres } from './migrations/dialect.js';
import * as initial from './migrations/20261125T0000_initial.js';
import * as accounts from './migrations/20261125T0100_accounts.js';
import * as contributions from './migrations/20261125T0200_contributions.js';
import * as guestAuthors from './migrations/20261125T0300_guest_authors.js';
import * as search from './migrations/20261125T0400_search.js';
import * as insight from './migrations/20261125T0500_insight.js';
import * as helpfulOrder from './migrations/20261125T0600_helpful_order.js';
import * as legacyAuthors from './migrations/20261125T0700_legacy_authors.js';
import * as reportCards from './migrations/20261201T0000_report_cards.js';
import * as remedyPageVersion from './migrations/20261201T0100_remedy_page_version.js';
import * as remedyPageExamples from './migrations/20261201T0200_remedy_page_examples.js';
import * as reportEdits from './migrations/20261201T0300_report_edits.js';
import * as signups from './migrations/20261201T0400_signups.js';
import * as oneWord from './migrations/20261202T0000_one_word.js';
import * as optionalRatings from './migrations/20261202T0100_optional_ratings.js';
import * as reportTags from './migrations/20261202T0200_report_tags.js';
import * as privatePlaces from './migrations/20261203T0000_private_places.js';
import * as accountLinks from './migrations/20261203T0100_account_links.js';
import * as mail from './migrations/20261204T0000_mail.js';
import * as openReads from './migrations/20261205T0000_open_reads.js';
import * as openData from './migrations/20261205T0100_open_data.js';
import * as conditionDescriptions from './migrations/20261206T0000_condition_descriptions.js';

// Migrations are history: listed here in order, never edited once landed.
const migrations: Record<string, Migration> = {
  '20261125T0000_initial': initial,
  '20261125T0100_accounts': accounts,
  '20261125T0200_contributions': contributions,
  '20261125T0300_guest_authors': guestAuthors,
  '20261125T0400_search': search,
  '20261125T0500_insight': insight,
  '20261125T0600_helpful_order': helpfulOrder,
  '20261125T0700_legacy_authors': legacyAuthors,
  '20261201T0000_report_cards': reportCards,
  '20261201T0100_remedy_page_version': remedyPageVersion,
  '20261201T0200_remedy_page_examples': remedyPageExamples,
  '20261201T0300_report_edits': reportEdits,
  '20261201T0400_signups': signups,
  '20261202T0000_one_word': oneWord,
  '20261202T0100_optional_ratings': optionalRatings,
  '20261202T0200_report_tags': reportTags,
  '20261203T0000_private_places': privatePlaces,
  '20261203T0100_account_links': accountLinks,
  '20261204T0000_mail': mail,
  '20261205T0000_open_reads': openReads,
  '20261205T0100_open_data': openData,
  '20261206T0000_condition_descriptions': conditionDescriptions,
};

/** Every migration's name, oldest first. */
export const migrationNames = Object.keys(migrations);

async function migrator(db: Kysely<unknown>): Promise<Migrator> {
  // Kysely looks for its own tables in every schema unless told one; on PostgreSQL name the
  // connection's schema so databases sharing a server (tests, tenants) never see each other's.
  const migrationTableSchema = isPostgres(db)
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  return new Migrator({
    db,
    migrationTableSchema,
    provider: { getMigrations: async () => migrations },
  });
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
  return unwrap(await (await migrator(db as unknown as Kysely<unknown>)).migrateToLatest());
}

export async function migrateDownAll<T>(db: Kysely<T>): Promise<MigrationOutcome> {
  return unwrap(await (await migrator(db as unknown as Kysely<unknown>)).migrateTo(NO_MIGRATIONS));
}

/** Migrates up or down to the named migration (it stays applied). */
export async function migrateTo<T>(db: Kysely<T>, name: string): Promise<MigrationOutcome> {
  return unwrap(await (await migrator(db as unknown as Kysely<unknown>)).migrateTo(name));
}
