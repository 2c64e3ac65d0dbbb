// Reading an import file: every line parsed and checked, each problem with its line number.
import { z } from 'zod';
import { FORMAT, FORMAT_VERSION, ts, byName, schemas, type TableSpec } from './format.js';

// Line types that earlier versions wrote under another name: files they made still import.
const FORMER_NAMES: Record<string, string> = { follow_ups: 'updates' };
import type { Row } from '../../db/repositories/transfer/transfer.js';
import { cleanInput } from '../common/index.js';

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
    const table = byName.get(FORMER_NAMES[parsed.data.type] ?? parsed.data.type);
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
