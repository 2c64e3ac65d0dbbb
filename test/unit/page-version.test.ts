// The remedy page version's guards: pages keep what they read under (remedy, version), and the
// triggers that raise the version list by hand the columns of conditions and of reports the pages
// show. A column a page reads that is missing from those lists would leave pages stale.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { CONDITION_SHOWN } from '../../src/db/migrations/20261206T0000_condition_descriptions.js';
import { SHOWN as EXAMPLE_SHOWN } from '../../src/db/migrations/20261201T0200_remedy_page_examples.js';
import { listReportHighlights } from '../../src/db/repositories/reports/reports.js';
import type { DatabaseSchema } from '../../src/db/schema.js';

const list = (columns: string) => columns.split(',').map((c) => c.trim());

async function database() {
  const statements: string[] = [];
  const raw = new Database(':memory:', { verbose: (s) => statements.push(String(s)) });
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: raw }) });
  await migrateToLatest(db);
  return { db, raw, statements };
}

describe('the remedy page version triggers', () => {
  it('cover every column of conditions (the pages read them whole), or say why one changes no page', async () => {
    const { db, raw } = await database();
    // Columns of conditions the remedy pages never show, each with the reason.
    const notShown: Record<string, string> = {
      id: 'rows are found by it; it never changes',
      aliases: 'used by search and the condition picker, not shown on remedy pages',
      category: 'groups conditions on the conditions index, not on remedy pages',
      created_at: 'never shown',
    };
    const columns = (raw.prepare('pragma table_info(conditions)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.length).toBeGreaterThan(3);
    const missing = columns.filter((c) => !list(CONDITION_SHOWN).includes(c) && !(c in notShown));
    expect(
      missing,
      'add these to CONDITION_SHOWN in a new trigger migration, or to notShown',
    ).toEqual([]);
    await db.destroy();
  });

  it("cover every column of reports that a page's example reports are read with", async () => {
    const { db, statements } = await database();
    statements.length = 0;
    // As the pages ask for them (domain/reading/remedy-page.ts): the most helpful, by outcome.
    await listReportHighlights(db, {
      remedyId: 1,
      conditionId: 1,
      rating: null,
      outcome: 'helped',
      sort: 'helpful',
      offset: 0,
      limit: 2,
    });
    const read = new Set(
      statements.flatMap((s) => [...s.matchAll(/"r"\."(\w+)"/g)].map((m) => m[1]!)),
    );
    expect(read.size).toBeGreaterThan(4);
    const missing = [...read].filter((c) => !list(EXAMPLE_SHOWN).includes(c) && c !== 'id');
    expect(missing, 'add these to SHOWN in a new trigger migration').toEqual([]);
    await db.destroy();
  });
});
