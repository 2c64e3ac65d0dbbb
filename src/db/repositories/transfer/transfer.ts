import { PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { Db } from '../../database.js';

// Generic reads and writes for export and import. Table and column names come from the fixed list
// in src/domain/transfer/format.ts, never from input; values always travel as parameters.

export type Row = Record<string, unknown>;

const isPg = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;
const refs = (names: readonly string[]) => sql.join(names.map((n) => sql.ref(n)));

function plain(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    // PostgreSQL hands back timestamptz as Date and 64-bit counts as strings.
    out[k] = v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : v;
  }
  return out;
}

/** One batch of a table in key order, after the given row's key (keyset paging). */
export async function readRows(
  db: Db,
  table: string,
  columns: readonly string[],
  key: readonly string[],
  after: Row | null,
  limit: number,
): Promise<Row[]> {
  const where: RawBuilder<unknown> = after
    ? sql`where (${refs(key)}) > (${sql.join(key.map((k) => sql`${after[k]}`))})`
    : sql``;
  const result = await sql<Row>`select ${refs(columns)} from ${sql.table(table)} ${where}
    order by ${refs(key)} limit ${limit}`.execute(db);
  return result.rows.map(plain);
}

/** Inserts rows, leaving alone any whose key is already there; returns how many were written. */
export async function insertRows(
  db: Db,
  table: string,
  key: readonly string[],
  rows: readonly Row[],
): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const columns = Object.keys(first);
  return insertRowsJson(
    db,
    table,
    columns,
    key,
    JSON.stringify(rows.map((r) => columns.map((c) => r[c] ?? null))),
  );
}

/**
 * Inserts rows given as a JSON list of value lists in `columns` order. The batch travels as one
 * parameter and the database unpacks it: one short statement per batch instead of one parameter
 * per value.
 */
export async function insertRowsJson(
  db: Db,
  table: string,
  columns: readonly string[],
  key: readonly string[],
  json: string,
): Promise<number> {
  const result = isPg(db)
    ? await sql`insert into ${sql.table(table)} (${refs(columns)})
        select ${refs(columns)} from json_populate_recordset(null::${sql.table(table)},
          (select json_agg(json_build_object(${sql.join(
            columns.flatMap((c, i) => [sql.lit(c), sql`r.value->${sql.lit(i)}`]),
          )})) from json_array_elements(${json}::json) r))
        on conflict (${refs(key)}) do nothing`.execute(db)
    : await sql`insert into ${sql.table(table)} (${refs(columns)})
        select ${sql.join(columns.map((_, i) => sql`value ->> ${sql.lit(i)}`))} from json_each(${json})
        where true on conflict (${refs(key)}) do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Which of these ids exist in a table (with an `id` key). */
export async function existingKeys(
  db: Db,
  table: string,
  ids: readonly number[],
): Promise<Set<number>> {
  const found = new Set<number>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const result = await sql<{ id: number }>`select id from ${sql.table(table)}
      where id in (${sql.join(chunk)})`.execute(db);
    for (const r of result.rows) found.add(Number(r.id));
  }
  return found;
}

/** Which of these values a table's unique column already holds, with the id holding each. */
export async function existingValues(
  db: Db,
  table: string,
  column: string,
  values: readonly string[],
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values.slice(i, i + 500);
    if (chunk.length === 0) continue;
    const result = await sql<{ id: number; value: string }>`select id, ${sql.ref(column)} as value
      from ${sql.table(table)} where ${sql.ref(column)} in (${sql.join(chunk)})`.execute(db);
    for (const r of result.rows) found.set(r.value, Number(r.id));
  }
  return found;
}

/** PostgreSQL identities continue after the largest imported id (SQLite needs nothing). */
export async function resetIdentities(db: Db, tables: readonly string[]): Promise<void> {
  if (!isPg(db)) return;
  for (const table of tables) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'),
      coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
  }
}

/** Reports with no facts yet (imported from a file without them), oldest first. */
export async function reportsWithoutFacts(db: Db, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('reports as r')
    .leftJoin('report_facts as f', 'f.report_id', 'r.id')
    .select('r.id')
    .where('f.report_id', 'is', null)
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * SQLite bulk loads: drops the secondary indexes and triggers of these tables and returns how to
 * create them again. Building an index once over a million rows is several times faster than
 * updating it per row, and the report-card triggers would raise the version of cards no one has
 * rendered yet. Inside the caller's transaction, so a failed load leaves everything as it was.
 */
export async function suspendIndexes(
  db: Db,
  tables: readonly string[],
): Promise<() => Promise<void>> {
  if (isPg(db)) return async () => {};
  const indexes = (
    await sql<{ type: string; name: string; sql: string }>`select type, name, sql from sqlite_master
      where type in ('index', 'trigger') and sql is not null and tbl_name in (${sql.join(tables)})`.execute(
      db,
    )
  ).rows;
  for (const index of indexes)
    await sql`drop ${sql.raw(index.type === 'index' ? 'index' : 'trigger')} ${sql.ref(index.name)}`.execute(
      db,
    );
  return async () => {
    for (const index of indexes) await sql.raw(index.sql).execute(db);
  };
}
