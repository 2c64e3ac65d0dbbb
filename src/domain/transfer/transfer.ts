// Export and import of a whole site as JSON Lines: one header line, then one line per row, table by
// table in an order where every row comes after the rows it refers to. The line format is the
// site's tables (snake_case columns), checked here with zod, so a file from an older or another
// Remedex, or one written by hand, gets a line number and a reason for every problem.
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import {
  type Row,
  existingKeys,
  existingValues,
  insertRowsJson,
  readRows,
  reportsWithoutFacts,
  resetIdentities,
  suspendIndexes,
} from '../../db/repositories/transfer.js';
import { rebuildInsight } from '../../db/repositories/insight.js';
import { rebuildTallies } from '../../db/repositories/tallies.js';
import { recountPostCounts } from '../../db/repositories/users.js';
import { articleSchema } from '../../model/article.js';
import { refreshFacts } from '../insight/insight.js';
import { reindexAll } from '../search/search.js';
import { wilson } from '../common/stats.js';
import { resumeReportIndex, suspendReportIndex } from '../../search/index.js';
import { REPORT_MAX_CHARS } from '../reports/reports.js';
import { cleanInput, isWebLink } from '../common/text.js';

export const FORMAT = 'remedex-export';
export const FORMAT_VERSION = 1;

const id = z.number().int().positive();
const idNull = id.nullable();
const int = z.number().int();
const intNull = int.nullable();
const real = z.number();
const realNull = real.nullable();
const text = z.string();
const textNull = text.nullable();
const nonEmpty = z.string().min(1, 'must not be empty');
const ts = z.string().datetime({ offset: true, message: 'must be an ISO-8601 date and time' });
const tsNull = ts.nullable();
const flag = z.union([z.literal(0), z.literal(1)], { message: 'must be 0 or 1' });
const jsonList = z.string().refine((s) => {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}, 'must be a JSON list of strings');
const jsonText = z.string().refine((s) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}, 'must be JSON');
const article = z.string().superRefine((s, ctx) => {
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON article' });
    return;
  }
  const parsed = articleSchema.safeParse(value);
  if (!parsed.success)
    ctx.addIssue({
      code: 'custom',
      message: `is not a valid article: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
    });
});
const status = z.enum(['pending', 'approved', 'rejected', 'spam'], {
  message: 'must be pending, approved, rejected or spam',
});

interface TableSpec {
  name: string;
  /** The primary key: rows already in the site with this key are left as they are. */
  key: string[];
  columns: z.ZodRawShape;
  /** Columns that must name a row of another table (checked before writing). */
  refs: Record<string, string>;
  /** The table's integer id is generated (PostgreSQL identities are moved past imported ids). */
  identity: boolean;
  /** Other columns no two rows may share (checked in the file and against the site). */
  unique?: string[];
}

// In dependency order. Not exported: sessions and password resets (secrets), password hashes,
// guests' status-link hashes, and everything derived (tallies, insight, helpful scores, search).
export const TABLES: TableSpec[] = [
  {
    name: 'users',
    key: ['id'],
    identity: true,
    unique: ['email'],
    refs: {},
    columns: {
      id,
      display_name: nonEmpty,
      email: textNull,
      location: textNull,
      role: z.enum(['member', 'moderator', 'editor', 'admin']),
      created_at: ts,
      post_count: int.min(0),
      legacy_post_count: intNull.optional(),
    },
  },
  {
    name: 'conditions',
    key: ['id'],
    identity: true,
    unique: ['slug'],
    refs: {},
    columns: {
      id,
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug such as leaky-gut'),
      name: nonEmpty,
      aliases: jsonList,
      category: nonEmpty,
      created_at: ts,
      status: z.enum(['active', 'proposed', 'merged']),
      redirect_to: idNull,
    },
  },
  {
    name: 'remedies',
    key: ['id'],
    identity: true,
    unique: ['slug'],
    refs: {},
    columns: {
      id,
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug such as l-glutamine'),
      name: nonEmpty,
      aliases: jsonList,
      kind: nonEmpty,
      summary: text,
      article,
      editors_choice: flag,
      status: z.enum(['draft', 'published']),
      created_at: ts,
      modified_at: ts,
    },
  },
  {
    name: 'remedy_revisions',
    key: ['id'],
    identity: true,
    refs: { remedy_id: 'remedies', user_id: 'users' },
    columns: {
      id,
      remedy_id: id,
      number: int.min(1),
      user_id: idNull,
      created_at: ts,
      note: text,
      content: jsonText,
    },
  },
  {
    name: 'citations',
    key: ['id'],
    identity: true,
    refs: { remedy_id: 'remedies' },
    columns: {
      id,
      remedy_id: id,
      key: nonEmpty,
      title: nonEmpty,
      source: text,
      year: intNull,
      url: textNull.refine((u) => u === null || isWebLink(u), 'must be an http(s) link'),
    },
  },
  {
    name: 'remedy_uses',
    key: ['id'],
    identity: true,
    refs: { remedy_id: 'remedies', condition_id: 'conditions' },
    columns: {
      id,
      remedy_id: id,
      condition_id: id,
      evidence_level: z.enum(['strong', 'moderate', 'limited', 'anecdotal']),
      note: text,
    },
  },
  {
    name: 'remedy_use_citations',
    key: ['remedy_use_id', 'citation_id'],
    identity: false,
    refs: { remedy_use_id: 'remedy_uses', citation_id: 'citations' },
    columns: { remedy_use_id: id, citation_id: id },
  },
  {
    name: 'reports',
    key: ['id'],
    identity: true,
    refs: { remedy_id: 'remedies', condition_id: 'conditions', user_id: 'users' },
    columns: {
      id,
      remedy_id: id,
      condition_id: id,
      user_id: idNull,
      display_name: nonEmpty,
      location: textNull,
      posted_at: ts,
      rating: int.min(1, 'must be 1 to 5 stars').max(5, 'must be 1 to 5 stars'),
      title: textNull,
      body: nonEmpty.max(
        REPORT_MAX_CHARS,
        `is longer than ${REPORT_MAX_CHARS.toLocaleString('en-US')} characters`,
      ),
      editors_choice: flag,
      status,
      helpful_count: int.min(0),
      unhelpful_count: int.min(0),
      author_email: textNull,
      dose_min: realNull,
      dose_max: realNull,
      dose_unit: textNull,
      dose_frequency: textNull,
      form: textNull,
      brand: textNull,
      taken_days: intNull,
      effect_days: intNull,
      outcome: textNull,
      for_whom: textNull,
      commercial_tie: textNull,
      safety: textNull,
      editor_note: textNull,
      choice_reason: textNull,
      moderation_reason: textNull,
      updated_at: tsNull,
    },
  },
  {
    name: 'report_side_effects',
    key: ['id'],
    identity: true,
    refs: { report_id: 'reports' },
    columns: { id, report_id: id, term: nonEmpty, severity: textNull, note: textNull },
  },
  {
    name: 'report_facts',
    key: ['report_id'],
    identity: false,
    refs: { report_id: 'reports' },
    columns: {
      report_id: id,
      outcome: textNull,
      dose_band: textNull,
      daily_mg_min: realNull,
      daily_mg_max: realNull,
      taken_days: realNull,
      effect_days: realNull,
      for_whom: textNull,
      sources: jsonText,
      extracted_at: ts,
    },
  },
  {
    name: 'report_fact_side_effects',
    key: ['report_id', 'term'],
    identity: false,
    refs: { report_id: 'reports' },
    columns: { report_id: id, term: nonEmpty, severity: textNull },
  },
  {
    name: 'replies',
    key: ['id'],
    identity: true,
    refs: { report_id: 'reports', user_id: 'users' },
    columns: {
      id,
      report_id: id,
      user_id: idNull,
      display_name: nonEmpty,
      location: textNull,
      posted_at: ts,
      body: nonEmpty,
      status,
      author_email: textNull,
      safety: textNull,
      moderation_reason: textNull,
    },
  },
  {
    name: 'follow_ups',
    key: ['id'],
    identity: true,
    refs: { report_id: 'reports' },
    columns: {
      id,
      report_id: id,
      posted_at: ts,
      body: nonEmpty,
      outcome: textNull,
      status,
      safety: textNull,
    },
  },
  {
    name: 'report_revisions',
    key: ['id'],
    identity: true,
    refs: { report_id: 'reports', user_id: 'users' },
    columns: { id, report_id: id, user_id: idNull, created_at: ts, content: text },
  },
  {
    name: 'report_edits',
    key: ['report_id'],
    identity: false,
    refs: { report_id: 'reports', user_id: 'users' },
    columns: {
      report_id: id,
      user_id: idNull,
      rating: int.min(1, 'must be 1 to 5 stars').max(5, 'must be 1 to 5 stars'),
      title: textNull,
      body: nonEmpty.max(REPORT_MAX_CHARS, `is longer than ${REPORT_MAX_CHARS} characters`),
      safety: textNull,
      created_at: ts,
    },
  },
  {
    name: 'helpful_votes',
    key: ['report_id', 'user_id'],
    identity: false,
    refs: { report_id: 'reports', user_id: 'users' },
    columns: { report_id: id, user_id: id, created_at: ts, helpful: flag },
  },
  {
    name: 'flags',
    key: ['id'],
    identity: true,
    refs: { user_id: 'users' },
    columns: {
      id,
      target_type: z.enum(['report', 'reply']),
      target_id: id,
      reason: nonEmpty,
      note: textNull,
      user_id: idNull,
      created_at: ts,
      resolved_at: tsNull,
    },
  },
  {
    name: 'moderation_actions',
    key: ['id'],
    identity: true,
    refs: { actor_id: 'users' },
    columns: {
      id,
      actor_id: idNull,
      action: nonEmpty,
      target_type: nonEmpty,
      target_id: int,
      reason: text,
      summary: text,
      created_at: ts,
    },
  },
];

const byName = new Map(TABLES.map((t) => [t.name, t]));
const schemas = new Map(TABLES.map((t) => [t.name, z.object(t.columns).strict()]));

// ---------------------------------------------------------------------------------------------
// Export

/** Every line of the export, read in batches (constant memory whatever the site's size). */
export async function* exportLines(
  db: Db,
  now: Date,
  batch = 1000,
): AsyncGenerator<string, void, undefined> {
  yield JSON.stringify({ type: FORMAT, version: FORMAT_VERSION, exported_at: now.toISOString() });
  for (const table of TABLES) {
    const columns = Object.keys(table.columns);
    let after: Row | null = null;
    for (;;) {
      const rows = await readRows(db, table.name, columns, table.key, after, batch);
      for (const row of rows) yield JSON.stringify({ type: table.name, row });
      if (rows.length < batch) break;
      after = rows[rows.length - 1] ?? null;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Import

export interface LineProblem {
  line: number;
  reason: string;
}

export interface ImportResult {
  /** Rows read from the file, by table. */
  read: Record<string, number>;
  /** Rows written (rows whose key was already in the site are left alone). */
  written: Record<string, number>;
  problems: LineProblem[];
}

export class ImportRefused extends Error {
  constructor(readonly problems: LineProblem[]) {
    super(`${problems.length} line(s) cannot be imported; nothing was written`);
  }
}

const headerLine = z.object({
  type: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION, {
    message: `this file's version is not ${FORMAT_VERSION}`,
  }),
  exported_at: ts,
});
const rowLine = z.object({ type: z.string(), row: z.record(z.string(), z.unknown()) }).strict();

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `unknown column(s) ${issue.keys.join(', ')}`;
  return `${where ? `${where} ` : ''}${issue.message}`;
}

