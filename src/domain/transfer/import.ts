// Writing checked lines into the site in batches, then rebuilding everything derived.
import {
  type CheckedLine,
  type ImportResult,
  type LineProblem,
  checkLines,
  ImportRefused,
} from './check.js';
import { type TableSpec, byName, TABLES } from './format.js';
import { coarsePlace } from '../../model/privacy.js';
import type { Db } from '../../db/database.js';
import {
  existingKeys,
  existingValues,
  insertRowsJson,
  reportsWithoutFacts,
  resetIdentities,
  suspendIndexes,
} from '../../db/repositories/transfer/transfer.js';
import { rebuildInsight } from '../../db/repositories/insight/insight.js';
import { rebuildTallies } from '../../db/repositories/reading/tallies.js';
import { recountPostCounts } from '../../db/repositories/accounts/users.js';
import { refreshFacts } from '../insight/index.js';
import { reindexAll } from '../search/index.js';
import { wilson } from '../common/index.js';
import { resumeReportIndex, suspendReportIndex } from '../../search/index.js';

const BATCH = 500;

/**
 * Rows of one table ready to write: serialized as a JSON list of value lists (the form the
 * database unpacks), with the ids they refer to, so the writer does no parsing of its own.
 */
export interface RowBatch {
  kind: 'batch';
  table: string;
  columns: string[];
  lines: number[];
  json: string;
  /** For each reference column, each row's id (or null). */
  refs: Record<string, (number | null)[]>;
}
export type ImportItem =
  RowBatch | (CheckedLine & { kind: 'problem' }) | { kind: 'end'; lines: number };

/** Groups checked lines into batches per table (run beside checkLines, in the worker). */
export async function* batchLines(checked: AsyncIterable<CheckedLine>): AsyncGenerator<ImportItem> {
  let table: TableSpec | null = null;
  let columns: string[] = [];
  let rows: unknown[][] = [];
  let lines: number[] = [];
  let refs: Record<string, (number | null)[]> = {};
  let last = 0;
  const flush = (): RowBatch | null => {
    if (!table || rows.length === 0) return null;
    const batch: RowBatch = {
      kind: 'batch',
      table: table.name,
      columns,
      lines,
      json: JSON.stringify(rows),
      refs,
    };
    rows = [];
    lines = [];
    refs = Object.fromEntries(Object.keys(table.refs).map((c) => [c, []]));
    return batch;
  };
  for await (const c of checked) {
    last = c.line;
    if (c.kind === 'problem') {
      yield c;
      if (c.fatal) break;
      continue;
    }
    if (c.kind !== 'row') continue;
    const spec = byName.get(c.table)!;
    if (spec !== table) {
      const done = flush();
      if (done) yield done;
      table = spec;
      // Helpful scores are derived: computed here, the same way on every database.
      columns = [
        ...Object.keys(spec.columns),
        ...(spec.name === 'reports' ? ['helpful_score'] : []),
      ];
      refs = Object.fromEntries(Object.keys(spec.refs).map((col) => [col, []]));
    }
    const row = c.row;
    // A file from an older Remedex, or written by hand, may hold a full address: what is
    // published is derived again here, and what was typed stays private.
    if ('location' in spec.columns) {
      const typed = (row.location_typed ?? row.location ?? null) as string | null;
      Object.assign(row, { location: coarsePlace(typed), location_typed: typed });
    }
    if (spec.name === 'reports') {
      const helpful = Number(row.helpful_count ?? 0);
      row.helpful_score = wilson(helpful, helpful + Number(row.unhelpful_count ?? 0)).low;
    }
    rows.push(columns.map((col) => row[col] ?? null));
    lines.push(c.line);
    for (const col of Object.keys(spec.refs))
      refs[col]!.push(typeof row[col] === 'number' ? (row[col] as number) : null);
    if (rows.length >= BATCH) yield flush()!;
  }
  const done = flush();
  if (done) yield done;
  yield { kind: 'end', lines: last };
}

/** Indexes, in a batch, of rows naming a row the site does not have (each problem recorded). */
async function badReferences(
  db: Db,
  table: TableSpec,
  item: RowBatch,
  problems: LineProblem[],
): Promise<Set<number>> {
  const bad = new Set<number>();
  // Every reference must name a row already in the site (or earlier in the file).
  for (const [column, target] of Object.entries(table.refs)) {
    const values = item.refs[column] ?? [];
    const wanted = [...new Set(values.filter((v): v is number => v !== null))];
    if (wanted.length === 0) continue;
    const found = await existingKeys(db, target, wanted);
    values.forEach((v, i) => {
      if (v !== null && !found.has(v)) {
        bad.add(i);
        problems.push({
          line: item.lines[i]!,
          reason: `${table.name}.${column} ${v} names no row of ${target} in the site or earlier in the file`,
        });
      }
    });
  }
  return bad;
}

