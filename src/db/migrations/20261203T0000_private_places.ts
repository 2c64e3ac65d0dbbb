import { type Kysely, sql } from 'kysely';
import { coarsePlace } from '../../model/privacy.js';

// What a person typed as their place stays private (`location_typed`); `location` holds only the
// coarse place that is published (src/model/privacy.ts). Existing places are coarsened here, one
// distinct value at a time, so a large site costs as many updates as it has different places.
const TABLES = ['users', 'reports', 'replies', 'signups'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.alterTable(table).addColumn('location_typed', 'text').execute();
    await sql`update ${sql.table(table)} set location_typed = location`.execute(db);
    const { rows } = await sql<{ location: string }>`
      select distinct location from ${sql.table(table)} where location is not null`.execute(db);
    for (const { location } of rows) {
      const shown = coarsePlace(location);
      if (shown === location) continue;
      await sql`update ${sql.table(table)} set location = ${shown}
        where location = ${location}`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await sql`update ${sql.table(table)} set location = location_typed`.execute(db);
    await db.schema.alterTable(table).dropColumn('location_typed').execute();
  }
}