/** One line of an import file, checked without the database (so it can happen in a worker). */
export type CheckedLine =
  | { line: number; kind: 'header' | 'blank' }
  | { line: number; kind: 'row'; table: string; row: Row }
  | { line: number; kind: 'problem'; reason: string; fatal?: boolean };

/** Parses and checks each line: JSON, the header first, a known type, every column's value. */
export interface CheckOptions {
  /** Import roles above member as they are (without it such a line is refused). */
  keepRoles?: boolean;
}

export async function* checkLines(
  lines: AsyncIterable<string>,
  options: CheckOptions = {},
): AsyncGenerator<CheckedLine> {
  let number = 0;
  let sawHeader = false;
  // Where each key (and each unique value) was first seen, per table: a second row with the same
  // one is a mistake in the file, never something to drop in silence.
  const seen = new Map<string, Map<string, number>>();
  const ids = new IdSets();
  const firstSeen = (scope: string, value: string): number | undefined => {
    let lines = seen.get(scope);
    if (!lines) seen.set(scope, (lines = new Map()));
    const first = lines.get(value);
    if (first === undefined) lines.set(value, number);
    return first;
  };
  for await (const raw of lines) {
    number++;
    const line = raw.trim();
    if (line === '') {
      yield { line: number, kind: 'blank' };
      continue;
    }
    let value: unknown;
    try {
      // The same text rules as the forms: no control characters, no broken characters.
      value = cleanInput(JSON.parse(line));
    } catch {
      yield { line: number, kind: 'problem', reason: 'is not valid JSON' };
      continue;
    }
    if (!sawHeader) {
      sawHeader = true;
      const header = headerLine.safeParse(value);
      yield header.success
        ? { line: number, kind: 'header' }
        : {
            line: number,
            kind: 'problem',
            reason: `the first line must be the Remedex export header (${describe(header.error)})`,
            fatal: true,
          };
      if (!header.success) return;
      continue;
    }
    const parsed = rowLine.safeParse(value);
    if (!parsed.success) {
      yield { line: number, kind: 'problem', reason: `must be {"type": ..., "row": {...}}` };
      continue;
    }
    const table = byName.get(parsed.data.type);
    if (!table) {
      yield { line: number, kind: 'problem', reason: `unknown type "${parsed.data.type}"` };
      continue;
    }
    const row = schemas.get(table.name)!.safeParse(parsed.data.row);
    if (!row.success) {
      yield { line: number, kind: 'problem', reason: `${table.name}: ${describe(row.error)}` };
      continue;
    }
    const data = row.data as Row;
    const problem = rowProblem(table, data, options, firstSeen, ids);
    yield problem
      ? { line: number, kind: 'problem', reason: `${table.name}: ${problem}` }
      : { line: number, kind: 'row', table: table.name, row: data };
  }
}