/** Adds to `bad` the rows whose unique value (an email, a slug) the site has under another id. */
async function takenValues(
  db: Db,
  table: TableSpec,
  item: RowBatch,
  bad: Set<number>,
  problems: LineProblem[],
): Promise<void> {
  const uniqueRows = table.unique ? (JSON.parse(item.json) as unknown[][]) : [];
  for (const column of table.unique ?? []) {
    const at = item.columns.indexOf(column);
    const values = uniqueRows.map((r) => r[at]);
    const ids = uniqueRows.map((r) => r[item.columns.indexOf('id')]);
    const taken = await existingValues(
      db,
      table.name,
      column,
      values.filter((v): v is string => typeof v === 'string'),
    );
    values.forEach((v, i) => {
      const owner = typeof v === 'string' ? taken.get(v) : undefined;
      if (owner !== undefined && owner !== ids[i]) {
        bad.add(i);
        problems.push({
          line: item.lines[i]!,
          reason: `${table.name}.${column} "${String(v)}" already belongs to ${table.name} ${owner} in the site`,
        });
      }
    });
  }
}

/** Writes a batch's good rows; returns how many were new, or null when none was left to write. */
async function writeBatch(
  db: Db,
  table: TableSpec,
  item: RowBatch,
  bad: Set<number>,
  problems: LineProblem[],
): Promise<number | null> {
  // Good rows are written even after a problem, so later lines are checked against them; without
  // --skip-invalid the caller's transaction is rolled back at the end.
  let json = item.json;
  if (bad.size > 0) {
    const kept = (JSON.parse(json) as unknown[][]).filter((_, i) => !bad.has(i));
    json = kept.length > 0 ? JSON.stringify(kept) : '';
  }
  if (!json) return null;
  try {
    return await insertRowsJson(db, table.name, item.columns, table.key, json);
  } catch (error) {
    // The checks above should leave nothing for the database to refuse; if it still does,
    // say where, and write nothing (the caller's transaction rolls back).
    const first = item.lines[0] ?? 0;
    const last = item.lines[item.lines.length - 1] ?? first;
    throw new ImportRefused([
      ...problems,
      {
        line: first,
        reason: `${table.name}: the database refused a row on lines ${first}–${last}: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
}

/**
 * Imports lines into the site, inside the caller's transaction. With `skipInvalid` bad lines are
 * left out and reported; without it any bad line means ImportRefused, and the caller's transaction
 * rolls back so nothing is written. Rows whose key the site already has are left alone, so
 * importing the same file twice changes nothing. The lines may come already checked and batched
 * (from a worker thread, see src/cli/import-worker.ts).
 */
export async function importLines(
  db: Db,
  lines: AsyncIterable<string> | { batches: AsyncIterable<ImportItem> },
  options: {
    skipInvalid: boolean;
    onProgress?: (lines: number) => void;
    /** Told as each rebuild after the rows begins (they take a while on large sites). */
    onPhase?: (phase: string) => void;
    /** Leave reports without facts for `remedex extract` (0.4 ms a report) instead of now. */
    deferExtraction?: boolean;
    keepRoles?: boolean;
  },
): Promise<ImportResult> {
  const result: ImportResult = { read: {}, written: {}, problems: [] };
  // The search index and the big tables' indexes are rebuilt once at the end, not row by row.
  await suspendReportIndex(db);
  const restoreIndexes = await suspendIndexes(db, ['reports', 'replies', 'report_facts']);
  const items =
    'batches' in lines
      ? lines.batches
      : batchLines(checkLines(lines, { keepRoles: options.keepRoles ?? false }));
  let number = 0;
  let progress = 0;
  for await (const item of items) {
    if (item.kind === 'end') {
      number = item.lines;
      break;
    }
    if (item.kind === 'problem') {
      result.problems.push({ line: item.line, reason: item.reason });
      continue;
    }
    const table = byName.get(item.table)!;
    result.read[table.name] = (result.read[table.name] ?? 0) + item.lines.length;
    const bad = await badReferences(db, table, item, result.problems);
    await takenValues(db, table, item, bad, result.problems);
    const written = await writeBatch(db, table, item, bad, result.problems);
    if (written !== null) result.written[table.name] = (result.written[table.name] ?? 0) + written;
    const last = item.lines[item.lines.length - 1] ?? 0;
    if (last - progress >= 10000) {
      progress = last;
      options.onProgress?.(last);
    }
  }
  result.problems.sort((a, b) => a.line - b.line);
  options.onProgress?.(number);
  if (number === 0) result.problems.push({ line: 1, reason: 'the file is empty' });
  if (result.problems.length > 0 && !options.skipInvalid) throw new ImportRefused(result.problems);
  options.onPhase?.('indexing');
  await restoreIndexes();
  await resetIdentities(
    db,
    TABLES.filter((t) => t.identity).map((t) => t.name),
  );
  await settleImport(db, options.onPhase ?? (() => {}), options.deferExtraction ?? false);
  await resumeReportIndex(db);
  return result;
}

/** Everything derived, rebuilt from the imported rows: facts where missing, counts, insight, search. */
async function settleImport(
  db: Db,
  phase: (name: string) => void,
  deferExtraction: boolean,
): Promise<void> {
  if (!deferExtraction) phase('reading facts of reports that have none');
  for (; !deferExtraction;) {
    const ids = await reportsWithoutFacts(db, 1000);
    if (ids.length === 0) break;
    await refreshFacts(db, ids);
  }
  phase('counting');
  await rebuildTallies(db);
  await recountPostCounts(db);
  await rebuildInsight(db);
  phase('indexing for search');
  await reindexAll(db);
}