/**
 * The integer ids seen per table, as bits in blocks of 1,024 ids: a million-report export costs
 * about 130 kB here, where a Set of its ids would cost tens of megabytes.
 */
class IdSets {
  private blocks = new Map<string, Map<number, Uint32Array>>();

  /** Adds the id; true when it was there already. */
  add(table: string, id: number): boolean {
    let tableBlocks = this.blocks.get(table);
    if (!tableBlocks) this.blocks.set(table, (tableBlocks = new Map()));
    const index = Math.floor(id / 1024);
    let block = tableBlocks.get(index);
    if (!block) tableBlocks.set(index, (block = new Uint32Array(32)));
    const bit = id % 1024;
    const mask = 1 << (bit % 32);
    const word = bit >> 5;
    if ((block[word]! & mask) !== 0) return true;
    block[word] = block[word]! | mask;
    return false;
  }
}

/** What the file says wrongly about one valid row: a repeated key or unique value, a role. */
function rowProblem(
  table: TableSpec,
  row: Row,
  options: CheckOptions,
  firstSeen: (scope: string, value: string) => number | undefined,
  ids: IdSets,
): string | null {
  const key = table.key.map((c) => String(row[c])).join('/');
  const id = table.key.length === 1 ? row[table.key[0]!] : null;
  if (typeof id === 'number') {
    if (ids.add(table.name, id)) return `${table.key[0]} ${id} is already on an earlier line`;
  } else {
    const again = firstSeen(table.name, key);
    if (again !== undefined) return `${table.key.join('/')} ${key} is already on line ${again}`;
  }
  for (const column of table.unique ?? []) {
    const value = row[column];
    if (typeof value !== 'string') continue;
    const first = firstSeen(`${table.name}.${column}`, value.toLowerCase());
    if (first !== undefined) return `${column} "${value}" is already on line ${first}`;
  }
  if (table.name === 'users' && row.role !== 'member' && !options.keepRoles)
    return `role ${String(row.role)} is imported only with --keep-roles (an outside file must not make admins)`;
  return null;
}

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
    // Every reference must name a row already in the site (or earlier in the file).
    const bad = new Set<number>();
    for (const [column, target] of Object.entries(table.refs)) {
      const values = item.refs[column] ?? [];
      const wanted = [...new Set(values.filter((v): v is number => v !== null))];
      if (wanted.length === 0) continue;
      const found = await existingKeys(db, target, wanted);
      values.forEach((v, i) => {
        if (v !== null && !found.has(v)) {
          bad.add(i);
          result.problems.push({
            line: item.lines[i]!,
            reason: `${table.name}.${column} ${v} names no row of ${target} in the site or earlier in the file`,
          });
        }
      });
    }
    // A unique value (an email, a slug) the site already has under another id cannot be written.
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
          result.problems.push({
            line: item.lines[i]!,
            reason: `${table.name}.${column} "${String(v)}" already belongs to ${table.name} ${owner} in the site`,
          });
        }
      });
    }
    // Good rows are written even after a problem, so later lines are checked against them; without
    // --skip-invalid the caller's transaction is rolled back at the end.
    let json = item.json;
    if (bad.size > 0) {
      const kept = (JSON.parse(json) as unknown[][]).filter((_, i) => !bad.has(i));
      json = kept.length > 0 ? JSON.stringify(kept) : '';
    }
    if (json) {
      let written: number;
      try {
        written = await insertRowsJson(db, table.name, item.columns, table.key, json);
      } catch (error) {
        // The checks above should leave nothing for the database to refuse; if it still does,
        // say where, and write nothing (the caller's transaction rolls back).
        const first = item.lines[0] ?? 0;
        const last = item.lines[item.lines.length - 1] ?? first;
        throw new ImportRefused([
          ...result.problems,
          {
            line: first,
            reason: `${table.name}: the database refused a row on lines ${first}–${last}: ${error instanceof Error ? error.message : String(error)}`,
          },
        ]);
      }
      result.written[table.name] = (result.written[table.name] ?? 0) + written;
    }
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
